package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A pool that signs in with e-mail addresses ({@code UsernameAttributes: [email]}): the user's name
 * is a UUID, the user types the address. {@code whoami} names the address, with the UUID beside it.
 */
class EmailAliasSignInTest {

  private static final String EMAIL = "ada@example.com";
  private static final String PASSWORD = "Alias-Passw0rd!";

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void signInWithTheAddress_whoamiShowsIt_andTheUuidBeside() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(SandboxOptions.builder().emailAsUsername().user(EMAIL, PASSWORD).build())) {
      Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());

      Tokens tokens = auth.login(EMAIL, PASSWORD);

      assertThat(tokens.username()).matches(UUID).isEqualTo(tokens.idToken().subject());
      assertThat(auth.whoami())
          .startsWith("Signed in as " + EMAIL + " (username " + tokens.username() + "), ID token");
      assertThat(auth.refresh().username()).isEqualTo(tokens.username());
    }
  }

  @Test
  void aClientWithASecret_hashesTheAddressFirst_thenTheUuid() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .emailAsUsername()
                .clientSecret("alias-client-secret-0123456789")
                .user(EMAIL, PASSWORD)
                .build())) {
      Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());

      Tokens tokens = auth.login(EMAIL, PASSWORD);

      assertThat(auth.whoami()).contains(EMAIL).contains(tokens.username());
      assertThat(auth.refresh().idToken().subject()).isEqualTo(tokens.idToken().subject());
    }
  }
}
