package dev.cogsh.cli;

import dev.cogsh.sandbox.CorsSettings;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.sandbox.StoreLimits;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of {@code cogsh sandbox} about passwords off the command line, CORS and the size of
 * its store (a mixin, so that {@link SandboxCommand} stays one screen of options).
 */
final class SandboxExtraOptions {

  @Option(
      names = "--users-file",
      paramLabel = "FILE",
      description =
          "Passwords for --user NAME, one NAME:PASSWORD a line (# comments); the file must be"
              + " readable by you only (chmod 600). Else NAME's password comes from"
              + " $COGSH_SANDBOX_PASSWORD_<NAME> (upper case, other characters _), else"
              + " $COGSH_SANDBOX_PASSWORD.")
  Path usersFile;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "The API's Access-Control-Allow-Origin, as API Gateway's \"Enable CORS\" sets it:"
              + " * (default) or one origin such as http://localhost:3000.")
  String corsOrigin = CorsSettings.DEFAULTS.origin();

  @Option(
      names = "--cors-headers",
      paramLabel = "LIST",
      description =
          "The API's Access-Control-Allow-Headers, comma-separated (default, the console's:"
              + " Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token).")
  String corsHeaders = CorsSettings.DEFAULTS.allowHeaders();

  @Option(
      names = "--max-notes",
      paramLabel = "N",
      description =
          "Keep at most N notes; one more is refused with LimitExceededException (default"
              + " 100000).")
  int maxNotes = StoreLimits.DEFAULTS.maxNotes();

  @Option(
      names = "--max-users",
      paramLabel = "N",
      description =
          "Keep at most N users; a sign-up beyond is refused with LimitExceededException"
              + " (default 10000).")
  int maxUsers = StoreLimits.DEFAULTS.maxUsers();

  /** Applies the CORS origin and the limits to {@code builder}. */
  SandboxOptions.Builder apply(SandboxOptions.Builder builder) {
    return builder
        .corsOrigin(corsOrigin)
        .corsHeaders(corsHeaders)
        .limits(new StoreLimits(maxNotes, maxUsers));
  }
}
