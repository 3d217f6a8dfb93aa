package dev.cogsh.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 6238 Appendix B, SHA-1 rows. The RFC prints 8 digits; a 6-digit code is the same number mod
 * 10^6, i.e. its last six digits.
 */
class TotpTest {

  /** base32 of the RFC's ASCII seed "12345678901234567890". */
  private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @ParameterizedTest(name = "t={0} -> {1}")
  @CsvSource({
    // From RFC 6238 Appendix B (SHA1 column), 8-digit values
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130",
  })
  void code_matchesRfc6238AppendixB(long seconds, String eightDigits) {
    assertThat(Totp.code(SEED, Instant.ofEpochSecond(seconds))).isEqualTo(eightDigits.substring(2));
  }

  @Test
  void code_acceptsLowercaseSpacesAndPadding() {
    Instant t = Instant.ofEpochSecond(59);
    assertThat(Totp.code("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", t)).isEqualTo("287082");
    assertThat(Totp.code("MZXW6===", t)).isEqualTo(Totp.code("mzxw6", t));
  }

  @Test
  void code_keepsLeadingZeros() {
    assertThat(Totp.code(SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
  }

  @Test
  void code_sameWithinAStep_differentAcrossSteps() {
    assertThat(Totp.code(SEED, Instant.ofEpochSecond(60)))
        .isEqualTo(Totp.code(SEED, Instant.ofEpochSecond(89)))
        .isNotEqualTo(Totp.code(SEED, Instant.ofEpochSecond(90)));
  }

  @Test
  void verify_acceptsNeighbouringStepsWithinTheWindow() {
    Instant t = Instant.ofEpochSecond(1111111109);
    String previous = Totp.code(SEED, t.minusSeconds(30));
    assertThat(Totp.verify(SEED, previous, t, 1)).isTrue();
    assertThat(Totp.verify(SEED, previous, t, 0)).isFalse();
    assertThat(Totp.verify(SEED, "000000", t, 1)).isFalse();
    assertThat(Totp.verify(SEED, null, t, 1)).isFalse();
  }

  @Test
  void code_withNonBase32Secret_namesThePositionNotTheSecret() {
    assertThatThrownBy(() -> Totp.code("ABC1DEF", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 4")
        .hasMessageNotContaining("ABC1DEF");
    assertThatThrownBy(() -> Totp.code(" = ", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }
}
