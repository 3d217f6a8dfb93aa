package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.CognitoCalls.Reply;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/** The {@code MFA_SETUP} step of a sign-in: set up an authenticator app (TOTP). */
final class MfaSetupStep {

  private final CognitoCalls calls;
  private final Clock clock;
  private final Consumer<TotpSetup> onSetup;

  MfaSetupStep(CognitoCalls calls, Clock clock, Consumer<TotpSetup> onSetup) {
    this.calls = calls;
    this.clock = clock;
    this.onSetup = onSetup;
  }

  /**
   * {@code MFA_SETUP}: associate a TOTP key, verify the first code, then answer the challenge. When
   * the offered types cannot be read, TOTP is tried and Cognito says if it is not allowed.
   */
  Reply answer(Pending pending, Challenge c, ChallengeAnswers answers) {
    if (!c.mfaOptions().isEmpty() && !c.mfaOptions().contains(Challenge.SOFTWARE_TOKEN_MFA)) {
      throw new AuthException(
          Reason.CONFIGURATION,
          "MFA_SETUP offers only " + c.mfaOptions() + "; cogsh sets up authenticator apps (TOTP)",
          "set up MFA for this user elsewhere (e.g. the hosted UI), then sign in again");
    }
    Pending p = pending;
    if (p.setup() == null) {
      AssociateSoftwareTokenResponse associated =
          calls.associateSoftwareToken(p.session(), p.username());
      TotpSetup setup = TotpSetup.of(associated.secretCode(), p.displayName());
      onSetup.accept(setup);
      p = p.withSetup(setup, associated.session() != null ? associated.session() : p.session());
    }
    try {
      String code = answers.totpSetupCode(c.at(clock.instant()), p.setup());
      VerifySoftwareTokenResponse verified =
          calls.verifySoftwareToken(p.session(), code, p.username());
      if (verified.status() != VerifySoftwareTokenResponseType.SUCCESS) {
        throw new AuthException(
            Reason.CODE_MISMATCH,
            "Cognito did not accept the authenticator code (" + verified.statusAsString() + ")",
            "check the app's clock and try the next code with auth.answer(\"…\")");
      }
      String session = verified.session() != null ? verified.session() : p.session();
      return calls.respond(Challenge.MFA_SETUP, session, Map.of(), p.username());
    } catch (AuthException e) {
      if (SignInStateMachine.resumable(e)) {
        throw new SignInPaused(p, e);
      }
      throw e;
    }
  }
}
