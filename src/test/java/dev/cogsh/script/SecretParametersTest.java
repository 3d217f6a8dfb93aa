package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.human.SecretRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13 items 4 and 5: secret-named parameters are registered and kept masked in history. */
class SecretParametersTest {

  @Test
  void masked_hidesSecretNamedParams_keepsTheOthers() {
    assertThat(
            SecretParameters.masked(
                "/replay s.jsh --param PASSWORD=Passw0rd! --param USER=bob --param=api_key='a b'"))
        .isEqualTo("/replay s.jsh --param PASSWORD=**** --param USER=bob --param=api_key=****");
  }

  @Test
  void registerIn_aCommandLine_andRegister_arguments_keepTheValues() {
    SecretRegistry registry = new SecretRegistry();
    SecretParameters.registerIn(
        "/replay s.jsh --param TOKEN=\"abc def ghi\" --param USER=bobby1", registry);
    SecretParameters.register(List.of("CLIENT_SECRET=s3cr3t-value", "NAME=plainvalue"), registry);

    assertThat(registry.contains("abc def ghi")).isTrue();
    assertThat(registry.contains("s3cr3t-value")).isTrue();
    assertThat(registry.contains("bobby1")).isFalse();
    assertThat(registry.contains("plainvalue")).isFalse();
  }
}
