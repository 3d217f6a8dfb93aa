package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeedUserTest {

  @Test
  void parse_splitsAtTheFirstColon_soPasswordsMayHoldColons() {
    SeedUser user = SeedUser.parse("a@example.com:pa:ss", SeedUser.Kind.CONFIRMED);

    assertThat(user.name()).isEqualTo("a@example.com");
    assertThat(user.password()).isEqualTo("pa:ss");
  }

  @Test
  void parse_ofATotpUser_takesTheLastFieldAsTheBase32Secret() {
    SeedUser user = SeedUser.parse("t@example.com:pa:ss:jbsw y3dp", SeedUser.Kind.TOTP);

    assertThat(user.password()).isEqualTo("pa:ss");
    assertThat(user.totpSecret()).isEqualTo("JBSWY3DP");
  }

  @Test
  void parse_refusesMalformedValues_withoutEchoingThePassword() {
    assertThatThrownBy(() -> SeedUser.parse("nameonly", SeedUser.Kind.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeedUser.parse("t:secret-pw:n0t!base32", SeedUser.Kind.TOTP))
        .hasMessageNotContaining("secret-pw");
  }

  @Test
  void toString_masksThePassword() {
    assertThat(new SeedUser("a", "Passw0rd!", SeedUser.Kind.SMS, null).toString())
        .doesNotContain("Passw0rd!");
    assertThat(SandboxOptions.builder().clientSecret("s3cr3t").build().toString())
        .doesNotContain("s3cr3t")
        .doesNotContain("Passw0rd!");
  }

  @Test
  void options_seedTheDemoUserOnlyWhenNoUserIsGiven() {
    assertThat(SandboxOptions.builder().build().seedUsers())
        .extracting(SeedUser::name)
        .containsExactly(SandboxOptions.DEMO_USER);
    assertThat(SandboxOptions.builder().userSms("s", "p").build().seedUsers())
        .extracting(SeedUser::name)
        .containsExactly("s");
  }
}
