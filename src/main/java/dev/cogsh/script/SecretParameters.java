package dev.cogsh.script;

import dev.cogsh.human.Masks;
import dev.cogsh.human.SecretKind;
import dev.cogsh.human.SecretRegistry;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parameters whose names say secret ({@code PASSWORD}, {@code api_key}, {@code TOTP_SECRET}): their
 * values are registered with the session's redactor, and a command line that gives one ({@code
 * /replay s.jsh --param PASSWORD=…}) is kept in the history with the value masked.
 */
public final class SecretParameters {

  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(pass|pwd|secret|token|credential|key).*|pw");

  /** {@code --param NAME=VALUE} (or {@code --param=NAME=VALUE}) in a command line. */
  private static final Pattern GIVEN =
      Pattern.compile("(--param[= ]+)([A-Za-z][\\w.-]*)=(\"[^\"]*\"|'[^']*'|\\S+)");

  private SecretParameters() {}

  /** Whether a parameter of this name holds a secret. */
  public static boolean secretNamed(String name) {
    return name != null && SECRET_NAME.matcher(name).matches();
  }

  /** Registers the values of the secret-named parameters of {@code arguments} (NAME=VALUE). */
  public static void register(List<String> arguments, SecretRegistry registry) {
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (equals > 0 && secretNamed(argument.substring(0, equals))) {
        registry.register(SecretKind.SECRET, argument.substring(equals + 1));
      }
    }
  }

  /** Registers the secret-named {@code --param} values of a command line. */
  public static void registerIn(String commandLine, SecretRegistry registry) {
    Matcher m = GIVEN.matcher(commandLine);
    while (m.find()) {
      if (secretNamed(m.group(2))) {
        registry.register(SecretKind.SECRET, unquoted(m.group(3)));
      }
    }
  }

  /** {@code commandLine} with the values of its secret-named {@code --param}s as {@code ****}. */
  public static String masked(String commandLine) {
    Matcher m = GIVEN.matcher(commandLine);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String kept =
          secretNamed(m.group(2)) ? m.group(1) + m.group(2) + "=" + Masks.HIDDEN : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(kept));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String unquoted(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }
}
