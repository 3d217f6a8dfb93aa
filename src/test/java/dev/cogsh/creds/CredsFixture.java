package dev.cogsh.creds;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import dev.cogsh.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A signed-in {@code auth}, a stub identity pool and {@code creds}, on one movable clock. */
final class CredsFixture implements AutoCloseable {

  static final Instant START = Instant.parse("2025-01-15T10:00:00Z");
  static final String POOL = "us-east-1_AbC123xyz";
  static final String IDENTITY_POOL = "us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

  final MutableClock clock = new MutableClock(START);
  final StubIdentityPool identity;
  final Config config;
  final FakeUserPool userPool;
  final Auth auth;

  CredsFixture() throws IOException {
    this(IDENTITY_POOL);
  }

  CredsFixture(String identityPoolId) throws IOException {
    identity = new StubIdentityPool(clock);
    config = config(identityPoolId, identity.endpoint());
    userPool = new FakeUserPool(config, clock, Duration.ofHours(1));
    auth = new Auth(config, userPool, ChallengeAnswers.scripted(), clock, new SecureRandom());
  }

  static Config config(String identityPoolId, URI identityEndpoint) {
    return new Config(
        "us-east-1",
        POOL,
        "4abcdefghijklmnopqrstu1234",
        null,
        identityPoolId,
        URI.create("https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod"),
        "us-east-1",
        null,
        "demo@example.com",
        null,
        new Config.Endpoints(null, identityEndpoint),
        null,
        null,
        null);
  }

  CredsFixture signIn() {
    auth.loginWithPassword("demo@example.com", "Passw0rd!");
    return this;
  }

  Creds creds() {
    return creds(null, Duration.ofSeconds(60));
  }

  Creds creds(Path cacheFile, Duration margin) {
    return new Creds(
        config,
        auth,
        IdentityClients.create(config),
        clock,
        cacheFile,
        new Environment(Map.of(), Path.of("/nonexistent/cwd"), Path.of("/nonexistent/home")),
        margin);
  }

  @Override
  public void close() {
    identity.release();
    identity.close();
  }
}
