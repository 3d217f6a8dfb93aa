package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.config.ApiAuth;
import dev.cogsh.sigv4.SigningCredentials;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Credentials go only to the configured API, AWS endpoints, loopback, or hosts trusted by hand. */
class HostTrustTest {

  private final List<FrozenRequest> sent = new ArrayList<>();
  private final Api api =
      new Api(
          HostInferenceTest.config("https://notes.example.org/prod", "execute-api"),
          CredentialSource.of(
              SigningCredentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
          (request, delivery) -> {
            sent.add(request);
            throw new java.io.IOException("this test sends nothing");
          },
          Clock.systemUTC());

  @Test
  void untrustedHost_isRefusedBeforeAnythingIsSigned_withWhatToDo() {
    assertThatThrownBy(() -> api.get("https://collector.evil.example/steal"))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "collector.evil.example is neither the configured API (notes.example.org), an AWS"
                + " endpoint nor loopback: cogsh does not send your credentials there")
        .extracting(e -> ((ApiException) e).hint())
        .isEqualTo(
            "if you trust it, add .trustHost() to this request, call"
                + " api.trustHost(\"collector.evil.example\") once for the session, or list it in"
                + " \"trustedHosts\" in cogsh.json");
    assertThatThrownBy(() -> api.request("GET", "https://collector.evil.example/x").sign())
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> api.curl(api.request("GET", "https://collector.evil.example/x")))
        .isInstanceOf(ApiException.class);
    assertThat(sent).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "http://notes.example.org/prod/notes",
        "http://abc.execute-api.us-east-1.amazonaws.com/prod/notes",
        "http://partner.example.net/x",
      })
  void plainHttpOffLoopback_isRefused_evenWhenTrusted(String url) {
    api.trustHost("partner.example.net");
    assertThatThrownBy(() -> api.request("GET", url).trustHost().sign())
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("refusing to send signed credentials over plain http to ")
        .extracting(e -> ((ApiException) e).hint())
        .isEqualTo("use https (plain http is allowed only to loopback hosts such as 127.0.0.1)");
    assertThat(sent).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @org.junit.jupiter.params.provider.CsvSource({
    "ID_TOKEN, , the ID token",
    "ACCESS_TOKEN, , the access token",
    "ID_TOKEN, key-0123456789abcdef, the ID token and the API key",
    "API_KEY, key-0123456789abcdef, the API key",
    "NONE, key-0123456789abcdef, the API key",
  })
  void tokensAndApiKeys_areRefusedLikeSignatures_namingWhatWouldLeak(
      ApiAuth mode, String apiKey, String what) {
    RequestBuilder untrusted = api.request("GET", "https://collector.evil.example/x").auth(mode);
    RequestBuilder plain = api.request("GET", "http://partner.example.net/x").auth(mode);
    if (apiKey != null) {
      untrusted.apiKey(apiKey);
      plain.apiKey(apiKey);
    }
    assertThatThrownBy(untrusted::sign)
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("collector.evil.example is neither the configured API");
    assertThatThrownBy(plain.trustHost()::sign)
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "refusing to send "
                + what
                + " over plain http to partner.example.net: anyone on the way could read and"
                + " reuse it");
    assertThat(sent).isEmpty();
  }

  @Test
  void noneWithoutAKey_carriesNothing_andGoesAnywhere() {
    assertThat(api.request("GET", "http://partner.example.net/x").auth(ApiAuth.NONE).sign())
        .isNotNull();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "https://notes.example.org/prod/notes",
        "/notes",
        "https://abc.execute-api.us-east-1.amazonaws.com/prod/notes",
        "https://abc.lambda-url.eu-west-1.on.aws/",
        "https://sts.amazonaws.com/",
        "http://127.0.0.1:8080/prod/notes",
        "http://localhost:9/x",
        "http://[::1]:9/x",
      })
  void configuredApiAwsAndLoopback_areSigned(String url) {
    assertThat(api.request("GET", url).sign().trace().authorization()).startsWith("AWS4-HMAC");
  }

  @Test
  void trustHost_perRequestOrPerSession_letsTheRequestBeSigned() {
    assertThat(api.request("GET", "https://partner.example.net/x").trustHost().sign().trace())
        .isNotNull();
    assertThatThrownBy(() -> api.request("GET", "https://partner.example.net/x").sign())
        .isInstanceOf(ApiException.class);
    api.trustHost("https://Partner.Example.NET:8443/path");
    assertThat(api.trustedHosts()).containsExactly("partner.example.net");
    assertThat(api.request("GET", "https://partner.example.net/x").sign().trace()).isNotNull();
  }

  @Test
  void trustHost_withoutAHost_says() {
    assertThatThrownBy(() -> api.trustHost("https://"))
        .isInstanceOf(ApiException.class)
        .hasMessage("no host in 'https://'");
  }

  @ParameterizedTest(name = "[{index}] {0} trusted by *.example.net: {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "a.example.net, true",
    "b.c.example.net, true",
    "example.net, false",
    "evilexample.net, false",
    "a.example.net.evil.org, false",
  })
  void aPattern_trustsSubdomainsOnly(String host, boolean trusted) {
    api.trustHosts(List.of("*.example.net"));

    if (trusted) {
      assertThat(api.request("GET", "https://" + host + "/x").sign().trace()).isNotNull();
    } else {
      assertThatThrownBy(() -> api.request("GET", "https://" + host + "/x").sign())
          .isInstanceOf(ApiException.class)
          .hasMessageStartingWith(host + " is neither the configured API");
    }
  }
}
