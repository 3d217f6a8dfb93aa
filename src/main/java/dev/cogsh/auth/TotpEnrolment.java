package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.human.Masks;
import dev.cogsh.human.SecretKind;

/**
 * Turns on TOTP MFA for the signed-in user: {@code AssociateSoftwareToken} gives the key (shown as
 * an {@code otpauth://} URI with the key masked, unless asked), {@code VerifySoftwareToken} checks
 * the first code of the authenticator, and {@code SetUserMFAPreference} makes TOTP the user's MFA.
 * At a terminal it asks for the code (typing {@code show} shows the key); in a script it returns
 * the setup and {@code auth.verifyTotp(code)} finishes.
 */
final class TotpEnrolment {
  private static final int TRIES = 3;

  private final AccountCalls calls;
  private final Account account;
  private final Auth auth;
  private TotpSetup pending;

  TotpEnrolment(AccountCalls calls, Account account, Auth auth) {
    this.calls = calls;
    this.account = account;
    this.auth = auth;
  }

  TotpSetup enable(boolean showKey) {
    String secret = calls.associateSoftwareToken(account.accessToken(), auth.user());
    auth.secretSink().learned(SecretKind.SECRET, secret);
    TotpSetup setup = TotpSetup.of(secret, auth.user());
    pending = setup;
    ChallengeAnswers answers = auth.answers();
    answers.show("Add this key to an authenticator app (TOTP) for " + auth.user() + ":");
    answers.show("  " + (showKey ? setup.uri() : masked(setup)));
    if (showKey) {
      answers.show("  or type the key: " + secret);
    }
    if (!(answers instanceof InteractiveAnswers interactive)) {
      answers.show("then finish with auth.verifyTotp(\"<code from the app>\")");
      return setup;
    }
    Prompter terminal = interactive.prompter();
    for (int i = 1; ; i++) {
      String code =
          AccountPrompts.line(terminal, "Code from the app ('show' shows the key): ", "code");
      if (code.equals("show")) {
        terminal.println("  " + setup.uri());
        terminal.println("  or type the key: " + secret);
        i--;
        continue;
      }
      try {
        verify(code);
        return setup;
      } catch (AuthException e) {
        if (e.reason() != Reason.CODE_MISMATCH || i >= TRIES) {
          throw e;
        }
        terminal.println(e.getMessage() + "; try again.");
      }
    }
  }

  void verify(String code) {
    if (pending == null) {
      throw new AuthException(
          Reason.NOT_SIGNED_IN,
          "No authenticator is being set up",
          "start with auth.enableTotp(), which gives the key");
    }
    String accessToken = account.accessToken();
    calls.verifySoftwareToken(accessToken, code.strip(), auth.user());
    calls.setTotpPreference(accessToken, true, auth.user());
    pending = null;
    auth.answers().show("TOTP MFA is on for " + auth.user() + ": sign-ins ask for the app's code");
  }

  void disable() {
    calls.setTotpPreference(account.accessToken(), false, auth.user());
    auth.answers().show("TOTP MFA is off for " + auth.user());
  }

  /** The URI with its key masked: {@code otpauth://totp/AWSCognito:ada?secret=****&issuer=…}. */
  static String masked(TotpSetup setup) {
    return setup.uri().replace(setup.secretCode(), Masks.HIDDEN);
  }
}
