package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.diagnose.Diagnosis;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code api.graphql(..)} against the sandbox's AppSync endpoint over loopback: signed for {@code
 * appsync}, answers as data, and GraphQL errors (also in a 200 answer) as errors.
 */
class GraphQlSandboxTest {

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

  @Test
  void createNote_thenNotes_answersTheNoteAsData() {
    GraphQlResponse created =
        api.graphql(
            "mutation Create($content: String!) { createNote(content: $content) { id content } }",
            Map.of("content", "from graphql"));
    assertThat(created.ok()).as(created.toString()).isTrue();
    String id = created.data().path("createNote").path("id").asText();
    assertThat(id).isNotBlank();
    assertThat(created.data().path("createNote").path("content").asText())
        .isEqualTo("from graphql");

    GraphQlResponse notes = api.graphql("{ notes { id content } }");

    assertThat(notes.ok()).as(notes.toString()).isTrue();
    assertThat(notes.status()).isEqualTo(200);
    assertThat(notes.errors()).isEmpty();
    assertThat(notes.data().path("notes").findValuesAsText("id")).contains(id);
    assertThat(notes.response().trace().scope().service()).isEqualTo("appsync");
    // the same notes as the REST API's
    assertThat(api.get("/notes/" + id).json().path("content").asText()).isEqualTo("from graphql");
  }

  @Test
  void aQueryNamed_withAliasAndSingleNote_answers() {
    String id =
        api.graphql("mutation { createNote(content: \"one\") { id } }")
            .data()
            .path("createNote")
            .path("id")
            .asText();

    GraphQlResponse r =
        api.graphql("query One($id: ID!) { it: note(id: $id) { content } }", Map.of("id", id));

    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.data().path("it").path("content").asText()).isEqualTo("one");
  }

  @Test
  void anUnknownField_isAValidationError_notSuccess() {
    GraphQlResponse r = api.graphql("{ notes { id title } }");

    assertThat(r.ok()).isFalse();
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errors())
        .singleElement()
        .asString()
        .contains("FieldUndefined: Field 'title' in type 'Note' is undefined");
    assertThat(r.toString()).startsWith("GraphQL error:\n  Validation error");
    assertThatThrownBy(r::orThrow)
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("GraphQL 400 Bad Request: Validation error");
  }

  @Test
  void aSyntaxError_saysWhere() {
    GraphQlResponse r = api.graphql("{ notes { id }");

    assertThat(r.ok()).isFalse();
    assertThat(r.errors())
        .singleElement()
        .asString()
        .isEqualTo("Invalid syntax: expected '}', found the end at line 1, column 15");
  }

  @Test
  void aGuest_getsAnUnauthorizedErrorInA200Answer_shownAsAnError() {
    Api guest =
        new Api(
                sandbox.config,
                GuestCredentials.of(sandbox.config),
                new HttpTransport(),
                java.time.Clock.systemUTC())
            .diagnostician(Diagnosis::of);

    GraphQlResponse r = guest.graphql("{ notes { id } }");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.ok()).isFalse();
    assertThat(r.data().path("notes").isNull()).isTrue();
    assertThat(r.errors())
        .containsExactly("Unauthorized: Not Authorized to access notes on type Query (at notes)");
    assertThat(r.toString())
        .startsWith(
            "GraphQL error in a 200 OK answer:\n"
                + "  Unauthorized: Not Authorized to access notes on type Query (at notes)\n"
                + "200 OK  POST");
    assertThatThrownBy(r::orThrow).hasMessageContaining("Not Authorized to access notes");
  }

  @Test
  void signedForAnotherService_isRefusedInAppSyncsShape() {
    Response r =
        api.request("POST", sandbox.sandbox.endpoint() + "/graphql")
            .json(Map.of("query", "{ notes { id } }"))
            .service("execute-api")
            .send();

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().path("errors").get(0).path("errorType").asText())
        .isEqualTo("InvalidSignatureException");
    assertThat(r.json().path("errors").get(0).path("message").asText())
        .contains("Credential should be scoped to correct service: 'appsync'.");
  }

  @Test
  void unsigned_isUnauthorizedException() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var answer =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(sandbox.sandbox.endpoint() + "/graphql"))
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"query\":\"{notes{id}}\"}"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body())
        .isEqualTo(
            "{\"errors\":[{\"errorType\":\"UnauthorizedException\","
                + "\"message\":\"Valid authorization header not provided.\"}]}");
  }

  @Test
  void withThrowOnError_aGraphQlErrorThrows() {
    Api throwing = sandbox.api().throwOnError(true);

    assertThatThrownBy(() -> throwing.graphql("{ books { id } }"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("Field 'books' in type 'Query' is undefined");
  }

  @Test
  void theUrl_isTheApisHostsGraphql_orAnAppSyncApiUrlItself_orTheOneSet() {
    assertThat(GraphQl.defaultUrl(java.net.URI.create("http://127.0.0.1:9/prod")))
        .hasToString("http://127.0.0.1:9/graphql");
    assertThat(
            GraphQl.defaultUrl(
                java.net.URI.create("https://abc123.appsync-api.eu-west-1.amazonaws.com/graphql")))
        .hasToString("https://abc123.appsync-api.eu-west-1.amazonaws.com/graphql");
    Api elsewhere = sandbox.api().graphqlUrl(sandbox.sandbox.endpoint() + "/graphql");
    assertThat(elsewhere.graphql("{ __typename }").data().path("__typename").asText())
        .isEqualTo("Query");
  }
}
