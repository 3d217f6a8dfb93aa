package dev.cogsh.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replaces the secret literals of recorded snippets with {@code param("NAME")} references, so that
 * a recording can be shared and replayed with {@code --param NAME=VALUE}.
 *
 * <p>One rewriter serves one recording: a secret that comes back gets the parameter it got the
 * first time, and two different secrets that would share a name get {@code NAME_2}, {@code NAME_3}.
 * To tell them apart it keeps a SHA-256 digest of each secret, never the secret.
 */
public final class SecretLiteralRewriter {

  private final SecretFinder finder;
  private final Map<String, String> nameByDigest = new HashMap<>();
  private final Set<String> names = new LinkedHashSet<>();

  /**
   * @param finder decides which literals are secrets
   */
  public SecretLiteralRewriter(SecretFinder finder) {
    this.finder = finder;
  }

  /**
   * A snippet with its secret literals replaced.
   *
   * @param source the snippet to record
   * @param parameters the parameters it now reads, in order of appearance
   */
  public record Rewritten(String source, List<String> parameters) {
    public Rewritten {
      parameters = List.copyOf(parameters);
    }
  }

  /** Rewrites one snippet. */
  public Rewritten rewrite(String snippet) {
    List<SecretLiteral> literals = finder.find(snippet);
    if (literals.isEmpty()) {
      return new Rewritten(snippet, List.of());
    }
    StringBuilder out = new StringBuilder();
    List<String> used = new ArrayList<>();
    int at = 0;
    for (SecretLiteral literal : literals) {
      if (literal.start() < at || literal.end() > snippet.length()) {
        throw new IllegalArgumentException("overlapping or outside the snippet: " + literal);
      }
      String name = nameFor(literal, snippet.substring(literal.start(), literal.end()));
      out.append(snippet, at, literal.start()).append("param(\"").append(name).append("\")");
      if (!used.contains(name)) {
        used.add(name);
      }
      at = literal.end();
    }
    out.append(snippet.substring(at));
    return new Rewritten(out.toString(), used);
  }

  /** Every parameter this rewriter introduced so far, in order. */
  public List<String> parameters() {
    return List.copyOf(names);
  }

  private String nameFor(SecretLiteral literal, String text) {
    String digest = digest(text);
    String known = nameByDigest.get(digest);
    if (known != null) {
      return known;
    }
    String base = parameterName(literal.name());
    String name = base;
    for (int n = 2; names.contains(name); n++) {
      name = base + "_" + n;
    }
    names.add(name);
    nameByDigest.put(digest, name);
    return name;
  }

  /** {@code secretKey} → {@code SECRET_KEY}; anything unusable → {@code SECRET}. */
  static String parameterName(String suggested) {
    String snake =
        suggested
            .strip()
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_+|_+$", "")
            .toUpperCase(Locale.ROOT);
    return snake.isEmpty() || !Character.isLetter(snake.charAt(0)) ? "SECRET" : snake;
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : hash) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
