package dev.cogsh.api;

import static java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Api} against the sandbox's API Gateway emulation: real HTTP, real SigV4 verification. */
class ApiSandboxTest {

  record Note(String content) {}

  static SandboxFixture sandbox;
  static Api api;

  @BeforeAll
  static void start() throws Exception {
    sandbox = new SandboxFixture();
    api = sandbox.api();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static String decode(String wire) {
    return URLDecoder.decode(wire.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
  void everyVerb_withAJsonBody_isAccepted_andEchoedAsSent(String verb) {
    Response r = api.request(verb, "/echo/verbs").body(Map.of("verb", verb)).send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode echo = r.json();
    assertThat(echo.path("method").asText()).isEqualTo(verb);
    assertThat(echo.path("body").asText()).isEqualTo("{\"verb\":\"" + verb + "\"}");
    assertThat(echo.path("authenticated").asBoolean()).isTrue();
    assertThat(echo.path("identityId").asText()).isEqualTo(sandbox.identityId);
    assertThat(echo.path("canonicalRequest").asText()).isEqualTo(r.trace().canonicalRequestText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void everyVerb_withTextAndBinaryBodies_isAccepted(String verb) {
    Response text = api.request(verb, "/echo/text").body("héllo, wörld\n").send();
    assertThat(text.status()).as(text.toString()).isEqualTo(200);
    assertThat(text.json().path("body").asText()).isEqualTo("héllo, wörld\n");
    assertThat(headerOf(text.json(), "content-type")).isEqualTo("text/plain; charset=UTF-8");

    byte[] bytes = {0, (byte) 0xff, (byte) 0xfe, 1, 2, 3, 13, 10};
    Response binary = api.request(verb, "/echo/bin").body(bytes).send();
    assertThat(binary.status()).as(binary.toString()).isEqualTo(200);
    assertThat(Base64.getDecoder().decode(binary.json().path("bodyBase64").asText()))
        .isEqualTo(bytes);
    assertThat(headerOf(binary.json(), "content-type")).isEqualTo("application/octet-stream");
  }

  @Test
  void notesApi_createReadUpdateDelete_withRecordsAndMaps() {
    Response created = api.post("/notes", new Note("hello"));
    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    String id = created.json().path("noteId").asText();

    assertThat(api.get("/notes/" + id).json().path("content").asText()).isEqualTo("hello");
    assertThat(api.put("/notes/" + id, Map.of("content", "changed")).status()).isEqualTo(200);
    assertThat(api.get("/notes/" + id).json().path("content").asText()).isEqualTo("changed");
    assertThat(api.get("/notes").json().toString()).contains(id);
    assertThat(api.delete("/notes/" + id).status()).isEqualTo(200);
    assertThat(api.get("/notes/" + id).status()).isEqualTo(404);
  }

  @Test
  void anXAmzDateEditedAfterSigning_isNamed_notBlamedOnThisClock() {
    SignedRequest signed = api.request("GET", "/notes").sign();
    // The same day as the credential scope (else the scope's date is what the server rejects),
    // hours away from the signing time.
    String day = signed.trace().amzDate().substring(0, 8);
    boolean earlyInTheDay = signed.trace().amzDate().compareTo(day + "T010000Z") < 0;
    String edited = day + (earlyInTheDay ? "T235959Z" : "T000000Z");

    Response r = api.send(signed.withHeader("X-Amz-Date", edited));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.diagnosis().summary())
        .isEqualTo(
            "X-Amz-Date was changed after signing (signed "
                + signed.trace().amzDate()
                + ", sent "
                + edited
                + "): the server judged the edited date, not this clock — type /diff");
    assertThat(r.toString()).doesNotContain("this clock is");
  }

  @Test
  void anXAmzDateEditedToAnotherDay_isNamed_asTheEditThatBrokeTheScope() {
    SignedRequest signed = api.request("GET", "/notes").sign();
    // The edit: the day before the signing day, so the scope's date no longer matches.
    String day =
        LocalDate.parse(signed.trace().amzDate().substring(0, 8), BASIC_ISO_DATE)
            .minusDays(1)
            .format(BASIC_ISO_DATE);
    String edited = day + "T000000Z";

    Response r = api.send(signed.withHeader("X-Amz-Date", edited));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.diagnosis().summary())
        .isEqualTo(
            "credential scope: X-Amz-Date was changed after signing (signed "
                + signed.trace().amzDate()
                + ", sent "
                + edited
                + "), so its day is not the scope's — type /diff");
  }

  @Test
  void as_ignoresFieldsTheTypeDoesNotDeclare_andAsStrictRefusesThem() {
    Response created = api.post("/notes", new Note("mapped"));
    assertThat(created.json().has("noteId")).as(created.toString()).isTrue();

    assertThat(created.as(Note.class)).isEqualTo(new Note("mapped"));
    assertThatThrownBy(() -> created.asStrict(Note.class))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("does not bind to Note")
        .hasMessageContaining("Unrecognized field");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a b",
        "é",
        "日本語",
        "😀",
        "a:b@c",
        "x,y;z=1",
        "*!()'",
        "$&+",
        "100%",
        "tilde~dash-_.",
        "‘smart’"
      })
  void reservedAndNonAsciiCharacters_roundTripInPathAndQuery(String text) {
    Response r =
        api.request("GET", "/echo/" + text + "/end").query("v", text).query(text, "k").send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode echo = r.json();
    String path = echo.path("path").asText();
    assertThat(path).isEqualTo(r.request().uri().getRawPath());
    assertThat(decode(path)).isEqualTo("/prod/echo/" + text + "/end");
    String[] params = echo.path("query").asText().split("&");
    assertThat(decode(params[0])).isEqualTo("v=" + text);
    assertThat(decode(params[1])).isEqualTo(text + "=k");
    assertThat(r.notes()).noneMatch(n -> n.startsWith("warning"));
  }

  @Test
  void preEncodedInput_isSentOnce_warnedAbout_andAccepted() {
    Response r = api.get("/echo/a%2Fb");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().path("path").asText()).isEqualTo("/prod/echo/a%2Fb");
    assertThat(r.notes()).anyMatch(n -> n.contains("looks percent-encoded already"));
  }

  @Test
  void unknownRoute_isDiagnosedAsMissingAuthenticationToken() {
    Response r = api.get("/nowhere");

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.diagnosis().kind()).isEqualTo(Finding.Kind.NO_ROUTE);
    assertThat(r.toString()).contains("unknown path, method or stage");
  }

  @Test
  void http2Offered_overPlainHttp_stillWorks() {
    Response r = api.request("GET", "/echo/h2").http2(true).send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private static String headerOf(JsonNode echo, String name) {
    for (JsonNode h : echo.path("headers")) {
      if (h.get(0).asText().equalsIgnoreCase(name)) {
        return h.get(1).asText();
      }
    }
    return null;
  }

  @Test
  void echoedHeaders_showOneSecurityTokenAndOneContentType() {
    Response r = api.post("/echo/once", List.of(1, 2));

    long tokens = count(r.json(), "x-amz-security-token");
    long types = count(r.json(), "content-type");
    assertThat(tokens).isEqualTo(1);
    assertThat(types).isEqualTo(1);
    assertThat(headerOf(r.json(), "content-type")).isEqualTo("application/json");
  }

  private static long count(JsonNode echo, String name) {
    long n = 0;
    for (JsonNode h : echo.path("headers")) {
      n += h.get(0).asText().equalsIgnoreCase(name) ? 1 : 0;
    }
    return n;
  }
}
