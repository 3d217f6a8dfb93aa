package dev.cogsh.human;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The secret values one session has learned (typed at a prompt, written as a literal, read from the
 * environment, received from Cognito or STS), each with the {@link SecretKind} it is shown as. A
 * {@link Redactor} masks every one of them wherever it appears.
 *
 * <p>One instance per session, never a static: two sessions in one JVM (tests, {@code /config use})
 * must not see each other's secrets. Safe to use from any thread: {@link #register} replaces an
 * immutable snapshot that readers take without locking.
 *
 * <p>Values shorter than {@link #SHORTEST} characters are not kept: masking every {@code "demo"} or
 * {@code "1234"} in all output would hide half the screen (user names, ids, numbers) and tell an
 * onlooker where the password appears anyway. Such a password is still masked where it is known by
 * name (a literal passed as a password is rewritten whatever its length).
 */
public final class SecretRegistry implements SecretSink {

  /** The shortest value worth masking everywhere it appears. */
  public static final int SHORTEST = 6;

  private volatile Known known = new Known(Map.of(), List.of());

  /**
   * Remembers {@code value} as a secret of {@code kind}. A value registered twice keeps the kind
   * that shows less of it.
   *
   * @return whether the value is masked from now on; false for null, blank or short values
   */
  public boolean register(SecretKind kind, String value) {
    Objects.requireNonNull(kind, "kind");
    if (value == null || value.isBlank() || value.length() < SHORTEST) {
      return false;
    }
    synchronized (this) {
      SecretKind before = known.kinds().get(value);
      SecretKind kept = before == null ? kind : showsLess(before, kind);
      if (kept != before) {
        Map<String, SecretKind> kinds = new HashMap<>(known.kinds());
        kinds.put(value, kept);
        known = Known.of(kinds);
      }
    }
    return true;
  }

  /** Registers {@code value}: the registry is the sink a session wires into its objects. */
  @Override
  public void learned(SecretKind kind, String value) {
    register(kind, value);
  }

  /** Whether {@code value} is a registered secret. */
  public boolean contains(String value) {
    return value != null && known.kinds().containsKey(value);
  }

  /** How many secrets are registered. */
  public int size() {
    return known.kinds().size();
  }

  /** The secrets as of now, with the forms they are searched in; for the {@link Redactor}. */
  Known known() {
    return known;
  }

  /** Never the values: a registry may end up in a log line. */
  @Override
  public String toString() {
    return "SecretRegistry[" + size() + " values]";
  }

  /**
   * A snapshot of the registry.
   *
   * @param kinds each value and its kind
   * @param forms every form of every value to search for, longest first
   */
  record Known(Map<String, SecretKind> kinds, List<Form> forms) {

    static Known of(Map<String, SecretKind> kinds) {
      List<Form> forms = new ArrayList<>();
      kinds.forEach(
          (value, kind) ->
              SecretRegistry.forms(value).forEach(text -> forms.add(new Form(text, kind))));
      forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
      return new Known(Map.copyOf(kinds), List.copyOf(forms));
    }

    @Override
    public String toString() {
      return "Known[" + kinds.size() + " values]";
    }
  }

  /**
   * One way a value can appear in output.
   *
   * @param text the value as it appears
   * @param kind how it is shown
   */
  record Form(String text, SecretKind kind) {
    @Override
    public String toString() {
      return "Form[" + kind + "]";
    }
  }

  /**
   * The ways {@code value} appears in output: as is, JSON-escaped (also with {@code \/}, as some
   * servers write it; a JShell string value is escaped the same way) and URL-encoded (form and RFC
   * 3986 style).
   */
  static Set<String> forms(String value) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(value);
    String json = jsonEscaped(value);
    forms.add(json);
    forms.add(json.replace("/", "\\/"));
    String form = URLEncoder.encode(value, StandardCharsets.UTF_8);
    forms.add(form);
    forms.add(form.replace("+", "%20").replace("*", "%2A").replace("%7E", "~"));
    return forms;
  }

  /** {@code value} as it is written inside a JSON (or Java) string literal. */
  static String jsonEscaped(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Of two kinds, the one that shows less: nothing, then a token's head, then a key id's ends. */
  static SecretKind showsLess(SecretKind a, SecretKind b) {
    return rank(a) >= rank(b) ? a : b;
  }

  /** How much a kind hides: more is safer. */
  static int rank(SecretKind kind) {
    return switch (kind) {
      case SECRET -> 2;
      case TOKEN -> 1;
      case ACCESS_KEY_ID -> 0;
    };
  }
}
