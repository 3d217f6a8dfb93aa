package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Api} puts on the wire, checked by a stub server that verifies the signature. */
class ApiRequestTest {

  record Note(String content, int stars) {}

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

  private StubServer.Received sent() throws Exception {
    StubServer.Received r = stub.last();
    assertThat(StubServer.validSignature(r, ApiFixture.SECRET, "us-east-1"))
        .as("the signature covers what was received")
        .isTrue();
    return r;
  }

  @Test
  void post_map_sendsJson_withContentTypeExactlyOnce_andNoCharset() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("content", "hello");
    body.put("n", 1);

    Response r = f.api.post("/notes", body);

    StubServer.Received got = sent();
    assertThat(r.status()).isEqualTo(200);
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.rawPath()).isEqualTo("/prod/notes");
    assertThat(got.text()).isEqualTo("{\"content\":\"hello\",\"n\":1}");
    assertThat(got.all("content-type")).containsExactly("application/json");
    assertThat(got.all("x-amz-security-token")).containsExactly(ApiFixture.TOKEN);
    assertThat(r.trace().signedHeaders())
        .containsExactly("content-type", "host", "x-amz-date", "x-amz-security-token");
  }

  @Test
  void everyVerb_withJsonTextAndBinaryBodies_isSignedAsSent() throws Exception {
    byte[] binary = {0, 1, 2, (byte) 0xff, 10, 13};
    List<Object> bodies = List.of(new Note("hi", 3), "plain text é", binary);
    for (String verb : List.of("POST", "PUT", "PATCH", "DELETE")) {
      for (Object body : bodies) {
        f.api.request(verb, "/echo/x").body(body).send();
        StubServer.Received got = sent();
        assertThat(got.method()).isEqualTo(verb);
        byte[] expected =
            body instanceof byte[] b
                ? b
                : body instanceof String s
                    ? s.getBytes(StandardCharsets.UTF_8)
                    : new ObjectMapper().writeValueAsBytes(body);
        assertThat(got.body()).isEqualTo(expected);
      }
    }
    f.api.get("/echo/x");
    assertThat(sent().method()).isEqualTo("GET");
    assertThat(stub.last().body()).isEmpty();
  }

  @Test
  void bodies_getTheirContentType_unlessOneIsGiven() throws Exception {
    f.api.post("/x", "text");
    assertThat(sent().all("content-type")).containsExactly("text/plain; charset=UTF-8");

    f.api.post("/x", new byte[] {1});
    assertThat(sent().all("content-type")).containsExactly("application/octet-stream");

    f.api.request("POST", "/x").header("content-type", "application/xml").body("<a/>").send();
    assertThat(sent().all("content-type")).containsExactly("application/xml");

    f.api.request("POST", "/x").json("{\"raw\":true}").send();
    assertThat(sent().all("content-type")).containsExactly("application/json");
    assertThat(stub.last().text()).isEqualTo("{\"raw\":true}");
  }

  @Test
  void contentTypeGivenTwice_isRefused() {
    assertThatThrownBy(
            () ->
                f.api
                    .request("POST", "/x")
                    .addHeader("Content-Type", "a/b")
                    .addHeader("content-type", "c/d")
                    .body("x")
                    .send())
        .isInstanceOf(ApiException.class)
        .hasMessage("Content-Type is given twice");
  }

  @Test
  void pathBody_sendsTheFileBytes(@TempDir Path dir) throws Exception {
    Path file =
        Files.write(
            dir.resolve("note.json"), "{\"from\":\"file\"}".getBytes(StandardCharsets.UTF_8));

    f.api.put("/notes/1", file);

    StubServer.Received got = sent();
    assertThat(got.text()).isEqualTo("{\"from\":\"file\"}");
    assertThat(got.all("content-type")).containsExactly("application/json");
  }

  @Test
  void reservedAndNonAsciiCharacters_goOutEncodedOnce_andTheSignatureHolds() throws Exception {
    f.api.request("GET", "/echo/a b/é:@,*").query("q", "x y/é&=+").query("n", List.of(1, 2)).send();

    StubServer.Received got = sent();
    assertThat(got.rawPath()).isEqualTo("/prod/echo/a%20b/%C3%A9%3A%40%2C%2A");
    assertThat(got.rawQuery()).isEqualTo("q=x%20y%2F%C3%A9%26%3D%2B&n=1&n=2");
  }

  @Test
  void headers_areSentAsGiven_andTheSessionTokenOnce() throws Exception {
    f.api
        .request("GET", "/x")
        .header("X-Api-Key", "k1")
        .addHeader("X-Multi", "a")
        .addHeader("X-Multi", "b")
        .header("X-Amz-Security-Token", "stale")
        .send();

    StubServer.Received got = sent();
    assertThat(got.all("x-api-key")).containsExactly("k1");
    assertThat(got.all("x-multi")).containsExactly("a", "b");
    assertThat(got.all("x-amz-security-token")).containsExactly(ApiFixture.TOKEN);
    assertThat(f.api.last().notes()).anyMatch(n -> n.contains("written by the signer"));
  }

  @Test
  void hostHeader_cannotBeSet_andContentLengthIsLeftToTheClient() throws Exception {
    assertThatThrownBy(() -> f.api.request("GET", "/x").header("Host", "evil").send())
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("Host header cannot be set");

    f.api.request("POST", "/x").header("Content-Length", "999").body("abc").send();

    assertThat(sent().all("content-length")).containsExactly("3");
  }

  @Test
  void freeze_isImmutable_andSignLeavesItUnchanged() {
    RequestBuilder b = f.api.request("POST", "/notes").body(Map.of("a", 1));
    FrozenRequest frozen = b.freeze();

    SignedRequest signed = b.sign();

    assertThat(signed.frozen().uri()).isEqualTo(frozen.uri());
    assertThat(signed.frozen().body()).isEqualTo(frozen.body());
    assertThat(signed.headers()).containsAll(frozen.headers());
    assertThat(signed.changedAfterSigning()).isFalse();
    assertThat(signed.withHeader("X-New", "1").changedAfterSigning()).isTrue();
    assertThat(frozen.body()).isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void absoluteUrl_onAnotherHost_isSignedForTheRegionGiven() throws Exception {
    f.api.request("GET", stub.base() + "/other/path").region("eu-west-1").send();

    StubServer.Received got = stub.last();
    assertThat(got.rawPath()).isEqualTo("/other/path");
    assertThat(StubServer.validSignature(got, ApiFixture.SECRET, "eu-west-1")).isTrue();
    assertThat(got.header("authorization")).contains("/eu-west-1/execute-api/aws4_request");
  }

  @Test
  void http2Option_isAccepted_overPlainHttp() throws Exception {
    f.api.options(f.api.options().withHttp2(true));

    assertThat(f.api.get("/x").status()).isEqualTo(200);
    assertThat(sent().rawPath()).isEqualTo("/prod/x");
  }

  @Test
  void errorStatus_isReturned_orThrownWhenAsked() {
    stub.reply(404, "{\"message\":\"not found\"}", "Content-Type", "application/json");
    Response r = f.api.get("/missing");
    assertThat(r.status()).isEqualTo(404);

    assertThatThrownBy(r::orThrow)
        .isInstanceOf(ApiException.class)
        .hasMessage("404 Not Found  GET /prod/missing: not found");

    stub.reply(403, "{\"message\":\"Missing Authentication Token\"}");
    f.api.throwOnError(true);
    assertThatThrownBy(() -> f.api.get("/nope"))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).hint()).contains("unknown path"))
        .satisfies(e -> assertThat(((ApiException) e).response().status()).isEqualTo(403));
  }

  @Test
  void responseAccessors_readTheBody() {
    stub.reply(
        201, "{\"content\":\"hi\",\"stars\":5}", "Content-Type", "application/json", "X-Id", "7");

    Response r = f.api.post("/notes", new Note("hi", 5));

    assertThat(r.ok()).isTrue();
    assertThat(r.statusLine()).isEqualTo("201 Created");
    assertThat(r.header("x-id")).isEqualTo("7");
    assertThat(r.json().path("stars").asInt()).isEqualTo(5);
    assertThat(r.as(Note.class)).isEqualTo(new Note("hi", 5));
    assertThat(r.elapsed()).isPositive();
    assertThat(r.request().method()).isEqualTo("POST");
    assertThat(f.api.last()).isSameAs(r);
  }
}
