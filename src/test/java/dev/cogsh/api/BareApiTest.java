package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code api} does on its own, with no diagnosis: explain, re-signing after an expired token,
 * and the plain finding an api built without a {@link Diagnostician} gives.
 */
class BareApiTest {

  private StubServer stub;
  private ApiFixture f;

  @BeforeEach
  void start() throws Exception {
    stub = StubServer.start();
    f = new ApiFixture(stub.base().resolve("/prod"));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void withoutDiagnostician_anErrorIsShownAsItIs_andDiffSaysWhy() {
    ApiFixture bare = ApiFixture.bare(stub.base().resolve("/prod"));
    assertThat(bare.api.diff().kind()).isEqualTo(Finding.Kind.NONE);
    stub.reply(403, "{\"message\":\"Missing Authentication Token\"}");

    Response r = bare.api.get("/nope");

    assertThat(r.toString())
        .endsWith("\"message\": \"Missing Authentication Token\"\n}\n")
        .doesNotContain("type /diff");
    Finding d = bare.api.diff();
    assertThat(d.kind()).isEqualTo(Finding.Kind.ERROR);
    assertThat(d.summary()).isNull();
    assertThat(d.cause()).isNull();
    assertThat(d.text())
        .startsWith("403 Forbidden  GET /prod/nope: Missing Authentication Token\n")
        .contains("no diagnosis: this api was built without a diagnostician");
    assertThat(d).hasToString(d.text());
    assertThatThrownBy(r::orThrow)
        .isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).hint())
        .isEqualTo("see the response body");

    assertThat(bare.api.get("/yes").diagnosis().kind()).isEqualTo(Finding.Kind.OK);
  }

  @Test
  void expiredToken_invalidatesTheSource_andReSignsOnce() {
    int[] invalidated = {0};
    ApiFixture g =
        new ApiFixture(
            stub.base().resolve("/prod"),
            new CredentialSource() {
              @Override
              public dev.cogsh.sigv4.SigningCredentials current() {
                return ApiFixture.KEYS;
              }

              @Override
              public void invalidate() {
                invalidated[0]++;
              }
            });
    stub.reply(403, "{\"message\":\"The security token included in the request is expired\"}");

    Response r = g.api.get("/x");

    assertThat(r.status()).isEqualTo(200);
    assertThat(invalidated[0]).isEqualTo(1);
    assertThat(r.notes()).anyMatch(n -> n.contains("session token had expired"));
  }

  @Test
  void explain_showsTheLastTrace_withTheTokenMasked() {
    assertThat(f.api.explain().text()).startsWith("no request yet");
    assertThat(f.api.diff().kind()).isEqualTo(Finding.Kind.NONE);

    f.api.get("/notes");

    String text = f.api.explain().toString();
    assertThat(text)
        .contains("Task 1: canonical request")
        .contains("canonical URI")
        .contains("/prod/notes")
        .doesNotContain(ApiFixture.TOKEN)
        .doesNotContain(ApiFixture.SECRET);
  }
}
