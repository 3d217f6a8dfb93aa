package dev.cogsh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.api.ApiException;
import dev.cogsh.api.HttpTransport;
import dev.cogsh.api.SandboxCodes;
import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.human.SecretRegistry;
import dev.cogsh.otp.Totp;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 1: cogsh's account calls ({@code auth.signUp(..)} and kin) against the sandbox's
 * user pool through the real SDK client, with an app client secret so every public call carries
 * {@code SECRET_HASH}; codes read back through {@link SandboxCodes}.
 */
class AccountAgainstSandboxTest {
  static Sandbox sandbox;
  static HttpTransport transport;
  static SandboxCodes codes;

  @BeforeAll
  static void start() throws Exception {
    sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .user("demo@example.com", "Passw0rd!")
                .user("forgot@example.com", "Passw0rd!")
                .user("change@example.com", "Passw0rd!")
                .user("attrs@example.com", "Passw0rd!")
                .user("delete@example.com", "Passw0rd!")
                .user("revoke@example.com", "Passw0rd!")
                .user("logout@example.com", "Passw0rd!")
                .user("totp@example.com", "Passw0rd!")
                .user("totp-terminal@example.com", "Passw0rd!")
                .clientSecret("a-client-secret-for-the-sandbox")
                .build());
    transport = new HttpTransport();
    codes = SandboxCodes.at(sandbox.endpoint(), sandbox.hookToken(), transport);
  }

  @AfterAll
  static void stop() {
    transport.close();
    sandbox.close();
  }

  private static Auth scripted() {
    return Auth.create(sandbox.config(), ChallengeAnswers.none());
  }

  private static Auth at(FakePrompter terminal) {
    return Auth.create(sandbox.config(), ChallengeAnswers.interactive(terminal));
  }

  private static Reason reason(Throwable e) {
    return ((AuthException) e).reason();
  }

  private static String hint(Throwable e) {
    return ((AuthException) e).hint();
  }

  @Test
  void signUp_confirmWithTheSentCode_thenSignIn() {
    Auth auth = scripted();
    SignUpResult result =
        auth.signUp("ada@example.com", "Sign-Up-Passw0rd!", Map.of("name", "Ada"));
    assertThat(result.confirmed()).isFalse();
    assertThat(result.delivery().destination()).isEqualTo("a***@e***");
    // the value sums up; the line signUp prints says what to call next (not the same text twice)
    assertThat(result.toString())
        .isEqualTo(
            "SignUpResult[user=ada@example.com, confirmed=false, code sent by EMAIL to a***@e***]");
    assertThatThrownBy(() -> auth.login("ada@example.com", "Sign-Up-Passw0rd!"))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.USER_NOT_CONFIRMED))
        .satisfies(e -> assertThat(hint(e)).contains("auth.confirmSignUp(\"ada@example.com\""));

    auth.confirmSignUp(codes.lastCode("ada@example.com", "SIGN_UP"));

    assertThat(auth.login("ada@example.com", "Sign-Up-Passw0rd!").idToken().claim("name")).isNull();
    assertThat(auth.attributes()).containsEntry("name", "Ada");
  }

  @Test
  void signUp_atTheTerminal_asksThePasswordTwiceMasked_andAWrongCodeHintsAtANewOne() {
    FakePrompter terminal =
        new FakePrompter()
            .type("Typed-Passw0rd!", "Typo-Passw0rd!", "Typed-Passw0rd!", "Typed-Passw0rd!");
    Auth auth = at(terminal);
    auth.secrets(new SecretRegistry());

    auth.signUp("grace@example.com", Map.of());

    assertThat(terminal.transcript)
        .contains(
            "secret Password: ****",
            "secret Password again: ****",
            "shown The passwords differ; try again.")
        .noneMatch(line -> line.contains("Typed-Passw0rd!"));
    assertThatThrownBy(() -> auth.confirmSignUp("000000x"))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.CODE_MISMATCH))
        .satisfies(e -> assertThat(hint(e)).contains("auth.resendCode()").contains("/codes"));
    CodeDelivery resent = auth.resendCode();
    assertThat(resent.medium()).isEqualTo("EMAIL");
    auth.confirmSignUp("grace@example.com", codes.lastCode("grace@example.com"));
    assertThat(auth.login("grace@example.com", "Typed-Passw0rd!")).isNotNull();
  }

  @Test
  void signUp_withoutATerminalOrPassword_saysWhichCallTakesIt() {
    assertThatThrownBy(() -> scripted().signUp("x@example.com", Map.of()))
        .isInstanceOf(AuthException.class)
        .satisfies(e -> assertThat(hint(e)).contains("auth.signUp(\"x@example.com\", password"));
  }

  @Test
  void signUp_refusals_nameTheNextStep() {
    Auth auth = scripted();
    assertThatThrownBy(() -> auth.signUp("demo@example.com", "Other-Passw0rd!", Map.of()))
        .satisfies(e -> assertThat(e).hasMessageContaining("already exists"))
        .satisfies(e -> assertThat(hint(e)).contains("auth.forgotPassword(\"demo@example.com\")"));
    assertThatThrownBy(() -> auth.signUp("weak@example.com", "weakpassword", Map.of()))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.INVALID_PASSWORD))
        .hasMessageContaining("Password must have uppercase characters");
  }

  @Test
  void signUpWithoutPassword_makesAPasswordlessUser_whoSignsInWithAnEmailedCode() {
    Auth auth = scripted();
    SignUpResult result = auth.signUpWithoutPassword("nopass@example.com", Map.of());
    assertThat(result.delivery()).isNotNull();
    auth.confirmSignUp(codes.lastCode("nopass@example.com"));

    assertThatThrownBy(() -> auth.login("nopass@example.com", SignInChoice.EMAIL_OTP))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.CHALLENGE_UNANSWERED));
    assertThatThrownBy(() -> auth.answer("00000000"))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.CODE_MISMATCH))
        .satisfies(e -> assertThat(hint(e)).contains("the code of the latest e-mail to n***@e***"));
    auth.answer(codes.lastCode("nopass@example.com", "EMAIL_OTP"));
    assertThat(auth.user()).isEqualTo("nopass@example.com");
  }

  @Test
  void forgotPassword_thenTheNewPasswordTwiceAtTheTerminal() {
    FakePrompter terminal = new FakePrompter().type("Reset-Passw0rd!", "Reset-Passw0rd!");
    Auth auth = at(terminal);

    CodeDelivery sent = auth.forgotPassword("forgot@example.com");
    assertThat(sent.toString()).isEqualTo("code sent by EMAIL to f***@e***");
    assertThat(terminal.transcript)
        .contains(
            "shown Reset code sent by EMAIL to f***@e***: continue with"
                + " auth.confirmForgotPassword(\"…\")");
    assertThatThrownBy(() -> scripted().confirmForgotPassword("123456", "Reset-Passw0rd!"))
        .satisfies(e -> assertThat(hint(e)).contains("auth.forgotPassword("));
    assertThatThrownBy(() -> auth.confirmForgotPassword("000000x", "Reset-Passw0rd!"))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.CODE_MISMATCH))
        .satisfies(
            e ->
                assertThat(hint(e))
                    .contains("auth.forgotPassword(\"forgot@example.com\") sends a new one"));
    auth.confirmForgotPassword(codes.lastCode("forgot@example.com", "FORGOT_PASSWORD"));

    assertThat(terminal.transcript)
        .contains("secret New password: ****", "secret New password again: ****");
    assertThat(scripted().login("forgot@example.com", "Reset-Passw0rd!")).isNotNull();
  }

  @Test
  void changePassword_withTheWrongCurrentOne_saysSo() {
    Auth auth = scripted();
    auth.login("change@example.com", "Passw0rd!");
    assertThatThrownBy(() -> auth.changePassword("Wrong-Passw0rd!", "Changed-Passw0rd!"))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.WRONG_PASSWORD))
        .hasMessage("The current password is wrong");
    auth.changePassword("Passw0rd!", "Changed-Passw0rd!");
    assertThat(scripted().login("change@example.com", "Changed-Passw0rd!")).isNotNull();
  }

  @Test
  void attributes_updateAndVerifyTheNewEmail() {
    Auth auth = scripted();
    auth.login("attrs@example.com", "Passw0rd!");
    assertThat(auth.user()).isEqualTo("attrs@example.com");

    assertThat(auth.updateAttributes(Map.of("email", "attrs@example.org", "locale", "en")))
        .singleElement()
        .satisfies(d -> assertThat(d.attribute()).isEqualTo("email"));
    assertThat(auth.attributes())
        .containsEntry("email", "attrs@example.org")
        .containsEntry("email_verified", "false")
        .containsEntry("locale", "en");
    assertThatThrownBy(() -> auth.verifyAttribute("email", "000000x"))
        .satisfies(e -> assertThat(hint(e)).contains("auth.verificationCode(name)"));
    auth.verificationCode("email");
    auth.verifyAttribute("email", codes.lastCode("attrs@example.com", "VERIFY_EMAIL"));
    assertThat(auth.attributes()).containsEntry("email_verified", "true");
  }

  @Test
  void deleteUser_needsTheNameTyped() {
    Auth auth = scripted();
    auth.login("delete@example.com", "Passw0rd!");
    assertThatThrownBy(auth::deleteUser)
        .satisfies(e -> assertThat(hint(e)).contains("auth.deleteUser(\"delete@example.com\")"));
    assertThatThrownBy(() -> auth.deleteUser("someone-else")).hasMessageContaining("Not deleted");
    assertThat(auth.signedIn()).isTrue();

    auth.deleteUser("delete@example.com");

    assertThat(auth.signedIn()).isFalse();
    assertThatThrownBy(() -> scripted().login("delete@example.com", "Passw0rd!"))
        .isInstanceOf(AuthException.class);
  }

  @Test
  void deleteUser_atTheTerminal_asksForTheName() {
    FakePrompter terminal = new FakePrompter().type("nope");
    Auth auth = at(terminal);
    auth.login("demo@example.com", "Passw0rd!");
    assertThatThrownBy(auth::deleteUser).hasMessageContaining("Not deleted");
    assertThat(terminal.transcript).contains("line Type the user name to confirm: nope");
    assertThat(auth.signedIn()).isTrue();
  }

  @Test
  void logout_isAGlobalSignOut_thatEndsTheRefreshTokenElsewhere() {
    Auth auth = scripted();
    Tokens tokens = auth.login("logout@example.com", "Passw0rd!");
    Auth elsewhere = scripted();
    elsewhere.restore("logout@example.com", tokens);

    auth.logout();

    assertThat(auth.signedIn()).isFalse();
    assertThatThrownBy(elsewhere::refresh)
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.SESSION_EXPIRED));
    assertThat(scripted().login("logout@example.com", "Passw0rd!")).isNotNull();
  }

  @Test
  void revoke_endsTheRefreshToken_andSignsOutHere() {
    Auth auth = scripted();
    Tokens tokens = auth.login("revoke@example.com", "Passw0rd!");
    auth.revoke();
    assertThat(auth.signedIn()).isFalse();
    Auth other = scripted();
    other.restore("revoke@example.com", tokens);
    assertThatThrownBy(other::refresh)
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.SESSION_EXPIRED));
  }

  @Test
  void enableTotp_inAScript_masksTheKey_thenVerifyMakesMfaAsk() {
    Auth auth = scripted();
    auth.login("totp@example.com", "Passw0rd!");
    TotpSetup setup = auth.enableTotp();
    assertThat(setup.uri()).startsWith("otpauth://totp/");
    assertThat(setup.toString()).doesNotContain(setup.secretCode());
    assertThat(TotpEnrolment.masked(setup))
        .doesNotContain(setup.secretCode())
        .contains("secret=****");
    assertThatThrownBy(() -> auth.verifyTotp("000000"))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.CODE_MISMATCH));

    auth.verifyTotp(Totp.code(setup.secretCode(), Instant.now()));

    Auth next = scripted();
    assertThatThrownBy(() -> next.login("totp@example.com", "Passw0rd!"))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.CHALLENGE_UNANSWERED));
    assertThat(next.pendingChallenge())
        .get()
        .extracting(Challenge::name)
        .isEqualTo("SOFTWARE_TOKEN_MFA");

    auth.disableTotp();
    assertThat(scripted().login("totp@example.com", "Passw0rd!").idToken())
        .as("TOTP off: no MFA challenge")
        .isNotNull();
  }

  @Test
  void enableTotp_atTheTerminal_showsTheKeyOnlyWhenAsked_andAsksAgainAfterAWrongCode() {
    FakePrompter terminal = new FakePrompter();
    Auth auth = at(terminal);
    auth.login("totp-terminal@example.com", "Passw0rd!");
    // the code is typed once the key is known: answer "show", a wrong code, then the right one
    terminal.type("show", "000000");
    Prompter typing =
        new Prompter() {
          @Override
          public String readLine(String prompt) {
            String typed = terminal.readLine(prompt);
            return typed != null ? typed : currentCode(terminal);
          }

          @Override
          public String readSecret(String prompt) {
            return terminal.readSecret(prompt);
          }

          @Override
          public void println(String text) {
            terminal.println(text);
          }
        };
    Auth live = Auth.create(sandbox.config(), ChallengeAnswers.interactive(typing));
    live.restore("totp-terminal@example.com", auth.tokens());

    live.enableTotp();

    String masked = terminal.transcript.get(1);
    assertThat(masked).contains("secret=****");
    assertThat(terminal.transcript)
        .anyMatch(l -> l.startsWith("shown   otpauth://") && !l.contains("secret=****"))
        .anyMatch(l -> l.contains("try again"))
        .anyMatch(l -> l.contains("TOTP MFA is on"));
  }

  /** The current code of the key the transcript showed (after "show"). */
  private static String currentCode(FakePrompter terminal) {
    String key =
        terminal.transcript.stream()
            .filter(l -> l.startsWith("shown   or type the key: "))
            .reduce((a, b) -> b)
            .orElseThrow()
            .substring("shown   or type the key: ".length());
    return Totp.code(key, Instant.now());
  }

  @Test
  void codes_offTheSandbox_sayHowToGetThem() {
    assertThatThrownBy(() -> SandboxCodes.none().lastCode("ada"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("does not run on the sandbox")
        .satisfies(e -> assertThat(((ApiException) e).hint()).contains("--sandbox"));
  }
}
