package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * The notes store's scale (issue 18 item 7): {@code GET /notes} reads the caller's notes only, and
 * the store refuses growth beyond {@code --max-notes} and {@code --max-users} with {@code
 * LimitExceededException}.
 */
class NotesStoreTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static SandboxClients clients(SandboxOptions.Builder options, MutableClock clock)
      throws Exception {
    return new SandboxClients(
        Sandbox.start(
            options
                .clock(clock)
                .user("demo@example.com", "Passw0rd!")
                .user("other@example.com", "Passw0rd!")
                .build()),
        clock);
  }

  private static Credentials signIn(SandboxClients clients, String user) throws Exception {
    return clients.credentials(clients.signInSrp(user, "Passw0rd!").idToken());
  }

  private static RawHttp.Response create(SandboxClients clients, Credentials creds, String text)
      throws Exception {
    return clients.call("POST", "/prod/notes", "{\"content\":\"" + text + "\"}", creds);
  }

  @Test
  void listingNotes_readsTheCallersNotesOnly_notTheWholePool() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
    try (SandboxClients clients = clients(SandboxOptions.builder(), clock)) {
      Credentials many = signIn(clients, "demo@example.com");
      Credentials few = signIn(clients, "other@example.com");
      for (int i = 0; i < 40; i++) {
        assertThat(create(clients, many, "mine " + i).status()).isEqualTo(200);
      }
      create(clients, few, "a");
      create(clients, few, "b");

      long before = clients.sandbox.notes.examined();
      JsonNode list = JSON.readTree(clients.call("GET", "/prod/notes", "", few).body());
      long examined = clients.sandbox.notes.examined() - before;

      assertThat(list.findValuesAsText("content")).containsExactlyInAnyOrder("a", "b");
      assertThat(examined).as("notes read to list 2 of 42").isEqualTo(2);
      assertThat(JSON.readTree(clients.call("GET", "/prod/notes", "", many).body())).hasSize(40);
      assertThat(clients.sandbox.notes.size()).isEqualTo(42);
    }
  }

  @Test
  void aNoteBeyondTheCap_isRefusedWithLimitExceeded_andDeletingMakesRoom() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
    try (SandboxClients clients =
        clients(SandboxOptions.builder().limits(new StoreLimits(3, 100)), clock)) {
      Credentials demo = signIn(clients, "demo@example.com");
      Credentials other = signIn(clients, "other@example.com");
      String first = JSON.readTree(create(clients, demo, "1").body()).path("noteId").asText();
      create(clients, demo, "2");
      create(clients, other, "3");

      RawHttp.Response refused = create(clients, other, "4");
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.header("x-amzn-ErrorType")).isEqualTo("LimitExceededException");
      assertThat(JSON.readTree(refused.body()).path("message").asText())
          .contains("at most 3 notes", "--max-notes");
      assertThat(clients.sandbox.notes.size()).isEqualTo(3);

      assertThat(clients.call("DELETE", "/prod/notes/" + first, "", demo).status()).isEqualTo(200);
      assertThat(create(clients, other, "4").status()).isEqualTo(200);
      assertThat(create(clients, other, "5").status()).isEqualTo(400);
    }
  }

  @Test
  void notesKeptInState_areIndexedByOwner_andCountTowardsTheCap() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
    Path state = dir.resolve("state");
    try (SandboxClients clients = clients(SandboxOptions.builder().stateDir(state), clock)) {
      Credentials demo = signIn(clients, "demo@example.com");
      create(clients, demo, "kept 1");
      clock.advance(java.time.Duration.ofSeconds(1));
      create(clients, demo, "kept 2");
    }
    try (SandboxClients clients =
        clients(SandboxOptions.builder().stateDir(state).limits(new StoreLimits(2, 100)), clock)) {
      Credentials demo = signIn(clients, "demo@example.com");
      Credentials other = signIn(clients, "other@example.com");
      assertThat(
              JSON.readTree(clients.call("GET", "/prod/notes", "", demo).body())
                  .findValuesAsText("content"))
          .containsExactly("kept 1", "kept 2");
      assertThat(JSON.readTree(clients.call("GET", "/prod/notes", "", other).body())).isEmpty();
      assertThat(create(clients, other, "one too many").status()).isEqualTo(400);
    }
  }

  @Test
  void aSignUpBeyondTheUserCap_isRefusedWithLimitExceeded() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
    try (SandboxClients clients =
        clients(SandboxOptions.builder().limits(new StoreLimits(10, 3)), clock)) {
      clients.idp.signUp(
          b -> b.clientId(clients.clientId()).username("third@example.com").password("Passw0rd!"));
      assertThatThrownBy(
              () ->
                  clients.idp.signUp(
                      b ->
                          b.clientId(clients.clientId())
                              .username("fourth@example.com")
                              .password("Passw0rd!")))
          .isInstanceOf(CognitoIdentityProviderException.class)
          .satisfies(
              e -> {
                var details = ((CognitoIdentityProviderException) e).awsErrorDetails();
                assertThat(details.errorCode()).isEqualTo("LimitExceededException");
                assertThat(details.sdkHttpResponse().statusCode()).isEqualTo(400);
                assertThat(details.errorMessage()).contains("at most 3 users", "--max-users");
              });
    }
  }

  @Test
  void limitsBelowOne_areRefusedNamingTheFlag() {
    assertThatThrownBy(() -> new StoreLimits(0, 5)).hasMessageContaining("--max-notes");
    assertThatThrownBy(() -> new StoreLimits(5, 0)).hasMessageContaining("--max-users");
  }
}
