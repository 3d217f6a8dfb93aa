package dev.cogsh.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerExpectationTest {

  // From anchors.md §4.1 (postmanlabs/postman-app-support#1663, execute-api), verbatim.
  static final String POSTMAN_1663 =
      "{\"message\":\"The request signature we calculated does not match the signature you"
          + " provided. Check your AWS Secret Access Key and signing method. Consult the service"
          + " documentation for details.\\n\\nThe Canonical String for this request should have"
          + " been\\n'POST\\n/int/users\\n\\ncontent-length:66\\ncontent-type:application/json\\nhost:….execute-api.us-east-1.amazonaws.com\\nx-amz-date:20160804T201218Z\\nx-api-key:…\\n\\ncontent-length;content-type;host;x-amz-date;x-api-key\\n1170…b0700'\\n\\nThe"
          + " String-to-Sign should have been\\n'AWS4-HMAC-SHA256\\n20160804T201218Z\\n20160804/us-east-1/execute-api/aws4_request\\n20cf…b68c'\\n\"}";

  static final String PLAIN =
      "The request signature we calculated does not match the signature you provided.\n\n"
          + "The Canonical String for this request should have been\n"
          + "'GET\n/dev/mypath%252Fnext\na=1\nhost:abc.execute-api.us-east-1.amazonaws.com\n"
          + "x-amz-date:20240101T000000Z\n\nhost;x-amz-date\n"
          + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'\n\n"
          + "The String-to-Sign should have been\n"
          + "'AWS4-HMAC-SHA256\n20240101T000000Z\n20240101/us-east-1/execute-api/aws4_request\n"
          + "0123abcd'\n";

  @Test
  void parse_escapedJsonMessage_extractsBothBlocks() {
    ServerExpectation e = ServerExpectation.parse(POSTMAN_1663).orElseThrow();

    assertThat(e.message()).startsWith("The request signature we calculated does not match");
    assertThat(e.canonicalRequest())
        .startsWith("POST\n/int/users\n\ncontent-length:66\n")
        .endsWith("\n1170…b0700");
    assertThat(e.stringToSignLines())
        .containsExactly(
            "AWS4-HMAC-SHA256",
            "20160804T201218Z",
            "20160804/us-east-1/execute-api/aws4_request",
            "20cf…b68c");
  }

  @Test
  void canonical_ofPostmanBody_splitsIntoLabelledParts() {
    CanonicalRequest c = ServerExpectation.parse(POSTMAN_1663).orElseThrow().canonical();

    assertThat(c.method()).isEqualTo("POST");
    assertThat(c.canonicalUri()).isEqualTo("/int/users");
    assertThat(c.canonicalQuery()).isEmpty();
    assertThat(c.canonicalHeaders())
        .extracting(Header::name)
        .containsExactly("content-length", "content-type", "host", "x-amz-date", "x-api-key");
    assertThat(c.canonicalHeaders().get(1).value()).isEqualTo("application/json");
    assertThat(c.signedHeaders())
        .containsExactly("content-length", "content-type", "host", "x-amz-date", "x-api-key");
    assertThat(c.payloadHash()).isEqualTo("1170…b0700");
  }

  @Test
  void parse_plainMultiLineText_keepsTheDoubleEncodedPath() {
    ServerExpectation e = ServerExpectation.parse(PLAIN).orElseThrow();

    assertThat(e.canonical().canonicalUri()).isEqualTo("/dev/mypath%252Fnext");
    assertThat(e.canonical().canonicalQuery()).isEqualTo("a=1");
    assertThat(e.stringToSignLines()).hasSize(4);
  }

  @Test
  void parse_jsonCutOffAtTheEnd_isStillRead() {
    String cut = POSTMAN_1663.substring(0, POSTMAN_1663.length() - "\\n\"}".length());

    ServerExpectation e = ServerExpectation.parse(cut).orElseThrow();

    assertThat(e.canonical().method()).isEqualTo("POST");
    assertThat(e.stringToSignLines()).hasSize(4).endsWith("20cf…b68c");
  }

  @Test
  void parse_messageInAnotherField_isFound() {
    String body = "{\"error\":" + quoted(PLAIN) + ",\"code\":403}";

    assertThat(ServerExpectation.parse(body).orElseThrow().canonical().method()).isEqualTo("GET");
  }

  @Test
  void parse_textWithEscapesStillIn_isUnescaped() {
    String logged = PLAIN.replace("\n", "\\n");

    ServerExpectation e = ServerExpectation.parse("403 Forbidden: " + logged).orElseThrow();

    assertThat(e.canonical().signedHeaders()).containsExactly("host", "x-amz-date");
  }

  @Test
  void parse_crlfLineEnds_areNormalized() {
    ServerExpectation e = ServerExpectation.parse(PLAIN.replace("\n", "\r\n")).orElseThrow();

    assertThat(e.canonicalRequest()).doesNotContain("\r");
    assertThat(e.canonical().payloadHash()).hasSize(64);
  }

  @Test
  void parse_headerValueWithQuote_keepsIt() {
    String body = PLAIN.replace("host:abc", "host:abc").replace("a=1\n", "a=1\nx-note:it's\n");

    assertThat(ServerExpectation.parse(body).orElseThrow().canonical().canonicalHeaders())
        .contains(new Header("x-note", "it's"));
  }

  @Test
  void parse_otherBodies_areEmpty() {
    assertThat(ServerExpectation.parse("{\"message\":\"Missing Authentication Token\"}")).isEmpty();
    assertThat(ServerExpectation.parse("")).isEmpty();
    assertThat(ServerExpectation.parse(null)).isEmpty();
  }

  @Test
  void parse_withoutStringToSign_keepsTheCanonicalRequest() {
    String body = PLAIN.substring(0, PLAIN.indexOf("\n\nThe String-to-Sign"));

    ServerExpectation e = ServerExpectation.parse(body).orElseThrow();

    assertThat(e.stringToSign()).isNull();
    assertThat(e.stringToSignLines()).isEmpty();
    assertThat(e.canonical().canonicalUri()).isEqualTo("/dev/mypath%252Fnext");
  }

  @Test
  void toString_masksTheSessionToken() {
    String token = "IQoJb3JpZ2luX2VjEXAMPLETOKENVALUE0123456789";
    String body =
        PLAIN.replace("x-amz-date:2024", "x-amz-security-token:" + token + "\nx-amz-date:2024");

    String shown = ServerExpectation.parse(body).orElseThrow().toString();

    assertThat(shown).doesNotContain(token).contains("x-amz-security-token:IQo…(");
  }

  @Test
  void parseCanonical_ofOwnText_roundTrips() {
    CanonicalRequest c =
        new CanonicalRequest(
            "PUT",
            "/a%2520b",
            "x=1&y=",
            List.of(new Header("host", "h"), new Header("x-empty", "")),
            List.of("host", "x-empty"),
            "abc");

    assertThat(ServerExpectation.parseCanonical(c.text())).isEqualTo(c);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
