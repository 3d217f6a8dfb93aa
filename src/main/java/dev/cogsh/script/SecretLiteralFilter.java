package dev.cogsh.script;

import dev.cogsh.engine.JavaLexer;
import dev.cogsh.human.SecretRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the string literals of a snippet that carry a secret, the one rule set for every place that
 * keeps or shows snippets: the history file never stores such a snippet, a recording ({@code
 * /record}, {@code /save}) replaces each of them with a {@code param("NAME")} reference, a run's
 * echo shows them masked ({@link #masked}), and a session learns their values ({@link #register}).
 * A pure function of the text; it errs on the side of finding one.
 *
 * <p>A string literal carries a secret when it is
 *
 * <ol>
 *   <li>passed where a secret goes: the password of {@code login(user, password)}, the argument of
 *       {@code newPassword(..)} or {@code totp(..)}, the secret key and token of {@code
 *       creds.use(key, secret, token)}, any argument of a builder method that sets a secret ({@code
 *       withTotpSecret}, {@code withNewPassword}, {@code withClientSecret}, any {@code
 *       with…Secret}, {@code with…Password}, {@code with…Token}), …
 *   <li>assigned to a name that says secret ({@code password}, {@code pwd}, {@code secretKey},
 *       {@code token}, …) or paired with a literal key that does ({@code Map.of("password", "…")});
 *   <li>shaped like a credential anywhere in its text ({@link CredentialShapes}): a JWT ({@code
 *       "Bearer eyJ…"} too), a bearer token, an STS session token, an AWS access key id or secret
 *       access key, a base32 TOTP secret of 16 characters or more, text with {@code "password":"…"}
 *       or {@code password=…} in it, or a whole literal of 32 or more key characters.
 * </ol>
 *
 * Each literal found is named after the reason: the parameter a method takes there ({@code
 * password}, {@code secretKey}), the name it is assigned to, or its shape ({@code token}).
 */
public final class SecretLiteralFilter {

  /**
   * Which arguments of a method are secrets.
   *
   * @param first the index of the first secret argument
   * @param last the index of the last one ({@link Integer#MAX_VALUE}: every one after the first)
   * @param atLeast how many arguments the call must have for them to be secret (an overload with
   *     fewer takes none: {@code signUp(user, attributes)})
   * @param names their names, from the first secret one on (the last name repeats)
   */
  private record SecretArguments(int first, int last, int atLeast, List<String> names) {
    /** Argument {@code first} and every one after it. */
    static SecretArguments from(int first, String... names) {
      return new SecretArguments(first, Integer.MAX_VALUE, 0, List.of(names));
    }

    /** Argument {@code index} alone, in calls of at least {@code atLeast} arguments. */
    static SecretArguments only(int index, int atLeast, String name) {
      return new SecretArguments(index, index, atLeast, List.of(name));
    }
  }

  /** Method name → its secret arguments. */
  private static final Map<String, SecretArguments> SECRET_ARGUMENTS =
      Map.ofEntries(
          Map.entry("login", SecretArguments.from(1, "password")),
          Map.entry("loginWithPassword", SecretArguments.from(1, "password")),
          Map.entry("loginCustom", SecretArguments.from(1, "password")),
          // signUp(user, password, attributes), not signUp(user, attributes): the attributes are
          // no secret (learnt as one, an e-mail that is also the user name would mask every line)
          Map.entry("signUp", SecretArguments.only(1, 3, "password")),
          Map.entry("use", SecretArguments.from(1, "secretKey", "sessionToken")),
          Map.entry("newPassword", SecretArguments.only(0, 0, "newPassword")),
          Map.entry("confirmForgotPassword", SecretArguments.only(1, 2, "newPassword")),
          Map.entry("changePassword", SecretArguments.from(0, "newPassword")),
          Map.entry("setPassword", SecretArguments.from(0, "password")),
          Map.entry("password", SecretArguments.from(0, "password")),
          Map.entry("totp", SecretArguments.from(0, "totpSecret")),
          Map.entry("secretKey", SecretArguments.from(0, "secretKey")),
          Map.entry("sessionToken", SecretArguments.from(0, "sessionToken")),
          Map.entry("clientSecret", SecretArguments.from(0, "clientSecret")),
          Map.entry("refreshToken", SecretArguments.from(0, "refreshToken")));

  /**
   * A builder method that sets a secret, {@code withTotpSecret(..)}, {@code withNewPassword(..)},
   * {@code withClientSecret(..)}: each argument is that secret, named after the method.
   */
  private static final Pattern SECRET_BUILDER =
      Pattern.compile("with(\\p{Lu}\\w*)?(Secret|SecretKey|ApiKey|Password|Passphrase|Token)");

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(password|passwd|passphrase|pwd|secret|token|credential|apikey|api_key|privatekey)"
              + ".*|pw|pass");

  private SecretLiteralFilter() {}

  /**
   * {@code snippet} as it may be shown: each secret literal's text replaced by its mask ({@code
   * auth.login("bob", "****")}), whatever its length.
   */
  public static String masked(String snippet) {
    List<SecretLiteral> literals = find(snippet);
    if (literals.isEmpty()) {
      return snippet;
    }
    StringBuilder out = new StringBuilder(snippet.length());
    int at = 0;
    for (SecretLiteral literal : literals) {
      String mask = literal.kind().mask(literal.valueIn(snippet));
      out.append(snippet, at, literal.start()).append('"').append(mask).append('"');
      at = literal.end();
    }
    return out.append(snippet, at, snippet.length()).toString();
  }

  /**
   * Teaches {@code registry} the secret literals of {@code snippet}: each value as the program sees
   * it, and as written when that differs (escapes), so that output shows neither.
   *
   * @return how many values the registry keeps (it ignores short ones)
   */
  public static int register(String snippet, SecretRegistry registry) {
    int kept = 0;
    for (SecretLiteral literal : find(snippet)) {
      String value = literal.valueIn(snippet);
      String written = literal.writtenIn(snippet);
      kept += registry.register(literal.kind(), value) ? 1 : 0;
      if (!written.equals(value) && registry.register(literal.kind(), written)) {
        kept++;
      }
    }
    return kept;
  }

  /** Whether {@code snippet} must be kept out of the history file. */
  public static boolean carriesSecret(String snippet) {
    return !find(snippet).isEmpty();
  }

  /** The string literals of {@code snippet} that carry a secret, each named after the reason. */
  public static List<SecretLiteral> find(String snippet) {
    List<JavaLexer.Token> tokens =
        JavaLexer.tokens(snippet).stream()
            .filter(t -> t.kind() != JavaLexer.Kind.BLANK && t.kind() != JavaLexer.Kind.COMMENT)
            .toList();
    List<SecretLiteral> found = new ArrayList<>();
    Deque<Call> calls = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      JavaLexer.Token token = tokens.get(i);
      switch (token.kind()) {
        case STRING -> {
          String name = secretName(tokens, i, calls);
          if (name != null) {
            found.add(new SecretLiteral(token.start(), token.end(), name));
          }
        }
        case PUNCTUATION -> track(token.text(), tokens, i, calls);
        default -> {}
      }
    }
    return List.copyOf(found);
  }

  /** Why the literal at {@code i} is a secret, as a name; {@code null} when it is not one. */
  private static String secretName(List<JavaLexer.Token> tokens, int i, Deque<Call> calls) {
    // the innermost call that is at a secret argument names it
    for (Call call : calls) {
      if (call.atSecretArgument()) {
        return call.argumentName();
      }
    }
    String named = followedName(tokens, i);
    if (named != null) {
      return named;
    }
    return CredentialShapes.nameOf(tokens.get(i).literalContent());
  }

  /** A call in progress: which argument the scan is in, and from which one on they are secret. */
  private static final class Call {
    final SecretArguments secret;
    final int arguments;
    int argument;
    int nesting;

    Call(String method, int arguments) {
      this.secret = method == null ? null : secretArguments(method);
      this.arguments = arguments;
    }

    boolean atSecretArgument() {
      return secret != null
          && arguments >= secret.atLeast()
          && argument >= secret.first()
          && argument <= secret.last();
    }

    String argumentName() {
      List<String> names = secret.names();
      return names.get(Math.min(argument - secret.first(), names.size() - 1));
    }
  }

  /** The secret arguments of {@code method}, or {@code null} when it takes none. */
  private static SecretArguments secretArguments(String method) {
    SecretArguments known = SECRET_ARGUMENTS.get(method);
    if (known != null) {
      return known;
    }
    Matcher builder = SECRET_BUILDER.matcher(method);
    if (!builder.matches()) {
      return null;
    }
    String name = method.substring("with".length());
    return SecretArguments.from(0, Character.toLowerCase(name.charAt(0)) + name.substring(1));
  }

  private static void track(
      String punctuation, List<JavaLexer.Token> tokens, int i, Deque<Call> calls) {
    switch (punctuation) {
      case "(" -> {
        JavaLexer.Token before = i > 0 ? tokens.get(i - 1) : null;
        boolean named = before != null && before.kind() == JavaLexer.Kind.IDENTIFIER;
        calls.push(new Call(named ? before.text() : null, argumentCount(tokens, i)));
      }
      case ")" -> {
        if (!calls.isEmpty()) {
          calls.pop();
        }
      }
      case "{", "[" -> {
        if (!calls.isEmpty()) {
          calls.peek().nesting++;
        }
      }
      case "}", "]" -> {
        if (!calls.isEmpty() && calls.peek().nesting > 0) {
          calls.peek().nesting--;
        }
      }
      case "," -> {
        if (!calls.isEmpty() && calls.peek().nesting == 0) {
          calls.peek().argument++;
        }
      }
      default -> {}
    }
  }

  /**
   * How many arguments the call whose {@code (} is at {@code open} has, counting the commas outside
   * nested brackets up to its {@code )} (or the snippet's end). A comma of a type argument ({@code
   * Map.<String, String>of}) counts too: the count errs on the side of more.
   */
  private static int argumentCount(List<JavaLexer.Token> tokens, int open) {
    int depth = 0;
    int commas = 0;
    boolean any = false;
    for (int j = open + 1; j < tokens.size(); j++) {
      JavaLexer.Token t = tokens.get(j);
      if (t.kind() == JavaLexer.Kind.PUNCTUATION) {
        switch (t.text()) {
          case "(", "{", "[" -> depth++;
          case ")", "}", "]" -> {
            if (depth == 0) {
              return any ? commas + 1 : 0;
            }
            depth--;
          }
          case "," -> commas += depth == 0 ? 1 : 0;
          default -> {}
        }
      }
      any = true;
    }
    return any ? commas + 1 : 0;
  }

  /**
   * The secret name before the literal: {@code password = "…"}, {@code "password", "…"} and {@code
   * "password": "…"}; {@code null} when there is none.
   */
  private static String followedName(List<JavaLexer.Token> tokens, int i) {
    if (i < 2) {
      return null;
    }
    JavaLexer.Token separator = tokens.get(i - 1);
    JavaLexer.Token name = tokens.get(i - 2);
    String candidate =
        switch (separator.text()) {
          case "=" -> name.kind() == JavaLexer.Kind.IDENTIFIER ? name.text() : null;
          case ",", ":" -> name.kind() == JavaLexer.Kind.STRING ? name.literalContent() : null;
          default -> null;
        };
    return candidate != null && SECRET_NAME.matcher(candidate).matches() ? candidate : null;
  }
}
