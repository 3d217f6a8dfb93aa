package dev.cogsh.otp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtpAuthUriTest {

  @Test
  void totp_percentEncodesLabelSecretAndIssuer() {
    assertThat(OtpAuthUri.totp("AWSCognito", "ada@example.com", "JBSWY3DPEHPK3PXP"))
        .isEqualTo(
            "otpauth://totp/AWSCognito:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=AWSCognito");
  }

  @Test
  void totp_encodesSpacesAsPercent20_notPlus() {
    assertThat(OtpAuthUri.totp("My Corp", "Ada Lovelace", "ABC"))
        .isEqualTo("otpauth://totp/My%20Corp:Ada%20Lovelace?secret=ABC&issuer=My%20Corp");
  }
}
