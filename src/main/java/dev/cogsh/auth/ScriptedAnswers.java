package dev.cogsh.auth;

import dev.cogsh.human.Masks;
import dev.cogsh.otp.Totp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers given up front, for scripts and CI. Immutable: each {@code with…} returns a copy.
 *
 * <pre>{@code
 * ChallengeAnswers.scripted()
 *     .withPassword(System.getenv("PW"))
 *     .withTotpSecret("JBSWY3DPEHPK3PXP")          // SOFTWARE_TOKEN_MFA codes are generated
 *     .withNewPassword("N3w-Passw0rd!")            // NEW_PASSWORD_REQUIRED
 *     .withAttribute("given_name", "Ada")          // ...and its required attributes
 *     .withAnswer("SMS_MFA", "123456")             // any challenge by name
 * }</pre>
 *
 * <p>{@code MFA_SETUP} is answered by generating the first code from the key Cognito associates
 * (unless an answer for {@code MFA_SETUP} is given); {@link Auth#totpSetup()} keeps that key. What
 * is missing falls through to {@link ChallengeAnswers#none()}, which pauses the sign-in.
 */
public final class ScriptedAnswers implements ChallengeAnswers {

  static final ScriptedAnswers EMPTY =
      new ScriptedAnswers(null, null, Map.of(), null, Map.of(), null);

  private final String username;
  private final String password;
  private final Map<String, String> answers;
  private final String newPassword;
  private final Map<String, String> attributes;
  private final String totpSecret;

  private ScriptedAnswers(
      String username,
      String password,
      Map<String, String> answers,
      String newPassword,
      Map<String, String> attributes,
      String totpSecret) {
    this.username = username;
    this.password = password;
    this.answers = Map.copyOf(answers);
    this.newPassword = newPassword;
    this.attributes = Map.copyOf(attributes);
    this.totpSecret = totpSecret;
  }

  /** With the user name to sign in as. */
  public ScriptedAnswers withUsername(String name) {
    return new ScriptedAnswers(name, password, answers, newPassword, attributes, totpSecret);
  }

  /** With the password to sign in with. */
  public ScriptedAnswers withPassword(String secret) {
    return new ScriptedAnswers(username, secret, answers, newPassword, attributes, totpSecret);
  }

  /** With the answer to a challenge by name ({@code SMS_MFA}, {@code CUSTOM_CHALLENGE}, …). */
  public ScriptedAnswers withAnswer(String challengeName, String answer) {
    Map<String, String> copy = new HashMap<>(answers);
    copy.put(challengeName, answer);
    return new ScriptedAnswers(username, password, copy, newPassword, attributes, totpSecret);
  }

  /** With the new password for {@code NEW_PASSWORD_REQUIRED}. */
  public ScriptedAnswers withNewPassword(String secret) {
    return new ScriptedAnswers(username, password, answers, secret, attributes, totpSecret);
  }

  /** With a value for an attribute {@code NEW_PASSWORD_REQUIRED} may require. */
  public ScriptedAnswers withAttribute(String name, String value) {
    Map<String, String> copy = new HashMap<>(attributes);
    copy.put(name, value);
    return new ScriptedAnswers(username, password, answers, newPassword, copy, totpSecret);
  }

  /** With the base32 TOTP secret {@code SOFTWARE_TOKEN_MFA} codes are generated from. */
  public ScriptedAnswers withTotpSecret(String base32Secret) {
    return new ScriptedAnswers(username, password, answers, newPassword, attributes, base32Secret);
  }

  @Override
  public String username(String suggested) {
    return username != null ? username : NoAnswers.INSTANCE.username(suggested);
  }

  @Override
  public String password(String name) {
    return password != null ? password : NoAnswers.INSTANCE.password(name);
  }

  @Override
  public String code(Challenge challenge) {
    String given = answers.get(challenge.name());
    if (given != null) {
      return given;
    }
    if (Challenge.SOFTWARE_TOKEN_MFA.equals(challenge.name()) && totpSecret != null) {
      return totpCode(totpSecret, challenge.at());
    }
    return NoAnswers.INSTANCE.code(challenge);
  }

  @Override
  public NewPassword newPassword(Challenge challenge) {
    String given = newPassword != null ? newPassword : answers.get(challenge.name());
    if (given == null) {
      return NoAnswers.INSTANCE.newPassword(challenge);
    }
    Map<String, String> values = new LinkedHashMap<>(attributes);
    for (String name : challenge.requiredAttributes()) {
      if (!values.containsKey(name)) {
        throw NoAnswers.unanswered(
            "NEW_PASSWORD_REQUIRED needs the attribute " + name + " for " + challenge.username(),
            "call auth.newPassword(\"…\", Map.of(\""
                + name
                + "\", \"…\")) or script"
                + " .withAttribute(\""
                + name
                + "\", \"…\")");
      }
    }
    return new NewPassword(given, values);
  }

  @Override
  public String mfaType(Challenge challenge, List<String> options) {
    String given = answers.get(challenge.name());
    if (given != null) {
      return given;
    }
    if (totpSecret != null && options.contains(Challenge.SOFTWARE_TOKEN_MFA)) {
      return Challenge.SOFTWARE_TOKEN_MFA;
    }
    return NoAnswers.INSTANCE.mfaType(challenge, options);
  }

  @Override
  public String totpSetupCode(Challenge challenge, TotpSetup setup) {
    String given = answers.get(challenge.name());
    return given != null ? given : totpCode(setup.secretCode(), challenge.at());
  }

  @Override
  public String signInChoice(Challenge challenge, List<String> offered) {
    String given = answers.get(challenge.name());
    return given != null ? given : NoAnswers.INSTANCE.signInChoice(challenge, offered);
  }

  @Override
  public String customAnswer(Challenge challenge) {
    String given = answers.get(challenge.name());
    return given != null ? given : NoAnswers.INSTANCE.customAnswer(challenge);
  }

  /** The TOTP code of {@code secret} at {@code at}; a malformed secret is a configuration error. */
  static String totpCode(String secret, Instant at) {
    try {
      return Totp.code(secret, at);
    } catch (IllegalArgumentException e) {
      throw new AuthException(
          AuthException.Reason.CONFIGURATION,
          e.getMessage(),
          "give the key exactly as the authenticator setup showed it (letters A-Z and digits 2-7)");
    }
  }

  @Override
  public String toString() {
    return "ScriptedAnswers[username="
        + username
        + ", password="
        + Masks.secret(password)
        + ", answers="
        + answers.keySet()
        + ", newPassword="
        + Masks.secret(newPassword)
        + ", attributes="
        + attributes.keySet()
        + ", totpSecret="
        + Masks.secret(totpSecret)
        + "]";
  }
}
