package dev.cogsh.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.creds.CallerIdentity;
import dev.cogsh.creds.Creds;
import dev.cogsh.creds.CredsException;
import dev.cogsh.runtime.Session;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code creds.whoami()}: STS GetCallerIdentity with the current credentials, against the STS of
 * the sandbox the session started.
 */
class CredsWhoamiTest {

  @TempDir Path home;

  @BeforeEach
  @AfterEach
  void forget() {
    SessionTestSupport.reset();
  }

  private OpenSession open() throws IOException {
    OpenSession session =
        SessionFactory.open(
            new SessionRequest(
                new Environment(Map.of(), home, home),
                ConfigRequest.none(),
                SandboxOptions.builder().build(),
                SessionRequest.Answers.SCRIPTED));
    session.install(null);
    return session;
  }

  @Test
  void signedIn_isTheAuthenticatedRole() throws IOException {
    try (OpenSession session = open()) {
      Session.auth().login();

      CallerIdentity me = Session.creds().whoami();

      assertThat(me.arn())
          .isEqualTo(
              "arn:aws:sts::123456789012:assumed-role/Cognito_sandboxAuth_Role/"
                  + "CognitoIdentityCredentials");
      assertThat(me.account()).isEqualTo("123456789012");
      assertThat(me.role()).isEqualTo("Cognito_sandboxAuth_Role");
      assertThat(me.userId()).isEqualTo("AROASANDBOXAUTHROLE01:CognitoIdentityCredentials");
      assertThat(me.toString())
          .isEqualTo(
              "arn:aws:sts::123456789012:assumed-role/Cognito_sandboxAuth_Role/"
                  + "CognitoIdentityCredentials\n  account 123456789012, role"
                  + " Cognito_sandboxAuth_Role, user id"
                  + " AROASANDBOXAUTHROLE01:CognitoIdentityCredentials");
    }
  }

  @Test
  void asAGuest_isTheUnauthenticatedRole() throws IOException {
    try (OpenSession session = open()) {
      Creds creds = Session.creds();
      creds.guest();

      assertThat(creds.whoami().role()).isEqualTo("Cognito_sandboxUnauth_Role");
    }
  }

  @Test
  void withKeysStsDoesNotKnow_saysSoWithAHint() throws IOException {
    try (OpenSession session = open()) {
      Creds creds = Session.creds();
      creds.use("ASIAUNKNOWNKEY000001", "not-a-real-secret-key", "not-a-real-token");

      assertThatThrownBy(creds::whoami)
          .isInstanceOf(CredsException.class)
          .hasMessage(
              "STS GetCallerIdentity refused (403 Forbidden, InvalidClientTokenId): The security"
                  + " token included in the request is invalid.")
          .hasMessageNotContaining("not-a-real-secret-key");
    }
  }

  @Test
  void theEndpoint_isTheConfiguredIdentityEndpoint_elseRegionalSts() throws IOException {
    try (OpenSession session = open()) {
      var config = session.target().config();
      assertThat(StsCallerIdentity.endpoint(config))
          .isEqualTo(URI.create(session.sandbox().orElseThrow() + "/"));
      var aws = dev.cogsh.config.Config.builder().region("eu-west-1").build();
      assertThat(StsCallerIdentity.endpoint(aws))
          .isEqualTo(URI.create("https://sts.eu-west-1.amazonaws.com/"));
    }
  }

  @Test
  void xmlElements_areUnescaped() {
    assertThat(
            StsCallerIdentity.element("<a><Message>x &lt;y&gt; &amp; z</Message></a>", "Message"))
        .isEqualTo("x <y> & z");
    assertThat(StsCallerIdentity.element("<a/>", "Arn")).isNull();
  }
}
