package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The aws-c-auth SigV4 suite ({@code src/test/resources/testdata/sigv4/aws-c-auth-v4}): every case,
 * header and query (presigned) variant; canonical request, string to sign and signature byte for
 * byte, the signed request as the harness compares it, and the canonical request a verifier
 * recomputes from the signed request. Nothing is skipped; see {@link #ADAPTED} for the one mapping.
 */
class AwsCAuthSuiteTest {

  static final Path SUITE = TestData.path("sigv4/aws-c-auth-v4");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Cases whose request target holds a raw space, which a {@link URI} cannot hold. The harness
   * treats the target as the already-encoded wire path and encodes it once more, giving {@code
   * /example%20space/}. On the wire the space is {@code %20}; the signer then runs with {@code
   * doubleEncodePath=false} (decode each segment, encode it once), which is the same computation.
   * The verifier check still uses the literal target with double encoding.
   */
  static final Map<String, String> ADAPTED =
      Map.of(
          "get-space-normalized", "raw space in the request target; wire URL carries %20",
          "get-space-unnormalized", "raw space in the request target; wire URL carries %20");

  @Test
  void suite_hasEveryCaseOfTheReadme() throws IOException {
    assertThat(caseNames()).hasSize(38);
    assertThat(caseNames()).containsAll(ADAPTED.keySet());
  }

  @Test
  void adaptedCases_areExactlyThoseWithARawSpaceInTheTarget() throws IOException {
    List<String> withSpace = new ArrayList<>();
    for (String name : caseNames()) {
      if (SuiteRequest.parse(read(name, "request.txt")).targetNeedsEscaping()) {
        withSpace.add(name);
      }
    }
    assertThat(withSpace).containsExactlyInAnyOrderElementsOf(ADAPTED.keySet());
  }

  @TestFactory
  Stream<DynamicNode> everyCase_headerAndQueryVariants() throws IOException {
    return caseNames().stream()
        .map(
            name ->
                dynamicContainer(
                    name, Stream.of(variant(name, Placement.HEADER), variant(name, "query"))));
  }

  private static DynamicNode variant(String name, Object placement) {
    boolean header = placement == Placement.HEADER;
    String prefix = header ? "header-" : "query-";
    Case c = Case.load(name, header ? Placement.HEADER : Placement.QUERY);
    return dynamicContainer(
        header ? "header" : "query",
        Stream.of(
            dynamicTest(
                "canonical request",
                () ->
                    assertThat(c.trace().canonicalRequestText())
                        .isEqualTo(read(name, prefix + "canonical-request.txt"))),
            dynamicTest(
                "string to sign",
                () ->
                    assertThat(c.trace().stringToSign())
                        .isEqualTo(read(name, prefix + "string-to-sign.txt"))),
            dynamicTest(
                "signature",
                () ->
                    assertThat(c.trace().signature())
                        .isEqualTo(read(name, prefix + "signature.txt"))),
            dynamicTest(
                "signed request",
                () -> c.assertSignedRequest(read(name, prefix + "signed-request.txt"))),
            dynamicTest(
                "verifier recomputes the canonical request",
                () ->
                    assertThat(
                            c.verifierCanonicalRequest(read(name, prefix + "signed-request.txt")))
                        .isEqualTo(read(name, prefix + "canonical-request.txt")))));
  }

  /** One case and variant, signed. */
  record Case(String name, SuiteRequest request, SigningOptions options, SigningTrace trace) {

    static Case load(String name, Placement placement) {
      try {
        JsonNode context = JSON.readTree(read(name, "context.json"));
        JsonNode credentials = context.get("credentials");
        boolean signBody = context.get("sign_body").asBoolean();
        SigningOptions options =
            new SigningOptions(
                context.get("region").asText(),
                context.get("service").asText(),
                true,
                context.get("normalize").asBoolean(),
                false,
                placement,
                placement == Placement.QUERY
                    ? Duration.ofSeconds(context.get("expiration_in_seconds").asLong())
                    : null,
                signBody && placement == Placement.HEADER,
                !context.path("omit_session_token").asBoolean(false));
        SuiteRequest request = SuiteRequest.parse(read(name, "request.txt"));
        SigningOptions signerOptions =
            ADAPTED.containsKey(name) ? options.withDoubleEncodePath(false) : options;
        SignableRequest signable =
            new SignableRequest(
                request.method(),
                request.url(),
                request.headers(),
                signBody ? request.body() : new byte[0]);
        SigningTrace trace =
            new SigV4Signer()
                .sign(
                    signable,
                    new SigningCredentials(
                        credentials.get("access_key_id").asText(),
                        credentials.get("secret_access_key").asText(),
                        credentials.path("token").asText(null)),
                    signerOptions,
                    Instant.parse(context.get("timestamp").asText()));
        return new Case(name, request, options, trace);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** As the harness compares: method and path exactly, headers as a multiset, query as a set. */
    void assertSignedRequest(String expectedText) {
      SuiteRequest expected = SuiteRequest.parse(expectedText);
      assertThat(request.method()).isEqualTo(expected.method());
      assertThat(trace.url().getPath()).isEqualTo(expected.rawPath());
      assertThat(SuiteRequest.headerMultiset(trace.headersToSend(), false))
          .isEqualTo(SuiteRequest.headerMultiset(expected.headers(), false));
      assertThat(queryParameters(trace.url().getRawQuery()))
          .containsExactlyInAnyOrderElementsOf(queryParameters(expected.rawQuery()));
      assertThat(new String(expected.body(), StandardCharsets.UTF_8))
          .isEqualTo(new String(request.body(), StandardCharsets.UTF_8));
    }

    /** What a server computes from the signed request, with the literal target. */
    String verifierCanonicalRequest(String signedRequestText) {
      SuiteRequest received = SuiteRequest.parse(signedRequestText);
      List<String> signed = trace.signedHeaders();
      String payloadHash = Signatures.sha256Hex(received.body());
      return CanonicalRequest.of(
              received.method(),
              received.rawPath(),
              received.rawQuery(),
              received.headers(),
              signed,
              payloadHash,
              options)
          .text();
    }
  }

  static List<String> queryParameters(String rawQuery) {
    return rawQuery == null || rawQuery.isEmpty() ? List.of() : Arrays.asList(rawQuery.split("&"));
  }

  static List<String> caseNames() throws IOException {
    try (Stream<Path> dirs = Files.list(SUITE)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static String read(String name, String file) {
    try {
      return Files.readString(SUITE.resolve(name).resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
