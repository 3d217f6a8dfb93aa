package dev.cogsh.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shell's options, shared by {@code cogsh} (no subcommand) and {@code cogsh shell}. */
final class ShellOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "the configuration file")
  Path config;

  @Option(names = "--profile", paramLabel = "NAME", description = "the profile to apply")
  String profile;

  @Option(names = "--sandbox", description = "use the built-in sandbox, whatever is configured")
  boolean sandbox;

  @Option(
      names = "--remember",
      description = "keep the signed-in session for the next run (owner-only file)")
  boolean remember;

  @Option(
      names = "--exit-after-prompt",
      hidden = true,
      description = "print the banner and the first prompt, then exit (start-up benchmark)")
  boolean exitAfterPrompt;
}
