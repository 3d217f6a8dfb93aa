package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** cogsh's own {@code auth} signs in against the sandbox, whose SRP verification is real. */
class AuthAgainstSandboxTest {
  static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
  static Sandbox sandbox;

  @BeforeAll
  static void start() throws Exception {
    sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .user("demo@example.com", "Passw0rd!")
                .userTotp("totp@example.com", "Passw0rd!", TOTP_SECRET)
                .userSms("sms@example.com", "Passw0rd!")
                .userNewPassword("fresh@example.com", "Temp0rary!")
                .clientSecret("a-client-secret-for-the-sandbox")
                .build());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void login_withSrp_signsInAndRefreshes() {
    Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());

    Tokens tokens = auth.login("demo@example.com", "Passw0rd!");

    assertThat(tokens.idToken().claim("cognito:username")).isEqualTo("demo@example.com");
    assertThat(tokens.idToken().claims().path("iss").asText()).isEqualTo(sandbox.config().issuer());
    assertThat(auth.refresh().idToken().subject()).isEqualTo(tokens.idToken().subject());
  }

  @Test
  void login_withWrongPassword_isRejectedByTheVerifier() {
    Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.login("demo@example.com", "not-the-Passw0rd"))
        .isInstanceOf(AuthException.class)
        .satisfies(
            e ->
                assertThat(((AuthException) e).reason())
                    .isEqualTo(AuthException.Reason.WRONG_PASSWORD));
    assertThat(auth.signedIn()).isFalse();
  }

  @Test
  void login_withAWrongButWellFormedPoolId_hintsAtThePoolId() {
    dev.cogsh.config.Config right = sandbox.config();
    dev.cogsh.config.Config wrongPool =
        new dev.cogsh.config.Config(
            right.region(),
            "us-east-1_WrongPool1",
            right.appClientId(),
            right.appClientSecret(),
            right.identityPoolId(),
            right.apiUrl(),
            right.apiRegion(),
            right.apiService(),
            right.username(),
            null,
            right.endpoints(),
            null,
            null,
            null);
    Auth auth = Auth.create(wrongPool, ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.login("demo@example.com", "Passw0rd!"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(AuthException.Reason.WRONG_PASSWORD);
              assertThat(e.hint()).contains("check userPoolId (us-east-1_WrongPool1)");
            });
  }

  @Test
  void refusedNewPassword_isAskedAgainInTheSameSession() throws Exception {
    try (Sandbox own =
        Sandbox.start(
            SandboxOptions.builder().userNewPassword("new@example.com", "Temp0rary!").build())) {
      java.util.Deque<String> typed =
          new java.util.ArrayDeque<>(
              java.util.List.of("short", "short", "L0nger-Pass!", "L0nger-Pass!"));
      java.util.List<String> shown = new java.util.ArrayList<>();
      dev.cogsh.auth.Prompter prompter =
          new dev.cogsh.auth.Prompter() {
            @Override
            public String readLine(String prompt) {
              return typed.poll();
            }

            @Override
            public String readSecret(String prompt) {
              return typed.poll();
            }

            @Override
            public void println(String text) {
              shown.add(text);
            }
          };
      Auth auth = Auth.create(own.config(), ChallengeAnswers.interactive(prompter));

      auth.login("new@example.com", "Temp0rary!");

      assertThat(auth.signedIn()).isTrue();
      assertThat(shown).anySatisfy(t -> assertThat(t).contains("Password not long enough"));
      assertThat(typed).isEmpty();
    }
  }

  @Test
  void loginWithPassword_usesUserPasswordAuth() {
    Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());

    assertThat(auth.loginWithPassword("demo@example.com", "Passw0rd!").accessToken()).isNotNull();
  }

  @Test
  void login_answersTotpWithTheScriptedSecret() {
    Auth auth =
        Auth.create(sandbox.config(), ChallengeAnswers.scripted().withTotpSecret(TOTP_SECRET));

    assertThat(auth.login("totp@example.com", "Passw0rd!").idToken().claim("cognito:username"))
        .isEqualTo("totp@example.com");
  }

  @Test
  void login_pausesAtSmsMfa_andResumesWithTheSentCode() throws Exception {
    Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.login("sms@example.com", "Passw0rd!"))
        .isInstanceOf(AuthException.class);
    String code = lastSmsCode();

    assertThat(auth.answer(code).idToken().claim("cognito:username")).isEqualTo("sms@example.com");
  }

  @Test
  void login_setsANewPasswordWhenRequired() {
    Auth auth =
        Auth.create(
            sandbox.config(), ChallengeAnswers.scripted().withNewPassword("Br4nd-New-Passw0rd"));

    assertThat(auth.login("fresh@example.com", "Temp0rary!").idToken()).isNotNull();
    assertThat(
            Auth.create(sandbox.config(), ChallengeAnswers.none())
                .login("fresh@example.com", "Br4nd-New-Passw0rd")
                .idToken())
        .isNotNull();
  }

  private static String lastSmsCode() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/_sandbox/messages"))
                    .header(HookGuard.TOKEN_HEADER, sandbox.hookToken())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String code = null;
    for (JsonNode m : new ObjectMapper().readTree(r.body())) {
      if (m.path("purpose").asText().equals("SMS_MFA")) {
        code = m.path("code").asText();
      }
    }
    return code;
  }
}
