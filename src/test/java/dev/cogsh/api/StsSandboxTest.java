package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's STS GetCallerIdentity through {@code api}: query protocol, XML, service sts. */
class StsSandboxTest {

  static SandboxFixture sandbox;
  static Api api;

  @BeforeAll
  static void start() throws Exception {
    sandbox = new SandboxFixture();
    api = sandbox.api();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private RequestBuilder getCallerIdentity() {
    return api.request("POST", sandbox.sandbox.endpoint() + "/")
        .contentType("application/x-www-form-urlencoded; charset=utf-8")
        .body("Action=GetCallerIdentity&Version=2011-06-15");
  }

  @Test
  void getCallerIdentity_signedForSts_namesTheAuthenticatedRole() {
    Response r = getCallerIdentity().service("sts").send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.header("content-type")).isEqualTo("text/xml");
    assertThat(r.text())
        .contains(
            "<Arn>arn:aws:sts::123456789012:assumed-role/Cognito_sandboxAuth_Role/"
                + "CognitoIdentityCredentials</Arn>")
        .contains("<Account>123456789012</Account>");
  }

  @Test
  void getCallerIdentity_signedForAnotherService_isStsXmlError() {
    Response r = getCallerIdentity().service("execute-api").send();

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.text())
        .contains("<Code>SignatureDoesNotMatch</Code>")
        .contains("Credential should be scoped to correct service: 'sts'.");
  }
}
