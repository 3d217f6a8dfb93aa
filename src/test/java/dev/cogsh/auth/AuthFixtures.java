package dev.cogsh.auth;

import dev.cogsh.config.Config;
import java.security.SecureRandom;
import java.time.Instant;

/** Shared configuration and a clock for the sign-in state machine tests. */
final class AuthFixtures {

  static final String POOL_ID = "us-east-1_TestPool1";
  static final String POOL_NAME = "TestPool1";
  static final String CLIENT_ID = "client1234567890";
  static final String CLIENT_SECRET = "s3cr3t-client-secret-value";
  static final Instant NOW = Instant.parse("2024-03-09T07:03:09Z");
  static final SecureRandom RANDOM = new SecureRandom();

  private AuthFixtures() {}

  static Config config() {
    return config(null, null, null);
  }

  static Config withSecret() {
    return config(CLIENT_SECRET, null, null);
  }

  static Config config(String secret, String username, String password) {
    return Config.builder()
        .region("us-east-1")
        .userPoolId(POOL_ID)
        .appClientId(CLIENT_ID)
        .appClientSecret(secret)
        .username(username)
        .password(password)
        .build();
  }
}
