package dev.cogsh.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A short digest of each line of a canonical request ({@code 1a2b3c4d.5e6f7a8b…}: the first 8 hex
 * characters of each line's SHA-256), so that a verifier that recomputes the canonical request from
 * a captured copy can name the first line that changed without the signer's text, which would carry
 * the session token. cogsh writes it into exported curl commands; {@code cogsh verify} reads it.
 */
public final class CanonicalFingerprint {

  private static final int HEX_PER_LINE = 8;

  private CanonicalFingerprint() {}

  /** The fingerprint of a canonical request: one digest per line, {@code .}-joined. */
  public static String of(CanonicalRequest canonical) {
    StringBuilder out = new StringBuilder();
    for (String line : lines(canonical)) {
      out.append(out.length() == 0 ? "" : ".").append(digest(line));
    }
    return out.toString();
  }

  /**
   * The label of the first line of {@code recomputed} whose digest differs from the fingerprint
   * ({@code method}, {@code canonical URI}, {@code canonical query}, {@code header <name>}, {@code
   * signed headers}, {@code payload hash}), or empty when every line matches.
   */
  public static Optional<String> firstDifference(String fingerprint, CanonicalRequest recomputed) {
    String[] expected = fingerprint.strip().split("\\.", -1);
    List<String> lines = lines(recomputed);
    List<String> labels = labels(recomputed);
    if (expected.length != lines.size()) {
      return Optional.of("signed headers");
    }
    for (int i = 0; i < lines.size(); i++) {
      if (!digest(lines.get(i)).equalsIgnoreCase(expected[i])) {
        return Optional.of(labels.get(i));
      }
    }
    return Optional.empty();
  }

  private static List<String> lines(CanonicalRequest c) {
    List<String> out = new ArrayList<>();
    out.add(c.method());
    out.add(c.canonicalUri());
    out.add(c.canonicalQuery());
    for (Header h : c.canonicalHeaders()) {
      out.add(h.name() + ":" + h.value());
    }
    out.add(c.signedHeadersText());
    out.add(c.payloadHash());
    return out;
  }

  private static List<String> labels(CanonicalRequest c) {
    List<String> out = new ArrayList<>(List.of("method", "canonical URI", "canonical query"));
    for (Header h : c.canonicalHeaders()) {
      out.add("header " + h.name());
    }
    out.add("signed headers");
    out.add("payload hash");
    return out;
  }

  private static String digest(String line) {
    return Signatures.sha256Hex(line.getBytes(StandardCharsets.UTF_8)).substring(0, HEX_PER_LINE);
  }
}
