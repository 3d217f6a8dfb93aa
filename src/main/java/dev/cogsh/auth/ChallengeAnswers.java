package dev.cogsh.auth;

import java.util.List;

/**
 * Where sign-in gets what only the user knows: the user name and password, and the answer to each
 * challenge Cognito may put between a sign-in and its tokens. One interface, three ways to answer:
 *
 * <ul>
 *   <li>{@link #interactive(Prompter)} asks at the terminal (secrets masked);
 *   <li>{@link #scripted()} answers from values given up front (a TOTP secret generates codes);
 *   <li>{@link #none()} answers nothing: the sign-in pauses with a message that names the challenge
 *       and the call that continues it, e.g. {@code auth.answer("123456")}.
 * </ul>
 *
 * <p>A method that cannot answer throws {@link AuthException} with reason {@link
 * AuthException.Reason#CHALLENGE_UNANSWERED}; {@link Auth} then keeps the sign-in session so that
 * {@code auth.answer(..)} or {@code auth.newPassword(..)} can continue it.
 */
public interface ChallengeAnswers {

  /** The user name to sign in with; {@code suggested} (from the configuration) may be null. */
  String username(String suggested);

  /** The password of {@code username}. */
  String password(String username);

  /** A one-time code for {@code SMS_MFA}, {@code SOFTWARE_TOKEN_MFA}, {@code EMAIL_OTP}. */
  String code(Challenge challenge);

  /** The new password and required attributes for {@code NEW_PASSWORD_REQUIRED}. */
  NewPassword newPassword(Challenge challenge);

  /** One of {@code options} for {@code SELECT_MFA_TYPE} (e.g. {@code SOFTWARE_TOKEN_MFA}). */
  String mfaType(Challenge challenge, List<String> options);

  /**
   * {@code MFA_SETUP}: show the user {@code setup} (the key and otpauth URI) and return the first
   * code of the authenticator they set up with it.
   */
  String totpSetupCode(Challenge challenge, TotpSetup setup);

  /** The answer to a {@code CUSTOM_CHALLENGE} of the pool's Lambda triggers. */
  String customAnswer(Challenge challenge);

  /**
   * {@code SELECT_CHALLENGE} of a choice-based sign-in: one of {@code offered} (Cognito's {@code
   * AvailableChallenges}, e.g. {@code EMAIL_OTP}, {@code PASSWORD_SRP}). The default answers
   * nothing, which pauses the sign-in.
   */
  default String signInChoice(Challenge challenge, List<String> offered) {
    return NoAnswers.INSTANCE.signInChoice(challenge, offered);
  }

  /**
   * Whether to ask again after Cognito refused an answer ({@code refused}: a wrong code, a new
   * password the policy refuses). The default says no, and the sign-in pauses; interactive answers
   * show why and ask again.
   */
  default boolean askAgain(Challenge challenge, AuthException refused) {
    return false;
  }

  /**
   * Shows a line the user must see, such as the managed-login URL to open; answers without a
   * terminal show nothing.
   */
  default void show(String line) {}

  /**
   * The address the browser ended on after managed login, pasted back (without echo: its code is a
   * secret); {@code null} when nobody can be asked or nothing was pasted.
   *
   * @param redirectUri where the browser was sent, for the prompt
   */
  default String redirectedUrl(java.net.URI redirectUri) {
    return null;
  }

  /** Answers at the terminal through {@code prompter}. */
  static ChallengeAnswers interactive(Prompter prompter) {
    return new InteractiveAnswers(prompter);
  }

  /** Answers given up front; start here and add values with the {@code with…} methods. */
  static ScriptedAnswers scripted() {
    return ScriptedAnswers.EMPTY;
  }

  /** No answers: every challenge pauses the sign-in with a message saying how to continue. */
  static ChallengeAnswers none() {
    return NoAnswers.INSTANCE;
  }
}
