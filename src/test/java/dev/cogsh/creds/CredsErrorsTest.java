package dev.cogsh.creds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.config.Config;
import dev.cogsh.creds.CredsException.Reason;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each Identity Pool error becomes a message that names the ids and says what to do. */
class CredsErrorsTest {

  private static final String CREDS = "GetCredentialsForIdentity";

  private static CredsException failure(CredsFixture f, Creds creds) {
    try {
      creds.get();
    } catch (CredsException e) {
      return e;
    }
    throw new AssertionError("expected a CredsException");
  }

  @Test
  void identityPoolNotFound_namesThePoolAndTheEndpoint() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      f.identity.fail(
          "GetId",
          "ResourceNotFoundException",
          "IdentityPool '" + CredsFixture.IDENTITY_POOL + "' not found.");
      CredsException e = failure(f, f.creds());
      assertThat(e.reason()).isEqualTo(Reason.POOL_NOT_FOUND);
      assertThat(e.getMessage())
          .isEqualTo(
              "Identity pool \"us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d\" was not found at "
                  + f.identity.endpoint()
                  + " (GetId answered ResourceNotFoundException: \"IdentityPool"
                  + " 'us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d' not found.\")");
      assertThat(e.hint())
          .isEqualTo(
              "check identityPoolId in cogsh.json: it must be an identity pool of region"
                  + " us-east-1 in the account that owns user pool us-east-1_AbC123xyz (Cognito"
                  + " console → Identity pools)");
    }
  }

  @Test
  void identityPoolNotFound_inAnotherRegion_givesTheRegionHint() throws Exception {
    try (CredsFixture f = new CredsFixture("eu-west-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d")) {
      f.signIn();
      f.identity.fail("GetId", "ResourceNotFoundException", "IdentityPool 'x' not found.");
      assertThat(failure(f, f.creds()).hint())
          .isEqualTo(
              "the identity pool id says eu-west-1 but the user pool is in us-east-1: check that"
                  + " identityPoolId is the pool linked to user pool us-east-1_AbC123xyz (Cognito"
                  + " console → Identity pools, in the same account)");
    }
  }

  @Test
  void issuerMismatch_showsTheKeySentAndTheOneTheTokenNeeds() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.userPool.issuer("https://cognito-idp.us-west-2.amazonaws.com/us-west-2_Other1");
      f.signIn();
      f.identity.fail(
          "GetId",
          "NotAuthorizedException",
          "Invalid login token. Issuer doesn't match providerName");
      CredsException e = failure(f, f.creds());
      assertThat(e.reason()).isEqualTo(Reason.LOGIN_REJECTED);
      assertThat(e.getMessage())
          .isEqualTo(
              "The identity pool rejected the ID token: \"Invalid login token. Issuer doesn't"
                  + " match providerName\". Logins key sent:"
                  + " cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyz; the ID token's"
                  + " issuer needs: cognito-idp.us-west-2.amazonaws.com/us-west-2_Other1");
      assertThat(e.hint()).startsWith("set region and userPoolId in cogsh.json to the pool");
    }
  }

  @Test
  void issuerMismatch_withTheRightKey_meansThePoolDoesNotTrustTheUserPool() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      f.identity.fail(
          "GetId",
          "NotAuthorizedException",
          "Invalid login token. Issuer doesn't match providerName");
      CredsException e = failure(f, f.creds());
      assertThat(e.getMessage())
          .endsWith(
              "it matches the token's issuer, so the identity pool does not list this user pool as"
                  + " a provider");
      assertThat(e.hint())
          .isEqualTo(
              "in the Cognito console open identity pool"
                  + " us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d → User access → add user pool"
                  + " us-east-1_AbC123xyz with app client 4abcdefghijklmnopqrstu1234");
    }
  }

  @Test
  void tokenExpiredAtThePool_refreshesTheIdTokenOnceAndRetries() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      f.identity.fail(CREDS, "NotAuthorizedException", "Invalid login token. Token is expired.");
      AwsCredentials c = f.creds().get();
      assertThat(c.accessKeyId()).startsWith("ASIA");
      assertThat(f.userPool.refreshes.get()).isEqualTo(1);
    }
  }

  @Test
  void tokenExpiredTwice_isReported() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      f.identity.fail(CREDS, "NotAuthorizedException", "Invalid login token. Token is expired.");
      f.identity.fail(CREDS, "NotAuthorizedException", "Invalid login token. Token is expired.");
      CredsException e = failure(f, f.creds());
      assertThat(e.reason()).isEqualTo(Reason.TOKEN_EXPIRED);
      assertThat(e.hint()).contains("check the computer's clock");
    }
  }

  @Test
  void noAuthenticatedRole_isExplained() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      f.identity.fail(
          CREDS,
          "InvalidIdentityPoolConfigurationException",
          "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
      CredsException e = failure(f, f.creds());
      assertThat(e.reason()).isEqualTo(Reason.NO_ROLE);
      assertThat(e.hint())
          .startsWith("set an authenticated role in the identity pool's User access settings");
    }
  }

  @Test
  void guestNotAllowed_isExplained() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.identity.fail(
          "GetId",
          "NotAuthorizedException",
          "Unauthenticated access is not supported for this identity pool.");
      Creds creds = f.creds();
      assertThatThrownBy(creds::guest)
          .isInstanceOf(CredsException.class)
          .hasMessageStartingWith(
              "Identity pool us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d does not allow guest"
                  + " identities")
          .satisfies(
              e -> assertThat(((CredsException) e).reason()).isEqualTo(Reason.GUEST_NOT_ALLOWED));
      assertThat(creds.source()).isEqualTo("identity pool"); // unchanged after the failure
    }
  }

  @Test
  void notSignedIn_saysToLogIn() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      CredsException e = failure(f, f.creds());
      assertThat(e.reason()).isEqualTo(Reason.NOT_SIGNED_IN);
      assertThat(e.getMessage())
          .isEqualTo("Not signed in: the identity pool trades an ID token for credentials");
      assertThat(e.hint()).isEqualTo("type auth.login() (or creds.guest() for guest credentials)");
      assertThat(f.identity.count("GetId")).isZero();
    }
  }

  @Test
  void noIdentityPoolConfigured_pointsAtTheSettingAndTheAlternatives() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      Config noPool = CredsFixture.config(null, f.identity.endpoint());
      Creds creds = new Creds(noPool, f.auth, IdentityClients.create(f.config), f.clock, null);
      CredsException e = failure(f, creds);
      assertThat(e.reason()).isEqualTo(Reason.CONFIGURATION);
      assertThat(e.hint()).contains("COGSH_IDENTITY_POOL_ID").contains("creds.useProfile(NAME)");
    }
  }

  @Test
  void throttling_isReported() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      for (int i = 0; i < 4; i++) { // the SDK retries throttling itself before giving up
        f.identity.fail("GetId", "TooManyRequestsException", "Rate exceeded");
      }
      assertThat(failure(f, f.creds()).reason()).isEqualTo(Reason.THROTTLED);
    }
  }

  @Test
  void unreachableService_isANetworkError() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      Config dead =
          CredsFixture.config(CredsFixture.IDENTITY_POOL, URI.create("http://127.0.0.1:1"));
      Creds creds =
          new Creds(
              dead,
              f.auth,
              IdentityClients.create(dead),
              f.clock,
              null,
              null,
              Duration.ofSeconds(60));
      CredsException e = failure(f, creds);
      assertThat(e.reason()).isEqualTo(Reason.NETWORK);
      assertThat(e.getMessage()).startsWith("GetId could not reach http://127.0.0.1:1: ");
    }
  }
}
