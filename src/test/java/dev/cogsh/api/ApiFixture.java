package dev.cogsh.api;

import dev.cogsh.config.Config;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An {@link Api} against a {@link StubServer}: fixed keys, a movable clock, a recording sleeper.
 */
final class ApiFixture {

  static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN0123456789abcdefghijklmnop";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final SigningCredentials KEYS =
      new SigningCredentials("ASIAEXAMPLEKEY12WXYZ", SECRET, TOKEN);

  final MutableClock clock = new MutableClock(Clock.systemUTC().instant());
  final List<Duration> sleeps = new ArrayList<>();
  final Api api;

  ApiFixture(URI apiUrl) {
    this(apiUrl, CredentialSource.of(KEYS));
  }

  ApiFixture(URI apiUrl, CredentialSource source) {
    Config config =
        new Config(
            "us-east-1",
            null,
            null,
            null,
            null,
            apiUrl,
            "us-east-1",
            "execute-api",
            null,
            null,
            null);
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
  }
}
