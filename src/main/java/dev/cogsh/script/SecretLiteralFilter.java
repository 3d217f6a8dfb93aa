package dev.cogsh.script;

import dev.cogsh.engine.JavaLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the string literals of a snippet that carry a secret: the history file never stores such a
 * snippet, and a recording ({@code /record}, {@code /save}) replaces each of them with a {@code
 * param("NAME")} reference. A pure function of the text; it errs on the side of finding one.
 *
 * <p>A string literal carries a secret when it is
 *
 * <ol>
 *   <li>passed where a secret goes: the password of {@code login(user, password)}, the argument of
 *       {@code newPassword(..)}, the secret key and token of {@code creds.use(key, secret, token)},
 *       …
 *   <li>assigned to a name that says secret ({@code password}, {@code pwd}, {@code secretKey},
 *       {@code token}, …) or paired with a literal key that does ({@code Map.of("password", "…")});
 *   <li>shaped like a credential: a JWT, an AWS access key id, or a long run of key characters
 *       (secret keys, session and refresh tokens, client secrets), or text with {@code
 *       "password":"…"} or {@code password=…} in it.
 * </ol>
 *
 * Each literal found is named after the reason: the parameter a method takes there ({@code
 * password}, {@code secretKey}), the name it is assigned to, or its shape ({@code token}).
 */
public final class SecretLiteralFilter {

  /** Method name → the index of its first argument that is a secret. */
  private static final Map<String, Integer> SECRET_ARGUMENTS =
      Map.ofEntries(
          Map.entry("login", 1),
          Map.entry("loginWithPassword", 1),
          Map.entry("signUp", 1),
          Map.entry("use", 1),
          Map.entry("newPassword", 0),
          Map.entry("changePassword", 0),
          Map.entry("setPassword", 0),
          Map.entry("withPassword", 0),
          Map.entry("password", 0),
          Map.entry("totp", 0),
          Map.entry("secretKey", 0),
          Map.entry("sessionToken", 0),
          Map.entry("clientSecret", 0),
          Map.entry("refreshToken", 0));

  /** Method name → the names of its secret arguments, from the first secret one on. */
  private static final Map<String, List<String>> SECRET_ARGUMENT_NAMES =
      Map.ofEntries(
          Map.entry("login", List.of("password")),
          Map.entry("loginWithPassword", List.of("password")),
          Map.entry("signUp", List.of("password")),
          Map.entry("use", List.of("secretKey", "sessionToken")),
          Map.entry("newPassword", List.of("newPassword")),
          Map.entry("changePassword", List.of("newPassword")),
          Map.entry("setPassword", List.of("password")),
          Map.entry("withPassword", List.of("password")),
          Map.entry("password", List.of("password")),
          Map.entry("totp", List.of("totpSecret")),
          Map.entry("secretKey", List.of("secretKey")),
          Map.entry("sessionToken", List.of("sessionToken")),
          Map.entry("clientSecret", List.of("clientSecret")),
          Map.entry("refreshToken", List.of("refreshToken")));

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(password|passwd|passphrase|pwd|secret|token|credential|apikey|api_key|privatekey)"
              + ".*|pw|pass");
  private static final Pattern JWT = Pattern.compile("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]*.*");
  private static final Pattern ACCESS_KEY_ID = Pattern.compile(".*\\b(AKIA|ASIA)[A-Z0-9]{16}\\b.*");
  private static final Pattern KEY_CHARACTERS = Pattern.compile("[A-Za-z0-9+/=_-]{32,}");
  private static final Pattern UUID =
      Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern SECRET_IN_TEXT =
      Pattern.compile("(?is).*(password|secret|token)(\\\\?\"\\s*:\\s*\\\\?\"|=)[^\"&\\s\\\\]+.*");

  private SecretLiteralFilter() {}

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
    return shapeName(tokens.get(i).literalContent());
  }

  /** A call in progress: which argument the scan is in, and from which one on they are secret. */
  private static final class Call {
    final String method;
    final int firstSecret;
    int argument;
    int nesting;

    Call(String method) {
      this.method = method;
      this.firstSecret = method == null ? -1 : SECRET_ARGUMENTS.getOrDefault(method, -1);
    }

    boolean atSecretArgument() {
      return firstSecret >= 0 && argument >= firstSecret;
    }

    String argumentName() {
      List<String> names = SECRET_ARGUMENT_NAMES.getOrDefault(method, List.of("secret"));
      return names.get(Math.min(argument - firstSecret, names.size() - 1));
    }
  }

  private static void track(
      String punctuation, List<JavaLexer.Token> tokens, int i, Deque<Call> calls) {
    switch (punctuation) {
      case "(" -> {
        JavaLexer.Token before = i > 0 ? tokens.get(i - 1) : null;
        boolean named = before != null && before.kind() == JavaLexer.Kind.IDENTIFIER;
        calls.push(new Call(named ? before.text() : null));
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

  /** The kind of credential the text looks like, or {@code null}. */
  private static String shapeName(String content) {
    if (JWT.matcher(content).matches()) {
      return "token";
    }
    if (ACCESS_KEY_ID.matcher(content).matches()) {
      return "accessKeyId";
    }
    Matcher inText = SECRET_IN_TEXT.matcher(content);
    if (inText.matches()) {
      return inText.group(1);
    }
    boolean keyLike =
        KEY_CHARACTERS.matcher(content).matches()
            && !content.startsWith("/")
            && !UUID.matcher(content).matches()
            && content.chars().anyMatch(Character::isDigit)
            && content.chars().anyMatch(Character::isLetter);
    return keyLike ? "secret" : null;
  }
}
