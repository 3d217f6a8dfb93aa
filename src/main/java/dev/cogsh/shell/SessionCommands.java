package dev.cogsh.shell;

import dev.cogsh.config.Config;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionException;
import dev.cogsh.session.SessionTarget;
import java.util.List;
import org.jline.reader.Candidate;

/**
 * The commands about the session objects: sign in and out, who am I, credentials, configuration,
 * sandbox. They run as snippets over {@code auth} and {@code creds}, so they behave exactly as the
 * same Java typed at the prompt (errors, hints, Ctrl-C).
 */
final class SessionCommands {

  private SessionCommands() {}

  /** The snippet {@code /login [arguments]} runs. */
  static String loginSnippet(String arguments) {
    List<String> words = List.of(arguments.split("\\s+"));
    if (words.contains("--browser") || words.contains("--no-browser")) {
      String method =
          words.contains("--no-browser") ? "auth.loginWithoutBrowser(" : "auth.loginWithBrowser(";
      String provider =
          String.join(
              " ",
              words.stream()
                  .filter(w -> !w.isEmpty() && !w.equals("--browser") && !w.equals("--no-browser"))
                  .toList());
      return method + (provider.isEmpty() ? "" : javaString(provider)) + ");";
    }
    return arguments.isEmpty() ? "auth.login();" : "auth.login(" + javaString(arguments) + ");";
  }

  static void register(CommandTable table, OpenSession session) {
    table.register(
        new Command(
            "/login",
            "[user | --browser [--no-browser] [provider]]",
            "sign in (asks for what it needs)",
            "Signs in to the User Pool as the configured user or the one given, asking for the\n"
                + "password (masked) and any challenge. The same as auth.login() or auth.login(\"user\").\n"
                + "With --browser: managed login in the browser (auth.loginWithBrowser()), or straight\n"
                + "to an identity provider with --browser Google (auth.loginWithBrowser(\"Google\")).\n"
                + "With --browser --no-browser (SSH, containers): prints the URL to open anywhere,\n"
                + "then asks for the address the browser ended on (auth.loginWithoutBrowser()).",
            word -> userCompletion(session.target().config(), word),
            (context, user) ->
                withObject(context, "auth") && context.evaluate(loginSnippet(user.strip()))));
    table.register(
        Command.of(
            "/logout",
            "sign out and forget the tokens",
            "Signs out (auth.logout()): forgets the tokens and the credentials made from them.",
            (context, arguments) -> {
              boolean done = withObject(context, "auth") && context.evaluate("auth.logout();");
              if (done) {
                context.print("signed out");
              }
              return done;
            }));
    table.register(
        Command.of(
            "/remember",
            "keep this session for the next run (owner-only file)",
            "Remembers the signed-in session between runs, as --remember or \"remember\": true do:\n"
                + "the tokens, identity id and credentials go to an owner-only file, and the next\n"
                + "cogsh reuses them without signing in. auth.logout() or cogsh logout deletes it.",
            (context, arguments) -> {
              try {
                session.remember().lines().forEach(context::print);
                return true;
              } catch (SessionException e) {
                context.error("/remember: " + e.getMessage());
                if (e.hint() != null) {
                  context.print("hint: " + e.hint());
                }
                return false;
              }
            }));
    table.register(
        Command.of(
            "/whoami",
            "show who is signed in (--iam: who AWS says the credentials are)",
            "Shows the signed-in user and how long the ID token is valid (auth.whoami()).\n"
                + "With --iam: asks STS GetCallerIdentity with the current credentials and shows\n"
                + "the account, the assumed role's ARN and the user id (creds.whoami()), the first\n"
                + "thing to check when IAM says no.",
            (context, arguments) -> {
              String given = arguments.strip();
              if (given.equals("--iam")) {
                return withObject(context, "creds")
                    && context.evaluate("System.out.println(creds.whoami());");
              }
              if (!given.isEmpty()) {
                context.error("/whoami: unknown argument '" + given + "'");
                context.print("hint: /whoami, or /whoami --iam for the AWS identity");
                return false;
              }
              return withObject(context, "auth")
                  && context.evaluate("System.out.println(auth.whoami());");
            }));
    table.register(
        Command.of(
            "/creds",
            "show the AWS credentials in use (masked)",
            "Shows the temporary AWS credentials the API calls are signed with, secrets masked,\n"
                + "with their source and expiry (creds.get(), fetched or refreshed when needed).",
            (context, arguments) ->
                withObject(context, "creds")
                    && context.evaluate("{ creds.get(); System.out.println(creds); }")));
    table.register(
        Command.of(
            "/sandbox",
            "say whether the built-in sandbox is running",
            "Says whether this session runs against the built-in sandbox (started when no\n"
                + "configuration is found) and where it listens.",
            (context, arguments) -> {
              SessionTarget current = context.session().target();
              context.print(
                  current.sandbox()
                      ? current.description()
                      : "the sandbox is not running; this session uses " + current.description());
              return true;
            }));
  }

  /** The configuration, one field a line; {@link Config#toString()} masks the secrets. */
  static String describe(Config config) {
    if (config == null) {
      return "no configuration";
    }
    String text = config.toString();
    String body = text.substring(text.indexOf('[') + 1, text.length() - 1);
    StringBuilder out = new StringBuilder();
    for (String field : body.split(", (?=\\w+=)")) {
      out.append(out.length() == 0 ? "" : "\n").append("  ").append(field.replaceFirst("=", " = "));
    }
    return out.toString();
  }

  private static List<Candidate> userCompletion(Config config, String word) {
    if (config.username() == null || !config.username().startsWith(word)) {
      return List.of();
    }
    return List.of(new Candidate(config.username()));
  }

  static boolean withObject(CommandContext context, String name) {
    if (context.sessionObjects().contains(name)) {
      return true;
    }
    context.error(
        name
            + " is not available in this session: "
            + context.session().target().description()
            + " (start with a configuration, or with the built-in sandbox)");
    return false;
  }

  /** {@code text} as a Java string literal. */
  static String javaString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
