package dev.cogsh.session;

import dev.cogsh.auth.Prompter;
import dev.cogsh.config.Config;
import dev.cogsh.human.SecretKind;
import dev.cogsh.human.SecretRegistry;
import java.util.List;

/**
 * What a session registers as secret before anything runs (the configuration's password and app
 * client secret, the sandbox's seeded passwords, the secret variables of the environment), and the
 * prompter that registers what is typed at a masked prompt.
 */
final class SessionSecrets {

  /** The variables whose values are secrets wherever they show up. */
  static final List<String> SECRET_VARIABLES =
      List.of(
          "COGSH_PASSWORD",
          SessionRequest.TOTP_SECRET_VARIABLE,
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN");

  private SessionSecrets() {}

  /** Registers what {@code session} knows at its start. */
  static void registerKnown(OpenSession session, SecretRegistry registry) {
    for (String name : SECRET_VARIABLES) {
      session
          .environment()
          .variable(name)
          .map(String::strip)
          .ifPresent(
              value ->
                  registry.register(
                      name.endsWith("TOKEN") ? SecretKind.TOKEN : SecretKind.SECRET, value));
    }
    session.secrets().forEach(value -> registry.register(SecretKind.SECRET, value));
    registerConfig(session.target().config(), registry);
  }

  /** Registers the configuration's password, app client secret and API key. */
  static void registerConfig(Config config, SecretRegistry registry) {
    registry.register(SecretKind.SECRET, config.password());
    registry.register(SecretKind.SECRET, config.appClientSecret());
    registry.register(SecretKind.SECRET, config.apiAuth().apiKey());
  }

  /** {@code prompter}, registering every answer typed at a masked prompt. */
  static Prompter registering(Prompter prompter, SecretRegistry registry) {
    return new Prompter() {
      @Override
      public String readLine(String prompt) {
        return prompter.readLine(prompt);
      }

      @Override
      public String readSecret(String prompt) {
        String secret = prompter.readSecret(prompt);
        registry.register(SecretKind.SECRET, secret);
        return secret;
      }

      @Override
      public void println(String text) {
        prompter.println(text);
      }
    };
  }
}
