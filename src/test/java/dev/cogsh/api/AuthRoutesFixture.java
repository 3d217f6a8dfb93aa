package dev.cogsh.api;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.diagnose.Diagnosis;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.testing.MutableClock;
import java.io.IOException;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sandbox (its clock movable) with the demo user signed in through cogsh's real {@link Auth}
 * (SRP), and {@link Api}s whose tokens come from that auth. The credential source counts its calls:
 * the token modes must not fetch credentials.
 */
public final class AuthRoutesFixture implements AutoCloseable {

  /** The API key the fixture's sandbox requires, and how many calls its usage plan allows. */
  public static final String API_KEY = "fixture-api-key-0123456789";

  public final MutableClock sandboxClock = new MutableClock(Clock.systemUTC().instant());
  public final Sandbox sandbox;
  public final Config config;
  public final Auth auth;
  public final AtomicInteger credentialCalls = new AtomicInteger();
  public final AtomicInteger expiredCalls = new AtomicInteger();
  private final HttpTransport transport = new HttpTransport();

  public AuthRoutesFixture(int apiKeyQuota) throws IOException {
    this(apiKeyQuota, "us-east-1");
  }

  /** A sandbox in {@code region}: another pool id, so another issuer. */
  public AuthRoutesFixture(int apiKeyQuota, String region) throws IOException {
    this(SandboxOptions.builder().region(region).apiKey(API_KEY, apiKeyQuota));
  }

  /** A sandbox of these options, its clock the fixture's. */
  public AuthRoutesFixture(SandboxOptions.Builder options) throws IOException {
    sandbox = Sandbox.start(options.clock(sandboxClock).build());
    config = sandbox.config();
    auth = Auth.create(config, ChallengeAnswers.none());
    auth.login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
  }

  /** The tokens of the fixture's auth: {@link Auth#validTokens()}, as the session's adapter. */
  public TokenSource tokens() {
    return new TokenSource() {
      @Override
      public String idToken() {
        return auth.validTokens().idToken().raw();
      }

      @Override
      public String accessToken() {
        return auth.validTokens().accessToken().raw();
      }

      @Override
      public void expired() {
        expiredCalls.incrementAndGet();
      }
    };
  }

  /** An api on {@code config} with the fixture's tokens and the session's diagnostician. */
  public Api api(Config on, TokenSource tokens) {
    CredentialSource counting =
        () -> {
          credentialCalls.incrementAndGet();
          throw new ApiException("no credentials in this fixture", "use a token mode");
        };
    return new Api(on, counting, transport, Clock.systemUTC(), new Random(1), d -> {})
        .tokens(tokens)
        .diagnostician(Diagnosis.forPool(on.issuer(), on.appClientId()));
  }

  public Api api() {
    return api(config, tokens());
  }

  @Override
  public void close() {
    transport.close();
    sandbox.close();
  }
}
