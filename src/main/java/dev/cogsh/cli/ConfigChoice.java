package dev.cogsh.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which configuration a command that opens a session reads ({@code --config}, {@code --profile}):
 * one mixin for {@code run}, {@code creds export}, {@code token} and {@code logout}.
 */
final class ConfigChoice {
  @Option(names = "--config", paramLabel = "FILE", description = "The configuration file.")
  Path config;

  @Option(names = "--profile", paramLabel = "NAME", description = "A profile of the file.")
  String profile;
}
