package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Tokens;
import dev.cogsh.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Token lifetimes forced from the command line, and users seeded in {@code FORCE_CHANGE_PASSWORD}
 * or {@code RESET_REQUIRED}, through the real SDK client.
 */
class SignInSettingsAgainstSandboxTest {

  @Test
  void idTokenTtl_setsExpiry_andAnExpiredRefreshTokenAnswersAsCognito() throws Exception {
    MutableClock clock = new MutableClock(Instant.now());
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .clock(clock)
                .idTokenTtl(Duration.ofMinutes(5))
                .refreshTokenTtl(Duration.ofMinutes(10))
                .build())) {
      Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());
      Tokens tokens = auth.login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
      long iat = tokens.idToken().claims().path("iat").asLong();
      assertThat(tokens.idToken().claims().path("exp").asLong() - iat).isEqualTo(300);

      clock.advance(Duration.ofMinutes(6));
      assertThat(auth.refresh().idToken().claims().path("exp").asLong())
          .isGreaterThan(clock.instant().getEpochSecond());

      clock.advance(Duration.ofMinutes(5));
      assertThatThrownBy(auth::refresh)
          .isInstanceOfSatisfying(
              AuthException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.SESSION_EXPIRED);
                assertThat(e.getMessage()).contains("Refresh Token has expired");
              });
    }
  }

  @Test
  void seededStates_forceAPasswordChange_orRefuseWithPasswordResetRequired() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .seed(
                    SeedUser.parse(
                        "fresh@example.com:Temp0rary!:FORCE_CHANGE_PASSWORD",
                        SeedUser.Kind.CONFIRMED))
                .seed(
                    SeedUser.parse(
                        "reset@example.com:Passw0rd!:RESET_REQUIRED", SeedUser.Kind.CONFIRMED))
                .build())) {
      Auth fresh = Auth.create(sandbox.config(), ChallengeAnswers.none());
      assertThatThrownBy(() -> fresh.login("fresh@example.com", "Temp0rary!"))
          .hasMessageContaining("NEW_PASSWORD_REQUIRED");

      for (String flow : new String[] {"USER_SRP_AUTH", "USER_PASSWORD_AUTH", "USER_AUTH"}) {
        Auth reset = Auth.create(sandbox.config().withAuthFlow(flow), ChallengeAnswers.none());
        assertThatThrownBy(() -> reset.login("reset@example.com", "Passw0rd!"))
            .as(flow)
            .isInstanceOfSatisfying(
                AuthException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.PASSWORD_RESET_REQUIRED));
      }
    }
  }

  @Test
  void seedUser_parse_readsAStateSuffix_andKeepsColonsInPasswords() {
    assertThat(SeedUser.parse("a:b:c:RESET_REQUIRED", SeedUser.Kind.CONFIRMED))
        .satisfies(
            u -> {
              assertThat(u.kind()).isEqualTo(SeedUser.Kind.RESET_REQUIRED);
              assertThat(u.password()).isEqualTo("b:c");
            });
    assertThat(SeedUser.parse("a:Temp:FORCE_CHANGE_PASSWORD", SeedUser.Kind.CONFIRMED).kind())
        .isEqualTo(SeedUser.Kind.NEW_PASSWORD);
    assertThat(SeedUser.parse("a:b:c", SeedUser.Kind.CONFIRMED).password()).isEqualTo("b:c");
  }

  @Test
  void customChallenge_withoutAnAnswer_isRefusedWithTheForm() {
    assertThatThrownBy(() -> SandboxOptions.builder().customChallenge("no answer here"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QUESTION=ANSWER");
  }
}
