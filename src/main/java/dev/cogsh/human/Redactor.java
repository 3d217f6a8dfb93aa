package dev.cogsh.human;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Masks secrets in text on its way out: every value of a {@link SecretRegistry} (also JSON-escaped
 * and URL-encoded), then the shapes of secrets whose value is not known ({@link SecretShapes}: JWTs
 * anywhere, AWS access key ids, {@code "SessionToken"} and friends, {@code x-amz-security-token},
 * {@code Authorization: Bearer}). Each is shown as {@link Masks} shows its kind.
 *
 * <p>Where two findings overlap, the one that contains the other is masked whole (a token that
 * contains a registered password shows as the token); two that only overlap are masked together as
 * {@link Masks#HIDDEN}. Redacting twice changes nothing, and {@link #redact} never throws.
 *
 * <p>An explicit ask ({@code creds.get().secretAccessKey()}) is not a case for the redactor: the
 * caller that shows such a value on purpose does not pass it through here.
 */
public final class Redactor {

  /** A mask can, rarely, complete another secret's text; masking again settles it. */
  private static final int MOST_PASSES = 4;

  private static final String SECRET = "secret";

  private final SecretRegistry registry;

  /**
   * @param registry the session's secrets; read anew on every call, so a secret registered later is
   *     masked from then on
   */
  public Redactor(SecretRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** A redactor that knows no values and masks the shapes of secrets only. */
  public static Redactor shapesOnly() {
    return new Redactor(new SecretRegistry());
  }

  /** The registry this redactor reads. */
  public SecretRegistry registry() {
    return registry;
  }

  /**
   * {@code text} with every secret in it masked; {@code null} stays {@code null}. Linear in the
   * length of the text (for a given registry).
   */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    try {
      SecretRegistry.Known known = registry.known();
      String out = text;
      for (int pass = 0; pass < MOST_PASSES; pass++) {
        String next = once(out, known);
        if (next == out || next.equals(out)) {
          return out;
        }
        out = next;
      }
      return out;
    } catch (RuntimeException | StackOverflowError e) {
      // a text that could not be checked is not shown: it may hold a secret
      return Masks.HIDDEN
          + " ("
          + Masks.size(text.length())
          + " not shown: checking it for secrets failed)";
    }
  }

  /** One pass: the same instance when nothing was found. */
  private static String once(String text, SecretRegistry.Known known) {
    List<Span> spans = new ArrayList<>();
    for (SecretRegistry.Form form : known.forms()) {
      String value = form.text();
      for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length())) {
        spans.add(new Span(at, at + value.length(), form.kind()));
      }
    }
    String lowerCase = text.toLowerCase(Locale.ROOT);
    for (SecretShapes.Shape shape : SecretShapes.ALL) {
      if (!shape.mayMatch(lowerCase)) {
        continue;
      }
      Matcher m = shape.pattern().matcher(text);
      while (m.find()) {
        if (m.end(SECRET) > m.start(SECRET)) {
          spans.add(new Span(m.start(SECRET), m.end(SECRET), shape.kind()));
        }
      }
    }
    if (spans.isEmpty()) {
      return text;
    }
    return masked(text, merged(spans));
  }

  /**
   * The spans in order, none overlapping: one inside another takes the outer one's kind; two that
   * only overlap become one span shown as nothing.
   */
  static List<Span> merged(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(
        Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(
                Comparator.comparingInt((Span s) -> SecretRegistry.rank(s.kind())).reversed()));
    List<Span> out = new ArrayList<>();
    Span current = sorted.get(0);
    for (Span next : sorted.subList(1, sorted.size())) {
      if (next.start() >= current.end()) {
        out.add(current);
        current = next;
      } else if (next.end() > current.end()) {
        current = new Span(current.start(), next.end(), SecretKind.SECRET);
      }
    }
    out.add(current);
    return out;
  }

  private static String masked(String text, List<Span> spans) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Span span : spans) {
      out.append(text, at, span.start());
      out.append(span.kind().mask(text.substring(span.start(), span.end())));
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * A secret found in a text.
   *
   * @param start its first character
   * @param end one past its last
   * @param kind how it is shown
   */
  record Span(int start, int end, SecretKind kind) {}

  @Override
  public String toString() {
    return "Redactor[" + registry + "]";
  }
}
