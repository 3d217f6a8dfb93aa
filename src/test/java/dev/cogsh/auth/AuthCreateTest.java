package dev.cogsh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.config.Config;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link Auth#create}: the real SDK client, pointed by the configuration. */
class AuthCreateTest {

  private static Config config(String region, String poolId, URI endpoint) {
    return Config.builder()
        .region(region)
        .userPoolId(poolId)
        .appClientId(AuthFixtures.CLIENT_ID)
        .endpoints(new Config.Endpoints(endpoint, null))
        .build();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void create_withEndpointOverrideNobodyListensOn_reportsTheNetworkProblem() throws IOException {
    URI endpoint = URI.create("http://127.0.0.1:" + closedPort());
    Auth auth =
        Auth.create(config("us-east-1", AuthFixtures.POOL_ID, endpoint), ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.login("ada", "Passw0rd!"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NETWORK);
              assertThat(e.hint()).contains("running");
            })
        .hasMessage("Cannot reach Cognito at " + endpoint + " (connection refused)")
        .hasMessageNotContaining("Passw0rd!");
  }

  @Test
  void create_takesTheRegionFromThePoolId() {
    Auth auth = Auth.create(config(null, "eu-west-1_AbC123", null), ChallengeAnswers.none());

    assertThat(auth.toString()).contains("eu-west-1_AbC123");
  }

  @Test
  void create_withoutRegionOrPool_saysWhatToConfigure() {
    assertThatThrownBy(() -> Auth.create(config(null, null, null), ChallengeAnswers.none()))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFIGURATION))
        .hasMessage("No region for the user pool");
  }
}
