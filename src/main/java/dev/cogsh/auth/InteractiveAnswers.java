package dev.cogsh.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks at the terminal: passwords without echo (twice for a new one), codes and choices as lines.
 * End of input (Ctrl-D) or an empty answer pauses the sign-in like {@link ChallengeAnswers#none()}.
 */
final class InteractiveAnswers implements ChallengeAnswers {

  private static final int NEW_PASSWORD_TRIES = 3;

  private final Prompter prompter;

  InteractiveAnswers(Prompter prompter) {
    this.prompter = prompter;
  }

  /** The terminal, for the account calls that ask for more than sign-in does. */
  Prompter prompter() {
    return prompter;
  }

  @Override
  public void show(String line) {
    prompter.println(line);
  }

  @Override
  public String username(String suggested) {
    String line =
        prompter.readLine(suggested == null ? "Username: " : "Username [" + suggested + "]: ");
    if (line == null || line.isBlank()) {
      if (suggested != null && line != null) {
        return suggested;
      }
      throw cancelled("no user name given");
    }
    return line.strip();
  }

  @Override
  public String password(String username) {
    String secret = prompter.readSecret("Password: ");
    if (secret == null || secret.isEmpty()) {
      throw cancelled("no password given for " + username);
    }
    return secret;
  }

  @Override
  public String code(Challenge challenge) {
    String to = challenge.destination();
    String prompt =
        switch (challenge.name()) {
          case Challenge.SOFTWARE_TOKEN_MFA -> "Authenticator code: ";
          case Challenge.SMS_MFA, Challenge.SMS_OTP -> "SMS code" + sentTo(to) + ": ";
          case Challenge.EMAIL_OTP -> "E-mail code" + sentTo(to) + ": ";
          default -> challenge.name() + " code: ";
        };
    // read masked: a sign-in code is a credential (with EMAIL_OTP or SMS_OTP, the only one)
    String code = prompter.readSecret(prompt);
    if (code == null || code.isBlank()) {
      throw NoAnswers.unanswered(
          challenge.name() + " not answered",
          "continue with auth.answer(\"…\"), or start again with auth.login()");
    }
    return code.strip();
  }

  @Override
  public NewPassword newPassword(Challenge challenge) {
    prompter.println("Cognito requires a new password for " + challenge.username() + ".");
    String chosen = null;
    for (int i = 0; i < NEW_PASSWORD_TRIES && chosen == null; i++) {
      String first = prompter.readSecret("New password: ");
      if (first == null || first.isEmpty()) {
        throw newPasswordPaused("no new password given");
      }
      String again = prompter.readSecret("New password again: ");
      if (first.equals(again)) {
        chosen = first;
      } else {
        prompter.println("The passwords differ; try again.");
      }
    }
    if (chosen == null) {
      throw newPasswordPaused("the new passwords did not match");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String name : challenge.requiredAttributes()) {
      attributes.put(name, line(name + ": ", challenge));
    }
    return new NewPassword(chosen, attributes);
  }

  @Override
  public String mfaType(Challenge challenge, List<String> options) {
    prompter.println("Choose how to receive a sign-in code:");
    for (int i = 0; i < options.size(); i++) {
      prompter.println("  " + (i + 1) + ") " + options.get(i));
    }
    String answer = line("MFA method [1]: ", challenge, true);
    if (answer.isEmpty()) {
      return options.isEmpty() ? answer : options.get(0);
    }
    if (answer.matches("\\d+")) {
      int index = Integer.parseInt(answer) - 1;
      if (index >= 0 && index < options.size()) {
        return options.get(index);
      }
    }
    return answer;
  }

  /** A numbered menu of the ways Cognito offers; a number or a name answers, empty takes 1. */
  @Override
  public String signInChoice(Challenge challenge, List<String> offered) {
    List<String> options = offered.isEmpty() ? List.of("PASSWORD_SRP", "EMAIL_OTP") : offered;
    prompter.println("Choose how " + challenge.username() + " signs in:");
    for (int i = 0; i < options.size(); i++) {
      prompter.println("  " + (i + 1) + ") " + menuLine(options.get(i)));
    }
    for (int tries = 0; tries < NEW_PASSWORD_TRIES; tries++) {
      String answer = line("Sign in with [1]: ", challenge, true);
      if (answer.isEmpty()) {
        return options.get(0);
      }
      if (answer.matches("\\d+")) {
        int index = Integer.parseInt(answer) - 1;
        if (index >= 0 && index < options.size()) {
          return options.get(index);
        }
      } else if (options.contains(answer.toUpperCase(java.util.Locale.ROOT))) {
        return answer.toUpperCase(java.util.Locale.ROOT);
      }
      prompter.println("Type a number from 1 to " + options.size() + ".");
    }
    throw NoAnswers.unanswered(
        "SELECT_CHALLENGE not answered",
        "continue with auth.answer(\"" + options.get(0) + "\"), or start again with auth.login()");
  }

  private static String menuLine(String option) {
    try {
      return SignInChoice.parse(option).describe();
    } catch (AuthException e) {
      return option; // a way this cogsh does not know yet: shown as Cognito names it
    }
  }

  @Override
  public String totpSetupCode(Challenge challenge, TotpSetup setup) {
    prompter.println("Set up an authenticator app (TOTP) for " + challenge.username() + ":");
    prompter.println("  scan or open: " + setup.uri());
    prompter.println("  or type the key: " + setup.secretCode());
    return line("Code from the app: ", challenge);
  }

  @Override
  public String customAnswer(Challenge challenge) {
    prompter.println("The pool's custom challenge sent: " + challenge.parameters());
    return line("Answer: ", challenge);
  }

  @Override
  public boolean askAgain(Challenge challenge, AuthException refused) {
    prompter.println(refused.getMessage() + "; try again.");
    return true;
  }

  @Override
  public String redirectedUrl(java.net.URI redirectUri) {
    return prompter.readSecret("Redirected address (hidden): ");
  }

  private String line(String prompt, Challenge challenge) {
    return line(prompt, challenge, false);
  }

  private String line(String prompt, Challenge challenge, boolean emptyAllowed) {
    String line = prompter.readLine(prompt);
    if (line == null || (line.isBlank() && !emptyAllowed)) {
      throw NoAnswers.unanswered(
          challenge.name() + " not answered",
          "continue with auth.answer(\"…\"), or start again with auth.login()");
    }
    return line.strip();
  }

  private static AuthException newPasswordPaused(String why) {
    // never hint at auth.newPassword("…"): that puts the password on screen and in the history
    return NoAnswers.unanswered(
        "NEW_PASSWORD_REQUIRED not answered: " + why,
        "start again with auth.login(); cogsh asks for the new password again (masked)");
  }

  private static String sentTo(String destination) {
    return destination == null ? "" : " sent to " + destination;
  }

  private static AuthException cancelled(String what) {
    return new AuthException(
        AuthException.Reason.CONFIGURATION,
        "sign-in cancelled: " + what,
        "type auth.login() to try again");
  }
}
