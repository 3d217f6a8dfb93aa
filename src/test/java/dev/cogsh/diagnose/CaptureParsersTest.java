package dev.cogsh.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.sigv4.Header;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CaptureParsersTest {

  private static final Path HERE = Path.of(".");

  // The shape Chrome's "Copy as cURL (bash)" produces.
  static final String CHROME =
      "curl 'https://abc123.execute-api.us-east-1.amazonaws.com/prod/notes?x=1' \\\n"
          + "  -H 'accept: application/json' \\\n"
          + "  -H 'authorization: AWS4-HMAC-SHA256 Credential=ASIAX/20251129/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc' \\\n"
          + "  -H 'content-type: application/json; charset=UTF-8' \\\n"
          + "  -H 'x-amz-date: 20251129T153600Z' \\\n"
          + "  --data-raw $'{\"content\":\"it\\'s\"}' \\\n"
          + "  --compressed";

  @Test
  void chromeCopy_isReadAsCurlWouldSendIt() throws Exception {
    CapturedRequest r = CurlCommandParser.parse(CHROME, HERE);

    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.rawPath()).isEqualTo("/prod/notes");
    assertThat(r.rawQuery()).isEqualTo("x=1");
    assertThat(r.headers().get(0))
        .isEqualTo(new Header("Host", "abc123.execute-api.us-east-1.amazonaws.com"));
    assertThat(r.header("content-type")).contains("application/json; charset=UTF-8");
    assertThat(r.header("content-length")).contains("18");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"content\":\"it's\"}");
    assertThat(r.fingerprint()).isNull();
  }

  @Test
  void firefoxCopy_withMethodAndDataBinary() throws Exception {
    CapturedRequest r =
        CurlCommandParser.parse(
            "curl 'http://127.0.0.1:8080/prod/notes/1' -X PUT -H 'Content-Type: text/plain' --data-binary 'a\nb'",
            HERE);

    assertThat(r.method()).isEqualTo("PUT");
    assertThat(r.header("host")).contains("127.0.0.1:8080");
    assertThat(r.body()).isEqualTo("a\nb".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void severalDataOptions_areJoined_andDashDStripsNewlinesOnlyFromFiles() throws Exception {
    CapturedRequest r =
        CurlCommandParser.parse("curl -sS http://h/p -d a=1 --data 'b=2' -XPATCH", HERE);

    assertThat(r.method()).isEqualTo("PATCH");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("a=1&b=2");
    assertThat(r.header("content-type")).contains("application/x-www-form-urlencoded");
    assertThat(r.notes()).contains("curl adds Content-Type: application/x-www-form-urlencoded");
  }

  @Test
  void headAndDefaults() throws Exception {
    assertThat(CurlCommandParser.parse("curl -I https://h:443/", HERE).method()).isEqualTo("HEAD");
    assertThat(CurlCommandParser.parse("curl -I https://h:443/", HERE).header("host"))
        .contains("h");
    assertThat(CurlCommandParser.parse("curl https://h", HERE).rawPath()).isEqualTo("/");
  }

  @Test
  void badCommands_areBadInput() {
    assertThatThrownBy(() -> CurlCommandParser.parse("wget http://x", HERE))
        .isInstanceOf(CaptureException.class);
    assertThatThrownBy(() -> CurlCommandParser.parse("curl -H 'a: b'", HERE))
        .isInstanceOf(CaptureException.class)
        .hasMessageContaining("no URL");
    assertThatThrownBy(() -> CurlCommandParser.parse("curl --frobnicate x http://h", HERE))
        .isInstanceOf(CaptureException.class)
        .hasMessageContaining("--frobnicate");
  }

  @Test
  void rawHttp_withCrlfAndContentLength() throws Exception {
    byte[] raw =
        ("POST /prod/notes?a=b HTTP/1.1\r\nHost: h.example\r\nX-Folded: one\r\n two\r\n"
                + "Content-Length: 5\r\n\r\nhello+extra")
            .getBytes(StandardCharsets.UTF_8);

    CapturedRequest r = RawHttpParser.parse(raw);

    assertThat(RawHttpParser.looksLikeHttp(new String(raw, StandardCharsets.UTF_8))).isTrue();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.rawPath()).isEqualTo("/prod/notes");
    assertThat(r.rawQuery()).isEqualTo("a=b");
    assertThat(r.header("x-folded")).contains("one two");
    assertThat(r.body()).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rawHttp_absoluteFormAndLfOnly() throws Exception {
    CapturedRequest r =
        RawHttpParser.parse(
            "GET http://h:8080/x HTTP/1.1\nA: b\n\n".getBytes(StandardCharsets.UTF_8));

    assertThat(r.header("host")).contains("h:8080");
    assertThat(r.rawPath()).isEqualTo("/x");
    assertThat(r.body()).isEmpty();
  }

  @Test
  void rawHttp_withoutHost_isBadInput() {
    assertThatThrownBy(
            () -> RawHttpParser.parse("GET /x HTTP/1.1\n\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(CaptureException.class)
        .hasMessageContaining("no Host");
  }
}
