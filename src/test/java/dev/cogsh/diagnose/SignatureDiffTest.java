package dev.cogsh.diagnose;

import static dev.cogsh.diagnose.GatewayFixture.received;
import static dev.cogsh.diagnose.GatewayFixture.sent;
import static dev.cogsh.diagnose.GatewayFixture.sign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.diagnose.GatewayFixture.Wire;
import dev.cogsh.diagnose.SignatureDiff.Cause;
import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SigningTrace;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureDiffTest {

  private static final List<Header> JSON = List.of(new Header("Content-Type", "application/json"));

  private static SignatureDiff diff(SigningTrace trace, Wire wire) {
    return SignatureDiff.compare(trace, received(trace, wire));
  }

  @Test
  void pathSignedOnce_isPathEncoding_onceExpectedTwice() {
    SigningTrace t =
        sign("GET", "/prod/a%20b", List.of(), "", GatewayFixture.API.withDoubleEncodePath(false));

    SignatureDiff d = diff(t, sent(t, "GET", ""));

    assertThat(d.cause()).isEqualTo(Cause.PATH_ENCODING);
    assertThat(d.headline())
        .isEqualTo("the server's canonical URI differs (path encoded once, expected twice)");
    assertThat(d.firstDifference().orElseThrow().label()).isEqualTo("canonical URI");
  }

  @Test
  void pathEncodedAgainAfterSigning_isPathEncoding() {
    SigningTrace t = sign("GET", "/prod/a%20b", List.of(), "");

    SignatureDiff d = diff(t, sent(t, "GET", "").withUrl("/prod/a%2520b"));

    assertThat(d.cause()).isEqualTo(Cause.PATH_ENCODING);
    assertThat(d.headline()).contains("path encoded twice, expected 3 times");
  }

  @Test
  void pathDecodedAfterSigning_isPathEncoding_theOtherWay() {
    SigningTrace t = sign("GET", "/prod/mypath%2Fnext", List.of(), "");

    SignatureDiff d = diff(t, sent(t, "GET", "").withUrl("/prod/mypath/next"));

    assertThat(d.cause()).isEqualTo(Cause.PATH_ENCODING);
    assertThat(d.headline()).contains("path encoded twice, sent decoded");
    SigningTrace s = sign("GET", "/prod/a%20b", List.of(), "");
    assertThat(diff(s, sent(s, "GET", "").withUrl("/prod/a%C3%A9")).cause()).isEqualTo(Cause.PATH);
  }

  @Test
  void trailingSlashAdded_isPath() {
    SigningTrace t = sign("GET", "/prod/notes", List.of(), "");

    SignatureDiff d = diff(t, sent(t, "GET", "").withUrl("/prod/notes/"));

    assertThat(d.cause()).isEqualTo(Cause.PATH);
    assertThat(d.headline()).contains("trailing slash");
  }

  @Test
  void spaceSentAsPlus_isQueryEncoding() {
    SigningTrace t = sign("GET", "/prod/search?q=a%20b", List.of(), "");

    SignatureDiff d = diff(t, sent(t, "GET", "").withUrl("/prod/search?q=a+b"));

    assertThat(d.cause()).isEqualTo(Cause.QUERY_ENCODING);
    assertThat(d.headline()).contains("a space sent as '+'");
  }

  @Test
  void queryValueEncodedTwice_isQueryEncoding() {
    SigningTrace t = sign("GET", "/prod/search?q=x%2Fy", List.of(), "");

    SignatureDiff d = diff(t, sent(t, "GET", "").withUrl("/prod/search?q=x%252Fy"));

    assertThat(d.cause()).isEqualTo(Cause.QUERY_ENCODING);
    assertThat(d.headline()).contains("encoded twice on the wire, signed once");
  }

  @Test
  void parameterAddedAfterSigning_isQuery() {
    SigningTrace t = sign("GET", "/prod/search?q=1", List.of(), "");

    SignatureDiff d = diff(t, sent(t, "GET", "").withUrl("/prod/search?q=1&page=2"));

    assertThat(d.cause()).isEqualTo(Cause.QUERY);
    assertThat(d.detail()).contains("Only sent: page=2");
  }

  @Test
  void unsortedLocalQuery_isQueryOrder() {
    SigningTrace t = sign("GET", "/prod/search?a=1&b=2", List.of(), "");
    CanonicalRequest c = t.canonicalRequest();
    CanonicalRequest unsorted =
        new CanonicalRequest(
            c.method(),
            c.canonicalUri(),
            "b=2&a=1",
            c.canonicalHeaders(),
            c.signedHeaders(),
            c.payloadHash());

    SignatureDiff d =
        SignatureDiff.compare(unsorted, t.stringToSign(), received(t, sent(t, "GET", "")));

    assertThat(d.cause()).isEqualTo(Cause.QUERY_ORDER);
  }

  @Test
  void charsetAppendedAfterSigning_isContentType() {
    SigningTrace t = sign("POST", "/prod/notes", JSON, "{}");

    SignatureDiff d =
        diff(t, sent(t, "POST", "{}").replacing("Content-Type", "application/json; charset=UTF-8"));

    assertThat(d.cause()).isEqualTo(Cause.CONTENT_TYPE);
    assertThat(d.headline())
        .isEqualTo("header content-type differs ('; charset=UTF-8' appended after signing)");
  }

  @Test
  void headerChangedAfterSigning_isHeaderChanged() {
    SigningTrace t = sign("GET", "/prod/notes", List.of(new Header("X-Trace", "abc")), "");

    SignatureDiff d = diff(t, sent(t, "GET", "").replacing("X-Trace", "abd"));

    assertThat(d.cause()).isEqualTo(Cause.HEADER_CHANGED);
    assertThat(d.headline()).isEqualTo("header x-trace differs (changed after signing)");
  }

  @Test
  void sessionTokenSentTwice_isHeaderAdded_andTheTextMasksIt() {
    SigningTrace t = sign("GET", "/prod/notes", List.of(), "");

    SignatureDiff d =
        diff(
            t,
            sent(t, "GET", "")
                .withHeaders(
                    hs -> {
                      hs.add(new Header("X-Amz-Security-Token", GatewayFixture.TOKEN));
                      return hs;
                    }));

    assertThat(d.cause()).isEqualTo(Cause.HEADER_ADDED);
    assertThat(d.headline()).contains("sent twice");
    assertThat(d.text()).doesNotContain(GatewayFixture.TOKEN).contains("IQo…(");
    assertThat(d.detail()).doesNotContain(GatewayFixture.TOKEN);
    assertThat(d.lines().toString()).doesNotContain(GatewayFixture.TOKEN);
  }

  @Test
  void signedHeaderDropped_isHeaderMissing() {
    SigningTrace t = sign("GET", "/prod/notes", List.of(new Header("X-Api-Key", "k")), "");

    SignatureDiff d =
        diff(
            t,
            sent(t, "GET", "")
                .withHeaders(
                    hs -> {
                      hs.removeIf(h -> h.name().equals("X-Api-Key"));
                      return hs;
                    }));

    assertThat(d.cause()).isEqualTo(Cause.HEADER_MISSING);
  }

  @Test
  void bodyChangedAfterSigning_isPayload() {
    SigningTrace t = sign("POST", "/prod/notes", JSON, "{\"a\":1}");

    SignatureDiff d = diff(t, sent(t, "POST", "{\"a\":1}").withBody("{\"a\": 1}"));

    assertThat(d.cause()).isEqualTo(Cause.PAYLOAD);
    assertThat(d.headline()).contains("the body sent is not the body signed");
    assertThat(diff(t, sent(t, "POST", "").withBody("")).headline()).contains("received no body");
  }

  @Test
  void dateChangedAfterSigning_isDate() {
    SigningTrace t = sign("GET", "/prod/notes", List.of(), "");

    SignatureDiff d = diff(t, sent(t, "GET", "").replacing("X-Amz-Date", "20251129T153601Z"));

    assertThat(d.cause()).isEqualTo(Cause.DATE);
    assertThat(d.firstDifference().orElseThrow().label()).isEqualTo("header x-amz-date");
  }

  @Test
  void methodChanged_isMethod() {
    SigningTrace t = sign("POST", "/prod/notes", List.of(), "");

    assertThat(diff(t, sent(t, "POST", "").withMethod("GET")).cause()).isEqualTo(Cause.METHOD);
  }

  @Test
  void sameCanonicalRequest_isSignatureOnly() {
    SigningTrace t = sign("GET", "/prod/notes", List.of(), "");

    SignatureDiff d = diff(t, sent(t, "GET", ""));

    assertThat(d.cause()).isEqualTo(Cause.SIGNATURE_ONLY);
    assertThat(d.firstDifference()).isEmpty();
    assertThat(d.headline()).contains("wrong secret key");
  }

  @Test
  void otherRegionOrServiceInTheScope_isNamed() {
    SigningTrace t = sign("GET", "/prod/notes", List.of(), "");
    String canonical = t.canonicalRequestText();
    String[] sts = t.stringToSign().split("\n");

    ServerExpectation region =
        ServerExpectation.parse(
                GatewayFixture.body(
                    canonical,
                    sts[0]
                        + "\n"
                        + sts[1]
                        + "\n20251129/eu-west-1/execute-api/aws4_request\n"
                        + sts[3]))
            .orElseThrow();
    ServerExpectation service =
        ServerExpectation.parse(
                GatewayFixture.body(
                    canonical,
                    sts[0]
                        + "\n"
                        + sts[1]
                        + "\n20251129/us-east-1/apigateway/aws4_request\n"
                        + sts[3]))
            .orElseThrow();

    assertThat(SignatureDiff.compare(t, region).cause()).isEqualTo(Cause.REGION);
    assertThat(SignatureDiff.compare(t, region).headline())
        .contains("region us-east-1 signed, eu-west-1 expected");
    assertThat(SignatureDiff.compare(t, service).cause()).isEqualTo(Cause.SERVICE);
  }

  @Test
  void text_labelsEveryLine_andMarksTheFirstDifference() {
    SigningTrace t = sign("POST", "/prod/notes", JSON, "{}");

    String text = diff(t, sent(t, "POST", "{}").replacing("Content-Type", "text/plain")).text();

    assertThat(text)
        .startsWith("Signature mismatch: header content-type differs (changed after signing)\n")
        .contains("Likely cause: a content-type difference.")
        .contains("  method                       = POST")
        .contains("  canonical query              = (empty)")
        .contains("≠ header content-type          local  application/json   ← first difference")
        .contains("                               server text/plain")
        .contains("String to sign")
        .contains("(follows from the canonical request)")
        .doesNotContain(GatewayFixture.TOKEN);
  }
}
