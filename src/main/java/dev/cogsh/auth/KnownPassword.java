package dev.cogsh.auth;

import java.util.List;

/**
 * Answers that already know the password given to {@code auth.login(user, password)}: a
 * choice-based sign-in that meets {@code SELECT_CHALLENGE} and chooses a password factor uses it
 * instead of asking. Everything else goes to the answers it wraps.
 */
final class KnownPassword implements ChallengeAnswers {

  private final ChallengeAnswers answers;
  private final String password;

  private KnownPassword(ChallengeAnswers answers, String password) {
    this.answers = answers;
    this.password = password;
  }

  /** {@code answers} knowing {@code password}; {@code answers} itself when there is none. */
  static ChallengeAnswers wrap(ChallengeAnswers answers, String password) {
    return password == null || password.isEmpty() ? answers : new KnownPassword(answers, password);
  }

  @Override
  public String username(String suggested) {
    return answers.username(suggested);
  }

  @Override
  public String password(String username) {
    return password;
  }

  @Override
  public String code(Challenge challenge) {
    return answers.code(challenge);
  }

  @Override
  public NewPassword newPassword(Challenge challenge) {
    return answers.newPassword(challenge);
  }

  @Override
  public String mfaType(Challenge challenge, List<String> options) {
    return answers.mfaType(challenge, options);
  }

  @Override
  public String totpSetupCode(Challenge challenge, TotpSetup setup) {
    return answers.totpSetupCode(challenge, setup);
  }

  @Override
  public String customAnswer(Challenge challenge) {
    return answers.customAnswer(challenge);
  }

  @Override
  public String signInChoice(Challenge challenge, List<String> offered) {
    return answers.signInChoice(challenge, offered);
  }

  @Override
  public boolean askAgain(Challenge challenge, AuthException refused) {
    return answers.askAgain(challenge, refused);
  }

  @Override
  public void show(String line) {
    answers.show(line);
  }

  @Override
  public String toString() {
    return "KnownPassword[" + answers + ", password=****]";
  }
}
