package dev.cogsh.script;

import static dev.cogsh.script.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.api.Api;
import dev.cogsh.api.Response;
import dev.cogsh.api.SandboxFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code expect(response)} on real responses of the sandbox's notes API. */
class ExpectationTest {

  private static SandboxFixture sandbox;
  private static Api api;
  private static Response created;

  @BeforeAll
  static void start() throws Exception {
    sandbox = new SandboxFixture();
    api = sandbox.api();
    created = api.post("/notes", Map.of("content", "hi"));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void checksThatHold_returnTheExpectation_forChaining() {
    Expectation expectation = expect(created);

    assertThat(
            expectation
                .status(200)
                .ok()
                .json("/content", "hi")
                .json("/attachment", null)
                .json("/createdAt", created.json().get("createdAt").asLong())
                .json("/noteId")
                .header("content-type")
                .contains("\"hi\""))
        .isSameAs(expectation);
    assertThat(expectation.text("/noteId")).isEqualTo(created.json().get("noteId").asText());
    assertThat(expectation.response()).isSameAs(created);
    assertThat(expectation).hasToString(created.toString());
  }

  @Test
  void status_thatDiffers_saysBothAndTheRequest() {
    assertThatThrownBy(() -> expect(created).status(201))
        .isInstanceOf(CheckException.class)
        .hasMessageStartingWith("expected status 201, got 200 OK (POST /prod/notes)\n  body: {");
  }

  @Test
  void ok_ofA404_fails() {
    Response missing = api.get("/notes/no-such-note");

    assertThatThrownBy(() -> expect(missing).ok())
        .hasMessageStartingWith(
            "expected a 2xx status, got 404 Not Found (GET /prod/notes/no-such-note)")
        .hasMessageContaining("Item not found.");
  }

  @Test
  void json_thatDiffers_saysTheValueFound() {
    assertThatThrownBy(() -> expect(created).json("/content", "bye"))
        .hasMessageStartingWith(
            "expected /content = \"bye\", got /content = \"hi\" (POST /prod/notes)");
    long createdAt = created.json().get("createdAt").asLong();
    assertThatThrownBy(() -> expect(created).json("/createdAt", String.valueOf(createdAt)))
        .hasMessageStartingWith(
            "expected /createdAt = \"" + createdAt + "\", got /createdAt = " + createdAt);
  }

  @Test
  void json_ofABoolean_matchesOnlyABoolean() {
    Response updated =
        api.put("/notes/" + created.json().get("noteId").asText(), Map.of("content", "hi"));

    expect(updated).status(200).json("/status", true);
    assertThatThrownBy(() -> expect(updated).json("/status", "true"))
        .isInstanceOf(CheckException.class);
  }

  @Test
  void json_thatIsMissing_saysSo() {
    assertThatThrownBy(() -> expect(created).json("/nothing", 1))
        .hasMessageStartingWith("expected /nothing = 1, got /nothing is missing");
    assertThatThrownBy(() -> expect(created).json("/nothing"))
        .hasMessageStartingWith("expected a value at /nothing, got none");
    assertThatThrownBy(() -> expect(created).text("/nothing")).isInstanceOf(CheckException.class);
  }

  @Test
  void header_thatDiffersOrIsMissing_saysWhatCame() {
    assertThatThrownBy(() -> expect(created).header("Content-Type", "text/plain"))
        .hasMessageStartingWith(
            "expected header Content-Type: text/plain, got Content-Type: application/json");
    assertThatThrownBy(() -> expect(created).header("X-Nothing"))
        .hasMessageStartingWith("expected a header X-Nothing, got none");
  }

  @Test
  void expect_ofNull_failsAsACheck() {
    assertThatThrownBy(() -> expect(null))
        .isInstanceOf(CheckException.class)
        .hasMessage("expect(..) got null instead of a response");
  }
}
