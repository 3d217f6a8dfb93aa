package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Differential check against the SDK's {@code AwsV4HttpSigner}: generated requests with reserved
 * and non-ASCII characters in path and query, repeated and empty query keys, runs of spaces,
 * repeated headers, empty and binary bodies; the Authorization header (or, presigned, the
 * X-Amz-Signature) must be identical. The SDK runs with a fixed SIGNING_CLOCK, DOUBLE_URL_ENCODE
 * and NORMALIZE_PATH on, PAYLOAD_SIGNING_ENABLED set, CHUNK_ENCODING_ENABLED off; ours with {@code
 * x-amz-content-sha256}, which the SDK always adds when it signs the payload. Known, documented
 * differences are kept out of the generator and asserted in {@link SdkDifferencesTest}.
 */
class SdkParityProperties {

  private static final SdkSigner SDK = new SdkSigner();
  private final SigV4Signer ours = new SigV4Signer();

  @Property(tries = 1000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void signature_matchesTheSdkSigner(@ForAll("requests") Generated g) {
    coverage(g);
    SigningTrace trace = ours.sign(g.request(), g.credentials(), g.options(), g.time());
    String theirs =
        SdkSigner.signatureOf(SDK.sign(g.request(), g.credentials(), g.options(), g.time(), true));
    assertThat(SdkSigner.signatureOf(trace))
        .as("%s%n%s", g.request().url(), trace.canonicalRequestText())
        .isEqualTo(theirs);
  }

  /** Fails the property when the generator stops producing what it promises. */
  private static void coverage(Generated g) {
    URI url = g.request().url();
    String query = url.getRawQuery() == null ? "" : url.getRawQuery();
    List<String> names = new ArrayList<>();
    for (String p : query.split("&")) {
      names.add(p.contains("=") ? p.substring(0, p.indexOf('=')) : p);
    }
    String path = url.getRawPath();
    List<String[]> features =
        List.of(
            feature("reserved in path", path.matches(".*[!$&'()*+,;=:@%].*")),
            feature(
                "non-ASCII in path", path.chars().anyMatch(c -> c > 127) || path.contains("%C")),
            feature("dot segment", path.contains("/.")),
            feature("reserved in query", query.matches(".*(%2[0-9A-F]|[!$'()*,;:@/?]).*")),
            feature("non-ASCII in query", query.contains("%E") || query.contains("%C")),
            feature("space run in query", query.contains("%20%20")),
            feature("repeated query name", names.size() > names.stream().distinct().count()),
            feature("empty query value", query.matches("(^|.*&)[^&=]*(=)?(&.*|$)")),
            feature(
                "repeated header",
                g.request().headers().stream()
                        .map(h -> h.name().toLowerCase(Locale.ROOT))
                        .distinct()
                        .count()
                    < g.request().headers().size()),
            feature("empty body", g.request().body().length == 0),
            feature("binary body", !isUtf8(g.request().body())),
            feature("session token", g.credentials().sessionToken() != null),
            feature("presigned", g.options().placement() == Placement.QUERY),
            feature("unsigned payload", g.options().unsignedPayload()));
    for (String[] f : features) {
      Statistics.label(f[0]).collect(f[1]);
      Statistics.label(f[0]).coverage(c -> c.check("yes").percentage(p -> p >= 3.0));
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String[] feature(String name, boolean present) {
    return new String[] {name, present ? "yes" : "no"};
  }

  /** One generated case. */
  record Generated(
      SignableRequest request,
      SigningCredentials credentials,
      SigningOptions options,
      Instant time) {}

  @Provide
  Arbitrary<Generated> requests() {
    Arbitrary<String> method = Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD");
    Arbitrary<String> origin =
        Arbitraries.of(
            "https://abc123.execute-api.us-east-1.amazonaws.com",
            "https://example.com:8443",
            "http://127.0.0.1:8080",
            "http://localhost");
    Arbitrary<List<Header>> headers = header().list().ofMaxSize(5);
    Arbitrary<byte[]> body =
        Arbitraries.oneOf(
            Arbitraries.just(new byte[0]),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
            Arbitraries.strings().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8)));
    Arbitrary<SigningCredentials> credentials =
        Arbitraries.of("", "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+abc/def==")
            .map(t -> new SigningCredentials("ASIAEXAMPLE12345WXYZ", "wJalr/K7MDENG+bPxRfiCY", t));
    Arbitrary<SigningOptions> options =
        Combinators.combine(
                Arbitraries.of("us-east-1", "eu-west-3", "ap-southeast-2"),
                Arbitraries.of("execute-api", "service", "lambda"),
                Arbitraries.of(false, false, false, true),
                Arbitraries.integers().between(1, 7 * 24 * 3600),
                Arbitraries.of(false, false, true))
            .as(
                (region, service, presign, expires, unsigned) -> {
                  SigningOptions o =
                      SigningOptions.of(region, service)
                          .withContentSha256Header(true)
                          .withUnsignedPayload(unsigned);
                  return presign
                      ? o.withPlacement(Placement.QUERY, Duration.ofSeconds(expires))
                      : o;
                });
    Arbitrary<Instant> time =
        Arbitraries.longs().between(946684800L, 4102444799L).map(Instant::ofEpochSecond);
    Arbitrary<URI> url =
        Combinators.combine(origin, path(), query())
            .as((o, p, q) -> URI.create(o + p + (q == null ? "" : "?" + q)));
    return Combinators.combine(method, url, headers, body, credentials, options, time)
        .as((m, u, h, b, c, o, t) -> new Generated(new SignableRequest(m, u, h, b), c, o, t))
        .filter(g -> !SdkDifferencesTest.sdkSignsPayloadAnyway(g.request(), g.options()));
  }

  /** A wire path: segments of mixed characters, some dot and empty segments (never above root). */
  private Arbitrary<String> path() {
    Arbitrary<String> segment =
        Arbitraries.frequencyOf(
            Tuple.of(8, text().flatMap(SdkParityProperties::wirePathSegment)),
            Tuple.of(1, Arbitraries.just(".")),
            Tuple.of(1, Arbitraries.just("..")),
            Tuple.of(1, Arbitraries.just("")));
    return Combinators.combine(segment.list().ofMaxSize(5), Arbitraries.of(false, true))
        .as(
            (segments, trailingSlash) -> {
              List<String> kept = new ArrayList<>();
              int depth = 0;
              for (String s : segments) {
                if (s.equals("..") && depth == 0) {
                  continue; // climbing above the root: see SdkDifferencesTest
                }
                depth += s.equals("..") ? -1 : s.isEmpty() || s.equals(".") ? 0 : 1;
                kept.add(s);
              }
              String path = kept.isEmpty() ? "" : "/" + String.join("/", kept);
              return trailingSlash ? path + "/" : path;
            });
  }

  /** A wire query: repeated names, empty names and values, names without '='. */
  private Arbitrary<String> query() {
    Arbitrary<String> name =
        Arbitraries.oneOf(Arbitraries.of("a", "A", "b", "Param", "x-y", ""), text())
            .flatMap(SdkParityProperties::wireQueryText);
    Arbitrary<String> value =
        Arbitraries.oneOf(Arbitraries.of("", "1", "two  spaces", "   "), text())
            .flatMap(SdkParityProperties::wireQueryText);
    Arbitrary<String> parameter =
        Combinators.combine(name, value, Arbitraries.of(true, true, false))
            .as((n, v, withEquals) -> withEquals ? n + "=" + v : n);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just((String) null)),
        Tuple.of(6, parameter.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("&", l))));
  }

  /** Text with unreserved, reserved, space runs and non-ASCII characters. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("aZ09-._~")
        .withChars("!$&'()*+,;=:@/?#[]%")
        .withChars("    \t")
        .withChars("éß€ሴ")
        .withChars("\uD83D\uDE00")
        .ofMaxLength(12)
        .filter(SdkParityProperties::wellFormed);
  }

  private static boolean wellFormed(String s) {
    return s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
  }

  private static Arbitrary<String> wirePathSegment(String text) {
    // Raw in a path: unreserved, sub-delims, ':' and '@' (and non-ASCII, which URI allows).
    return wire(text, "!$&'()*+,;=:@", true);
  }

  private static Arbitrary<String> wireQueryText(String text) {
    // Raw in a query value the SDK reads as we do: not '&', '=', '+' (see SdkDifferencesTest).
    return wire(text, "!$'()*,;:@/?", false);
  }

  /** Percent-encodes what must be, and a random choice of what may stay raw. */
  private static Arbitrary<String> wire(String text, String rawAllowed, boolean rawNonAscii) {
    return Arbitraries.of(true, false)
        .list()
        .ofSize(text.length())
        .map(
            raw -> {
              StringBuilder out = new StringBuilder();
              int i = 0;
              while (i < text.length()) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                boolean mayStayRaw =
                    UriEncoding.isUnreserved(cp)
                        || rawAllowed.indexOf(cp) >= 0
                        || rawNonAscii && cp > 127;
                out.append(mayStayRaw && raw.get(i) ? ch : percent(ch));
                i += Character.charCount(cp);
              }
              return out.toString();
            });
  }

  private static String percent(String ch) {
    StringBuilder out = new StringBuilder();
    for (byte b : ch.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format("%%%02X", b & 0xff));
    }
    return out.toString();
  }

  private static Arbitrary<Header> header() {
    Arbitrary<String> name =
        Arbitraries.of("X-Custom", "x-custom", "X-CUSTOM", "Content-Type", "X-Api-Key", "Accept");
    Arbitrary<String> value =
        Arbitraries.strings().withChars("abcXYZ019\"',;=/:").withChars("   \t").ofMaxLength(16);
    return Combinators.combine(name, value).as(Header::new);
  }
}
