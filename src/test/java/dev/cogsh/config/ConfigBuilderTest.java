package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link Config.Builder}: a copy with one field changed keeps every other field. */
class ConfigBuilderTest {

  private static final Config FULL =
      Config.builder()
          .region("eu-west-1")
          .userPoolId("eu-west-1_AbCdEf123")
          .appClientId("client")
          .appClientSecret("secret")
          .identityPoolId("eu-west-1:11111111-2222-3333-4444-555555555555")
          .apiUrl(URI.create("https://abc.execute-api.eu-west-1.amazonaws.com/prod"))
          .apiRegion("eu-west-1")
          .apiService("execute-api")
          .username("ada")
          .password("pw")
          .endpoints(new Config.Endpoints(URI.create("http://localhost:1"), null))
          .oauth(null)
          .apiAuth(ApiAuthSettings.DEFAULT)
          .authFlow("USER_AUTH")
          .build();

  @Test
  void toBuilder_buildsAnEqualConfig() {
    assertThat(FULL.toBuilder().build()).isEqualTo(FULL);
  }

  @Test
  void withCopies_changeOnlyTheirField() {
    Config other = FULL.withPassword("other").withAuthFlow("USER_SRP_AUTH");

    assertThat(other.password()).isEqualTo("other");
    assertThat(other.authFlow()).isEqualTo("USER_SRP_AUTH");
    assertThat(other.withPassword("pw").withAuthFlow("USER_AUTH")).isEqualTo(FULL);
  }

  @Test
  void anEmptyBuilder_getsTheDefaults() {
    Config empty = Config.builder().build();

    assertThat(empty.apiService()).isEqualTo(Config.EXECUTE_API);
    assertThat(empty.authFlow()).isEqualTo("USER_SRP_AUTH");
    assertThat(empty.endpoints()).isEqualTo(Config.Endpoints.NONE);
    assertThat(empty.apiAuth()).isEqualTo(ApiAuthSettings.DEFAULT);
  }
}
