package dev.cogsh.creds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Secret keys and session tokens never print; the display is the documented one-liner. */
class CredsMaskingTest {

  private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
  private static final AwsCredentials CREDS =
      new AwsCredentials(
          "ASIAQEXAMPLEKEYWXYZ",
          "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD",
          NOW.plus(Duration.ofMinutes(58).plusSeconds(12)),
          "us-east-1:5f0c9a1e-aaaa-bbbb-cccc-ddddeeeeffff",
          "identity pool");

  @Test
  void describe_isTheDocumentedOneLiner() {
    assertThat(CREDS.describe(NOW))
        .isEqualTo(
            "ASIA…WXYZ, identity us-east-1:5f0c…, expires in 58m 12s (source: identity pool)");
  }

  @Test
  void describe_afterExpiry_saysHowLongAgo() {
    assertThat(CREDS.describe(NOW.plus(Duration.ofHours(1)))).contains("expired 1m 48s ago");
  }

  @Test
  void describe_ofCredentialsValidForMoreThanADay_showsTheDate() {
    AwsCredentials longLived =
        new AwsCredentials(
            "AKIAQEXAMPLEKEYWXYZ",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            null,
            Instant.parse("2099-12-31T23:59:00Z"),
            null,
            "credential_process");
    assertThat(longLived.describe(NOW))
        .isEqualTo("AKIA…WXYZ, expires 2099-12-31 23:59 UTC (source: credential_process)");
  }

  @Test
  void toString_neverContainsTheSecretKeyOrTheSessionToken() {
    assertThat(CREDS.toString())
        .doesNotContain(CREDS.secretKey())
        .doesNotContain(CREDS.sessionToken())
        .doesNotContain("wJalr")
        .doesNotContain("IQoJ")
        .startsWith("ASIA…WXYZ");
  }

  @Test
  void credsToString_showsTheCachedCredentials_masked() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      Creds creds = f.creds();
      assertThat(creds.toString())
          .isEqualTo("no credentials yet (source: identity pool); creds.get() fetches them");
      AwsCredentials c = creds.get();
      f.clock.advance(Duration.ofSeconds(108));
      assertThat(creds.toString())
          .isEqualTo(
              "ASIA…0001, identity us-east-1:5f0c…, expires in 58m 12s (source: identity pool)")
          .doesNotContain(c.secretKey())
          .doesNotContain(c.sessionToken());
    }
  }

  @Test
  void errorMessages_neverContainTheIdToken() throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      f.identity.fail(
          "GetId",
          "NotAuthorizedException",
          "Invalid login token. Issuer doesn't match providerName");
      try {
        f.creds().get();
      } catch (CredsException e) {
        String raw = f.auth.tokens().idToken().raw();
        assertThat(e.getMessage()).doesNotContain(raw).doesNotContain(raw.substring(0, 20));
        assertThat(e.hint()).doesNotContain(raw.substring(0, 20));
      }
    }
  }

  @Test
  void shortKeys_areFullyMasked() {
    AwsCredentials shortKey =
        new AwsCredentials("AKIA1234", "secret", null, null, null, "static keys");
    assertThat(shortKey.describe(NOW)).isEqualTo("**** (source: static keys)");
  }
}
