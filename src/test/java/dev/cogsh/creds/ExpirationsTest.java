package dev.cogsh.creds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpirationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // From the GetCredentialsForIdentity example in amplify-js#180: exponent notation
        "1.522664214E9          | 2018-04-02T10:16:54Z",
        "1522664214             | 2018-04-02T10:16:54Z",
        "1522664214.0           | 2018-04-02T10:16:54Z",
        "1522664214.123         | 2018-04-02T10:16:54.123Z",
        "1.522664214123E9       | 2018-04-02T10:16:54.123Z",
        "1.5226642141235E9      | 2018-04-02T10:16:54.124Z",
        "1.522664214e+9         | 2018-04-02T10:16:54Z",
        "15.22664214E8          | 2018-04-02T10:16:54Z",
        "'\"1522664214\"'       | 2018-04-02T10:16:54Z",
        "2018-04-02T10:16:54Z   | 2018-04-02T10:16:54Z",
        "2018-04-02T10:16:54.5Z | 2018-04-02T10:16:54.500Z",
        "' 1522664214 '         | 2018-04-02T10:16:54Z",
      })
  void expiration_inEveryWireForm_isTheSameInstant(String wire, String expected) {
    assertThat(Expirations.parse(wire)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void garbage_isRejectedWithTheValue() {
    assertThatThrownBy(() -> Expirations.parse("soon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expiration \"soon\" is neither epoch seconds nor an ISO-8601 date");
    assertThatThrownBy(() -> Expirations.parse(" ")).hasMessage("Expiration is empty");
  }

  /** The SDK parses the wire value itself; it must agree with the table in every form. */
  @ParameterizedTest(name = "wire {0}")
  @CsvSource({"%d", "%d.0", "%d.000", "%d.5", "%d.25E0", "%.9e"})
  void sdk_readsEveryNumericForm_likeTheTable(String format) throws Exception {
    try (CredsFixture f = new CredsFixture()) {
      f.signIn();
      long epoch = CredsFixture.START.plusSeconds(3600).getEpochSecond();
      String wire =
          format.equals("%.9e")
              ? String.format(java.util.Locale.ROOT, format, (double) epoch).toUpperCase()
              : String.format(format, epoch);
      f.identity.expirationFormat(wire.replace("%", "%%"));
      AwsCredentials c = f.creds().get();
      assertThat(c.expiration()).isEqualTo(Expirations.parse(wire));
    }
  }
}
