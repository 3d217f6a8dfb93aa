package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponseTextTest {

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
  void json_isPrettyPrinted_underTheStatusLine() {
    stub.reply(200, "{\"noteId\":\"n1\",\"tags\":[\"a\"]}", "Content-Type", "application/json");

    String shown = f.api.post("/notes", Map.of("content", "hello")).toString();

    assertThat(shown)
        .matches("(?s)200 OK  POST /prod/notes  \\(\\d+ ms\\)\n.*")
        .contains("{\n  \"noteId\": \"n1\",\n  \"tags\": [\n    \"a\"\n  ]\n}\n");
  }

  @Test
  void longBodies_areTruncated_withANote() {
    f.api.options(f.api.options().withDisplayChars(200));
    stub.reply(200, "line\n".repeat(100), "Content-Type", "text/plain");

    String shown = f.api.get("/log").toString();

    assertThat(shown)
        .contains("… (truncated: 199 of 499 characters shown; text() or json() has it all)");
    assertThat(f.api.last().text()).hasSize(500);
  }

  @Test
  void text_isShownAsText_andBinaryIsSummarized() {
    stub.reply(200, "just text", "Content-Type", "text/plain");
    assertThat(f.api.get("/t").toString()).endsWith(")\njust text\n");

    stub.replyWith(
        r ->
            new StubServer.Reply(
                200,
                Map.of("Content-Type", "image/png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
    assertThat(f.api.get("/img").toString())
        .contains("(binary body: 6 bytes, image/png — use bytes())");
  }

  @Test
  void errors_showTheDiagnosisLine() {
    stub.reply(
        403,
        "{\"message\":\"Missing Authentication Token\"}",
        "x-amzn-ErrorType",
        "MissingAuthenticationTokenException");

    String shown = f.api.get("/nope").toString();

    assertThat(shown)
        .startsWith("403 Forbidden  GET /prod/nope  (")
        .contains("\"message\": \"Missing Authentication Token\"")
        .endsWith(
            "Missing Authentication Token: API Gateway's answer for an unknown path, method or stage — check /prod/nope\n");
  }

  @Test
  void warningsAndRetries_areNotes() {
    stub.reply(503, "{}");

    String shown = f.api.get("/files/a%2Fb").toString();

    assertThat(shown)
        .contains("(", "attempt 2)")
        .contains("\nwarning: path segment 'a%2Fb' looks percent-encoded already")
        .contains("\nnote: attempt 1 got 503 Service Unavailable: retried after");
  }

  @Test
  void sessionTokensInTheBody_areMasked() {
    stub.reply(
        200,
        "{\"echo\":\"x-amz-security-token:" + ApiFixture.TOKEN + "\"}",
        "Content-Type",
        "application/json");

    assertThat(f.api.get("/echo").toString()).doesNotContain(ApiFixture.TOKEN).contains("IQo…(");
  }
}
