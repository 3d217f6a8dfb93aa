package dev.cogsh.shell;

/**
 * The signature-debugging commands: {@code /explain}, {@code /diff} and {@code /curl}. Like the
 * session commands, each runs as the snippet a user would type over {@code api}, so errors, hints
 * and Ctrl-C behave the same.
 */
final class DebugCommands {

  private DebugCommands() {}

  static void register(CommandTable table) {
    table.register(
        Command.of(
            "/explain",
            "show every step of the last request's signature",
            "Shows the last request's SigV4 signature step by step: the canonical request with each\n"
                + "line labelled, the string to sign, the scope, the signed headers and the signature\n"
                + "(the session token masked). The same as api.explain().",
            (context, arguments) -> print(context, "api.explain()")));
    table.register(
        Command.of(
            "/diff",
            "compare the last request's signature with what the server expected",
            "After a 403, compares the local canonical request and string to sign with the server's\n"
                + "\"should have been\" text line by line, marks the first difference and names the\n"
                + "likely cause (path or query encoding, a header changed after signing, the body, the\n"
                + "date, region or service). Also explains clock skew, scope, token and IAM denials.\n"
                + "The same as api.diff().",
            (context, arguments) -> print(context, "api.diff()")));
    table.register(
        Command.of(
            "/curl",
            "print the last request as a curl command (live credentials)",
            "Prints a curl command that repeats the last request exactly as sent. It carries live\n"
                + "credentials until they expire: do not paste it where others can read it.\n"
                + "The same as api.curl().",
            (context, arguments) -> print(context, "api.curl()")));
  }

  private static boolean print(CommandContext context, String expression) {
    return SessionCommands.withObject(context, "api")
        && context.evaluate("System.out.println(" + expression + ");");
  }
}
