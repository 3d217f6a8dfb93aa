package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.human.Durations;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code cogsh sandbox}'s options; the running command is tested in {@code SandboxCliTest}. */
class SandboxCommandTest {

  @ParameterizedTest
  @CsvSource({"1h, PT1H", "90s, PT1M30S", "15m, PT15M", "2d, PT48H", "PT30M, PT30M", "1H, PT1H"})
  void credsTtl_acceptsShortAndIsoDurations(String text, String expected) {
    assertThat(Durations.parse(text, "--creds-ttl")).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--creds-ttl=0s",
        "--creds-ttl=banana",
        "--creds-ttl=-5m",
        "--user=no-colon",
        "--user=:nopassword",
        "--user-totp=a@example.com:Passw0rd!:not-base32!",
        "--user-sms=name-only",
        "--port=70000"
      })
  void badOptions_areUsageErrors_beforeAnythingStarts(String option) {
    assertThat(Main.run("sandbox", option)).isEqualTo(Main.USAGE);
  }
}
