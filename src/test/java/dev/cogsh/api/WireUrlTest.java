package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireUrlTest {

  private static final URI BASE =
      URI.create("https://abc123.execute-api.us-east-1.amazonaws.com/prod");

  private static WireUrl.Resolved resolve(String path, WireUrl.Param... params) {
    return WireUrl.resolve(BASE, path, List.of(params));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/notes               | /prod/notes",
        "notes                | /prod/notes",
        "//notes//1           | /prod/notes/1",
        "/notes/              | /prod/notes/",
        "''                   | /prod",
        "/                    | /prod/",
        "/a b/c               | /prod/a%20b/c",
        "/notes/é             | /prod/notes/%C3%A9",
        "/files/a:b@c,d*e!f   | /prod/files/a%3Ab%40c%2Cd%2Ae%21f",
        "/x/a+b;c=d           | /prod/x/a%2Bb%3Bc%3Dd",
        "/emoji/😀            | /prod/emoji/%F0%9F%98%80",
        "/notes‘1             | /prod/notes%E2%80%981",
        "/100%                | /prod/100%25",
      })
  void pathSegments_areJoinedWithOneSlash_andEncodedOnce(String path, String wirePath) {
    assertThat(resolve(path).uri().getRawPath()).isEqualTo(wirePath);
  }

  @Test
  void baseWithTrailingSlash_keepsOneSlash() {
    URI base = URI.create("http://127.0.0.1:8080/prod/");

    assertThat(WireUrl.resolve(base, "/notes", List.of()).uri())
        .isEqualTo(URI.create("http://127.0.0.1:8080/prod/notes"));
  }

  @Test
  void queryValues_reservedAndNonAscii_areEncodedOnce() {
    WireUrl.Resolved r =
        resolve("/search", new WireUrl.Param("q", "a b&c=d/é*"), new WireUrl.Param("k", "x+y"));

    assertThat(r.uri().getRawQuery()).isEqualTo("q=a%20b%26c%3Dd%2F%C3%A9%2A&k=x%2By");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void queryInThePath_isKept_andParametersAppended() {
    WireUrl.Resolved r = resolve("/search?a=1&b&c=", new WireUrl.Param("d", "2"));

    assertThat(r.uri().getRawQuery()).isEqualTo("a=1&b&c=&d=2");
  }

  @Test
  void preEncodedPath_isSentAsIs_withAWarning_notEncodedTwice() {
    WireUrl.Resolved r = resolve("/files/a%2Fb");

    assertThat(r.uri().getRawPath()).isEqualTo("/prod/files/a%2Fb");
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .contains("'a%2Fb' looks percent-encoded already")
        .contains("stands for 'a/b'")
        .contains("%25");
  }

  @Test
  void preEncodedQueryValue_isSentAsIs_withAWarning() {
    WireUrl.Resolved r = resolve("/search", new WireUrl.Param("q", "x%3Dy"));

    assertThat(r.uri().getRawQuery()).isEqualTo("q=x%3Dy");
    assertThat(r.warnings()).singleElement().asString().contains("query value 'x%3Dy'");
  }

  @Test
  void plusInATypedQuery_isAPlusSign_withAWarning() {
    WireUrl.Resolved r = resolve("/search?q=a+b");

    assertThat(r.uri().getRawQuery()).isEqualTo("q=a%2Bb");
    assertThat(r.warnings()).singleElement().asString().contains("plus sign (%2B)");
  }

  @Test
  void stageRepeatedInThePath_isWarnedAbout() {
    WireUrl.Resolved r = resolve("/prod/notes");

    assertThat(r.uri().getRawPath()).isEqualTo("/prod/prod/notes");
    assertThat(r.warnings()).singleElement().asString().contains("leave the stage out");
  }

  @Test
  void absoluteUrl_isUsedAsIs_butEncodedOnce() {
    WireUrl.Resolved r =
        resolve("https://xyz.execute-api.eu-west-1.amazonaws.com/dev/a b/c%2Fd?x=1 2");

    assertThat(r.absolute()).isTrue();
    assertThat(r.uri().toString())
        .isEqualTo("https://xyz.execute-api.eu-west-1.amazonaws.com/dev/a%20b/c%2Fd?x=1%202");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void fragment_isDropped_withAWarning() {
    WireUrl.Resolved r = resolve("/notes#top");

    assertThat(r.uri().toString()).endsWith("/prod/notes");
    assertThat(r.warnings()).singleElement().asString().contains("fragment");
  }

  @Test
  void relativePath_withoutApiUrl_fails_withAHint() {
    assertThatThrownBy(() -> WireUrl.resolve(null, "/notes", List.of()))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("no API URL configured")
        .extracting(e -> ((ApiException) e).hint())
        .asString()
        .contains("apiUrl");
  }
}
