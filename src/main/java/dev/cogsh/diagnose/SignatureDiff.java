package dev.cogsh.diagnose;

import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SigningTrace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The local signature's steps next to the server's "should have been", line by line: the canonical
 * request (method, URI, query, each header, signed headers, payload hash) and the string to sign
 * (algorithm, date, scope, hash), with the first difference marked and its likely cause named.
 *
 * <pre>{@code
 * ServerExpectation server = ServerExpectation.parse(body).orElseThrow();
 * SignatureDiff diff = SignatureDiff.compare(trace, server);
 * diff.cause();      // Cause.PATH_ENCODING
 * diff.headline();   // "the server's canonical URI differs (path encoded once, expected twice)"
 * }</pre>
 *
 * @param lines every compared line, canonical request first
 * @param cause the likely cause, judged from the first difference
 * @param headline one line: what differs and why
 * @param detail a few sentences on the cause and what to do
 */
public record SignatureDiff(List<Line> lines, Cause cause, String headline, String detail) {

  /** Which of the two signed texts a line belongs to. */
  public enum Section {
    CANONICAL_REQUEST,
    STRING_TO_SIGN
  }

  /** The likely causes of a signature mismatch. */
  public enum Cause {
    METHOD("the HTTP method"),
    PATH_ENCODING("path encoding (single vs double)"),
    PATH("the path"),
    QUERY_ENCODING("query encoding"),
    QUERY_ORDER("query order"),
    QUERY("the query parameters"),
    HEADER_CHANGED("a header changed after signing"),
    HEADER_ADDED("a header added after signing"),
    HEADER_MISSING("a signed header that was not sent"),
    SIGNED_HEADERS("the list of signed headers"),
    CONTENT_TYPE("a content-type difference"),
    PAYLOAD("a body difference (payload hash)"),
    DATE("a date difference (clock skew or X-Amz-Date)"),
    REGION("the region of the credential scope"),
    SERVICE("the service of the credential scope"),
    SIGNATURE_ONLY("the signature only (wrong secret key)");

    private final String description;

    Cause(String description) {
      this.description = description;
    }

    /** A few words: "path encoding (single vs double)". */
    public String description() {
      return description;
    }
  }

  /**
   * One compared line.
   *
   * @param label e.g. {@code canonical URI}, {@code header content-type}, {@code request date}
   * @param local the value signed locally, or null when the local side has no such line
   * @param server the value the server computed, or null when it has no such line
   */
  public record Line(Section section, String label, String local, String server) {
    /** True when the two sides differ. */
    public boolean differs() {
      return !Objects.equals(local, server);
    }

    @Override
    public String toString() {
      return label
          + ": "
          + SignatureDiffText.shown(label, local)
          + " | "
          + SignatureDiffText.shown(label, server);
    }
  }

  /** Copies the lines. */
  public SignatureDiff {
    lines = List.copyOf(lines);
  }

  /** Compares a local signing with the server's expectation. */
  public static SignatureDiff compare(SigningTrace local, ServerExpectation server) {
    return compare(local.canonicalRequest(), local.stringToSign(), server);
  }

  /** Compares a canonical request and string to sign with the server's expectation. */
  public static SignatureDiff compare(
      CanonicalRequest local, String localStringToSign, ServerExpectation server) {
    CanonicalRequest remote = server.canonical();
    List<Line> lines = new ArrayList<>();
    canonicalLines(local, remote, lines);
    List<String> mine = List.of(localStringToSign.split("\n", -1));
    List<String> theirs = server.stringToSignLines();
    String[] labels = {"algorithm", "request date", "credential scope", "canonical hash"};
    if (!theirs.isEmpty()) {
      for (int i = 0; i < labels.length; i++) {
        lines.add(
            new Line(
                Section.STRING_TO_SIGN,
                labels[i],
                i < mine.size() ? mine.get(i) : null,
                i < theirs.size() ? theirs.get(i) : null));
      }
    }
    Mismatch.LikelyCause f = Mismatch.infer(local, remote, lines);
    return new SignatureDiff(lines, f.cause(), f.headline(), f.detail());
  }

  private static void canonicalLines(CanonicalRequest a, CanonicalRequest b, List<Line> out) {
    Section c = Section.CANONICAL_REQUEST;
    out.add(new Line(c, "method", a.method(), b.method()));
    out.add(new Line(c, "canonical URI", a.canonicalUri(), b.canonicalUri()));
    out.add(new Line(c, "canonical query", a.canonicalQuery(), b.canonicalQuery()));
    Map<String, String> mine = headerMap(a);
    Map<String, String> theirs = headerMap(b);
    TreeSet<String> names = new TreeSet<>(mine.keySet());
    names.addAll(theirs.keySet());
    for (String name : names) {
      out.add(new Line(c, "header " + name, mine.get(name), theirs.get(name)));
    }
    out.add(new Line(c, "signed headers", a.signedHeadersText(), b.signedHeadersText()));
    out.add(new Line(c, "payload hash", a.payloadHash(), b.payloadHash()));
  }

  static Map<String, String> headerMap(CanonicalRequest c) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Header h : c.canonicalHeaders()) {
      map.merge(h.name(), h.value(), (x, y) -> x + "," + y);
    }
    return map;
  }

  /** The first line that differs, in the order the signer computes them. */
  public Optional<Line> firstDifference() {
    return lines.stream().filter(Line::differs).findFirst();
  }

  /** True when the canonical requests are the same (only the date, scope or key can differ). */
  public boolean canonicalRequestsMatch() {
    return lines.stream()
        .filter(l -> l.section() == Section.CANONICAL_REQUEST)
        .noneMatch(Line::differs);
  }

  /** The whole comparison as text, session tokens masked. */
  public String text() {
    return SignatureDiffText.of(this);
  }

  @Override
  public String toString() {
    return text();
  }
}
