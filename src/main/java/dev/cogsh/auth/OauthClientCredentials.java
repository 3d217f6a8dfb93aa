package dev.cogsh.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.human.Masks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Machine-to-machine access tokens ({@code client_credentials}), one per set of scopes, reused
 * until {@link Auth#REFRESH_MARGIN} before they expire.
 */
final class OauthClientCredentials {

  /** A cached token; prints masked. */
  private record Cached(String accessToken, Instant expiresAt) {
    @Override
    public String toString() {
      return "Cached[" + Masks.token(accessToken) + ", expiresAt=" + expiresAt + "]";
    }
  }

  private final ManagedLogin managedLogin;
  private final Clock clock;
  private final Map<String, Cached> byScope = new ConcurrentHashMap<>();

  OauthClientCredentials(ManagedLogin managedLogin, Clock clock) {
    this.managedLogin = managedLogin;
    this.clock = clock;
  }

  /** An access token for {@code scope} (space-separated; empty for every allowed scope). */
  String token(String scope) {
    Instant now = clock.instant();
    Cached cached = byScope.get(scope);
    if (cached != null && now.plus(Auth.REFRESH_MARGIN).isBefore(cached.expiresAt())) {
      return cached.accessToken();
    }
    JsonNode answer = managedLogin.clientCredentials(scope);
    String token = answer.path("access_token").asText(null);
    if (token == null) {
      throw new AuthException(
          AuthException.Reason.PROTOCOL,
          "The token endpoint answered without an access_token",
          "check the domain setting of managed login");
    }
    long seconds = answer.path("expires_in").asLong(3600);
    byScope.put(scope, new Cached(token, now.plus(Duration.ofSeconds(seconds))));
    return token;
  }
}
