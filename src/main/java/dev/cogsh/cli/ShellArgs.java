package dev.cogsh.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The shell's few options ({@code cogsh --sandbox}, {@code cogsh --profile dev}), read without
 * picocli. Picocli reads the annotations of every option it is given through reflection and
 * proxies, a sixth of the time to the first prompt; a plain shell start needs none of that. Only
 * arguments this reads exactly as picocli would are taken: anything else (help, a subcommand, a
 * repeated or malformed option) is left to picocli, so its usage and its errors read as ever.
 *
 * @param options the shell's options, as picocli would have set them
 * @param debug whether {@code --debug} was given
 */
record ShellArgs(ShellOptions options, boolean debug) {

  private static final Set<String> FLAGS =
      Set.of("--sandbox", "--remember", "--exit-after-prompt", "--debug");
  private static final Set<String> VALUED = Set.of("--config", "--profile");

  /** The shell's options when {@code args} are only those, each once; else empty. */
  static Optional<ShellArgs> parse(String... args) {
    ShellOptions options = new ShellOptions();
    boolean debug = false;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (!seen.add(name)) {
        return Optional.empty(); // picocli says which option came twice
      }
      if (FLAGS.contains(name) && value == null) {
        switch (name) {
          case "--sandbox" -> options.sandbox = true;
          case "--remember" -> options.remember = true;
          case "--exit-after-prompt" -> options.exitAfterPrompt = true;
          default -> debug = true;
        }
      } else if (VALUED.contains(name)) {
        if (value == null) {
          if (i + 1 == args.length) {
            return Optional.empty();
          }
          value = args[++i];
        }
        if (value.isEmpty() || value.startsWith("-")) {
          return Optional.empty();
        }
        if (name.equals("--config")) {
          options.config = Path.of(value);
        } else {
          options.profile = value;
        }
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new ShellArgs(options, debug));
  }
}
