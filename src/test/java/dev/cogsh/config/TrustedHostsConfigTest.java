package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trustedHosts} in cogsh.json: read, validated, the active profile's added to the top's. */
class TrustedHostsConfigTest {

  @TempDir Path dir;

  private ResolvedConfig load(String json, String profile) {
    Fixtures.write(dir.resolve("work/cogsh.json"), json);
    return new ConfigLoader(Fixtures.environment(dir, Map.of()))
        .load(new ConfigRequest(null, profile, Map.of(), false));
  }

  @Test
  void topLevelAndProfileHosts_areMerged_lowerCased_withoutUnknownKeyWarnings() {
    ResolvedConfig resolved =
        load(
            Fixtures.json(
                "\"trustedHosts\": [\"API.Partner.example.com\", \"*.internal.example.org\"]",
                "\"profiles\": {\"dev\": {\"trustedHosts\": [\"dev.example.net\","
                    + " \"api.partner.example.com\"]}, \"prod\": {}}"),
            "dev");

    assertThat(resolved.trustedHosts())
        .containsExactly("api.partner.example.com", "*.internal.example.org", "dev.example.net");
    assertThat(resolved.warnings()).isEmpty();
    assertThat(resolved.withProfile("prod").trustedHosts())
        .containsExactly("api.partner.example.com", "*.internal.example.org");
  }

  @Test
  void noTrustedHosts_isEmpty() {
    assertThat(load(Fixtures.json(), null).trustedHosts()).isEmpty();
  }

  @Test
  void badEntries_areRefused_eachWithWhatIsWrong() {
    assertThatThrownBy(
            () ->
                load(
                    Fixtures.json(
                        "\"trustedHosts\": [\"https://api.example.com/x\", \"*.com\", 7,"
                            + " \"a*.example.com\", \"bad_host.example\"]",
                        "\"profiles\": {\"dev\": {\"trustedHosts\": \"dev.example.net\"}}"),
                    null))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> {
              ConfigException c = (ConfigException) e;
              assertThat(c.problems())
                  .extracting(ConfigException.Problem::message)
                  .containsExactly(
                      "trustedHosts in ./cogsh.json: \"https://api.example.com/x\" is not a bare"
                          + " host name (no scheme, port or path)",
                      "trustedHosts in ./cogsh.json: \"*.com\" is too broad: a pattern needs a"
                          + " domain of two labels or more",
                      "trustedHosts in ./cogsh.json must hold strings, found 7",
                      "trustedHosts in ./cogsh.json: \"a*.example.com\" may only start with \"*.\""
                          + " (a * elsewhere is not a pattern cogsh reads)",
                      "trustedHosts in ./cogsh.json: \"bad_host.example\" is not a valid host name"
                          + " (letters, digits, '-' and dots)",
                      "profiles.dev.trustedHosts in ./cogsh.json must be an array of host names,"
                          + " found \"dev.example.net\"");
              assertThat(c.hint())
                  .contains(
                      "give a host name (api.example.com) or a pattern (*.example.com), without"
                          + " scheme, port or path");
            });
  }
}
