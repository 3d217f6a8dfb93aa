package dev.cogsh.api;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.diagnose.Diagnosis;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * The sandbox in-process on a free port, a real sign-in (cogsh's {@link Auth}, SRP) and real
 * Identity Pool credentials (the SDK's client), and {@link Api}s over them.
 */
public final class SandboxFixture implements AutoCloseable {

  public final Sandbox sandbox;
  public final Config config;
  public final SigningCredentials credentials;
  public final String identityId;
  final HttpClient http = HttpClient.newHttpClient();
  private final HttpTransport transport = new HttpTransport();

  public SandboxFixture() throws IOException {
    sandbox = Sandbox.start(SandboxOptions.builder().build());
    config = sandbox.config();
    String idToken =
        Auth.create(config, ChallengeAnswers.none())
            .login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD)
            .idToken()
            .raw();
    try (CognitoIdentityClient identity =
        CognitoIdentityClient.builder()
            .endpointOverride(config.endpoints().cognitoIdentity())
            .region(Region.of(config.region()))
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      Map<String, String> logins = Map.of(config.loginsKey(), idToken);
      identityId =
          identity
              .getId(b -> b.identityPoolId(config.identityPoolId()).logins(logins))
              .identityId();
      Credentials c =
          identity
              .getCredentialsForIdentity(b -> b.identityId(identityId).logins(logins))
              .credentials();
      credentials = new SigningCredentials(c.accessKeyId(), c.secretKey(), c.sessionToken());
    }
  }

  /** A small CredentialSource over the fetched credentials. */
  public CredentialSource source() {
    return new CredentialSource() {
      @Override
      public SigningCredentials current() {
        return credentials;
      }

      @Override
      public String describe() {
        return "identity " + identityId;
      }
    };
  }

  /** An api with this clock and a sleeper that records and moves the clock instead of sleeping. */
  Api api(Clock clock, List<java.time.Duration> sleeps) {
    return new Api(
            config,
            source(),
            transport,
            clock,
            new Random(1),
            d -> {
              sleeps.add(d);
              if (clock instanceof MutableClock m) {
                m.advance(d);
              }
            })
        .diagnostician(Diagnosis::of);
  }

  public Api api() {
    return api(new MutableClock(Clock.systemUTC().instant()), new ArrayList<>());
  }

  /** POSTs a test hook ({@code /_sandbox/faults}) or GETs one ({@code /_sandbox/stats}). */
  String hook(String method, String path, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sandbox.endpoint() + path))
            .header("x-cogsh-sandbox-token", sandbox.hookToken());
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  @Override
  public void close() {
    transport.close();
    sandbox.close();
  }
}
