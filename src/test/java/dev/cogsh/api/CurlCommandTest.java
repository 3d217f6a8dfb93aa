package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CurlCommandTest {

  private StubServer stub;
  private ApiFixture f;

  @BeforeEach
  void start() throws Exception {
    stub = StubServer.start();
    f = new ApiFixture(stub.base().resolve("/prod"));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void curl_ofTheLastRequest_isExactlyAsSent_withAWarningComment() {
    Response r = f.api.post("/notes", Map.of("content", "it's here"));

    CurlCommand c = f.api.curl();

    String[] lines = c.command().split("\n");
    assertThat(lines[0])
        .startsWith("# contains live credentials (session token, signature): valid until ")
        .contains(r.request().signedAt().plusSeconds(300).toString());
    assertThat(lines[1]).startsWith(CurlCommand.FINGERPRINT_PREFIX);
    assertThat(lines[2]).isEqualTo("curl --http1.1 '" + stub.base() + "/prod/notes' \\");
    assertThat(lines[3]).isEqualTo("  -H 'Content-Type: application/json' \\");
    assertThat(lines[4]).matches("  -H 'X-Amz-Date: \\d{8}T\\d{6}Z' \\\\");
    assertThat(lines[5]).isEqualTo("  -H 'X-Amz-Security-Token: " + ApiFixture.TOKEN + "' \\");
    assertThat(lines[6]).isEqualTo("  -H 'Authorization: " + r.trace().authorization() + "' \\");
    assertThat(lines[7]).isEqualTo("  --data-binary '{\"content\":\"it'\\''s here\"}'");
    assertThat(c.command()).doesNotContain("Host:");
    assertThat(c.validUntil()).isEqualTo(r.request().signedAt().plusSeconds(300));
  }

  @Test
  void curl_ofABinaryBody_decodesTheExactBytes() {
    f.api.put("/files/1", new byte[] {0, 1, 2, (byte) 0xfe});

    assertThat(f.api.curl().command())
        .contains(" -X PUT ")
        .contains("  --data-binary @<(base64 -d <<< 'AAEC/g==')");
  }

  @Test
  void curl_ofAHeadOrDelete_namesTheMethod() {
    f.api.request("HEAD", "/x").send();
    assertThat(f.api.curl().command()).contains("curl --http1.1 --head '");

    f.api.delete("/x");
    assertThat(f.api.curl().command()).contains("curl --http1.1 -X DELETE '");
  }

  @Test
  void curl_ofABuilder_isFreshlySigned_andNotSent() {
    CurlCommand c = f.api.curl(f.api.request("GET", "/notes").query("q", "a b"));

    assertThat(stub.received()).isEmpty();
    assertThat(c.command()).contains("/prod/notes?q=a%20b'").doesNotContain("-X ");
  }

  @Test
  void curl_beforeAnyRequest_says_whatToDo() {
    assertThatThrownBy(() -> f.api.curl())
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("no request yet");
  }

  @Test
  void quote_escapesSingleQuotesForBash() {
    assertThat(CurlCommand.quote("a'b")).isEqualTo("'a'\\''b'");
    assertThat(CurlCommand.quote("$HOME `x` \"y\"")).isEqualTo("'$HOME `x` \"y\"'");
  }
}
