package dev.cogsh.api;

import dev.cogsh.config.Config;
import dev.cogsh.diagnose.Diagnosis;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An {@link Api} against a {@link StubServer}: fixed keys, a movable clock, a recording sleeper,
 * and the session's diagnostician (none with {@link #bare}).
 */
public final class ApiFixture {

  public static final String TOKEN =
      "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN0123456789abcdefghijklmnop";
  public static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  public static final SigningCredentials KEYS =
      new SigningCredentials("ASIAEXAMPLEKEY12WXYZ", SECRET, TOKEN);

  public final MutableClock clock = new MutableClock(Clock.systemUTC().instant());
  public final List<Duration> sleeps = new ArrayList<>();
  public final Api api;

  public ApiFixture(URI apiUrl) {
    this(apiUrl, CredentialSource.of(KEYS));
  }

  public ApiFixture(URI apiUrl, CredentialSource source) {
    this(apiUrl, source, true);
  }

  /** An api that no diagnostician was given to. */
  static ApiFixture bare(URI apiUrl) {
    return new ApiFixture(apiUrl, CredentialSource.of(KEYS), false);
  }

  private ApiFixture(URI apiUrl, CredentialSource source, boolean diagnosed) {
    Config config =
        Config.builder()
            .region("us-east-1")
            .apiUrl(apiUrl)
            .apiRegion("us-east-1")
            .apiService("execute-api")
            .build();
    api =
        new Api(
            config,
            source,
            new HttpTransport(),
            clock,
            new Random(42),
            d -> {
              sleeps.add(d);
              clock.advance(d);
            });
    if (diagnosed) {
      api.diagnostician(Diagnosis::of);
    }
  }
}
