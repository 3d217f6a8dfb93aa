package dev.cogsh.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether a snippet carries a secret written as a literal, so that the history file never
 * stores it. A pure function of the text; it errs on the side of leaving a line out.
 *
 * <p>A snippet carries a secret when a string literal is
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
 */
final class SecretLiteralFilter {

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
  static boolean carriesSecret(String snippet) {
    List<JavaLexer.Token> tokens =
        JavaLexer.tokens(snippet).stream()
            .filter(t -> t.kind() != JavaLexer.Kind.BLANK && t.kind() != JavaLexer.Kind.COMMENT)
            .toList();
    Deque<Call> calls = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      JavaLexer.Token token = tokens.get(i);
      switch (token.kind()) {
        case STRING -> {
          if (looksSecret(token.literalContent())
              || calls.stream().anyMatch(Call::atSecretArgument)
              || followsSecretName(tokens, i)) {
            return true;
          }
        }
        case PUNCTUATION -> track(token.text(), tokens, i, calls);
        default -> {}
      }
    }
    return false;
  }

  /** A call in progress: which argument the scan is in, and from which one on they are secret. */
  private static final class Call {
    final int firstSecret;
    int argument;
    int nesting;

    Call(int firstSecret) {
      this.firstSecret = firstSecret;
    }

    boolean atSecretArgument() {
      return firstSecret >= 0 && argument >= firstSecret;
    }
  }

  private static void track(
      String punctuation, List<JavaLexer.Token> tokens, int i, Deque<Call> calls) {
    switch (punctuation) {
      case "(" -> {
        JavaLexer.Token before = i > 0 ? tokens.get(i - 1) : null;
        boolean named = before != null && before.kind() == JavaLexer.Kind.IDENTIFIER;
        calls.push(new Call(named ? SECRET_ARGUMENTS.getOrDefault(before.text(), -1) : -1));
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

  /** {@code password = "…"}, {@code "password", "…"} and {@code "password": "…"}. */
  private static boolean followsSecretName(List<JavaLexer.Token> tokens, int i) {
    if (i < 2) {
      return false;
    }
    JavaLexer.Token separator = tokens.get(i - 1);
    JavaLexer.Token name = tokens.get(i - 2);
    return switch (separator.text()) {
      case "=" ->
          name.kind() == JavaLexer.Kind.IDENTIFIER && SECRET_NAME.matcher(name.text()).matches();
      case ",", ":" ->
          name.kind() == JavaLexer.Kind.STRING
              && SECRET_NAME.matcher(name.literalContent()).matches();
      default -> false;
    };
  }

  private static boolean looksSecret(String content) {
    if (JWT.matcher(content).matches()
        || ACCESS_KEY_ID.matcher(content).matches()
        || SECRET_IN_TEXT.matcher(content).matches()) {
      return true;
    }
    return KEY_CHARACTERS.matcher(content).matches()
        && !content.startsWith("/")
        && !UUID.matcher(content).matches()
        && content.chars().anyMatch(Character::isDigit)
        && content.chars().anyMatch(Character::isLetter);
  }
}
