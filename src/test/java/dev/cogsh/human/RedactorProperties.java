package dev.cogsh.human;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random secrets planted at random places in random text (among pieces that look like the shapes
 * the redactor knows): the output never contains one, and redacting again changes nothing.
 */
class RedactorProperties {

  private static final String SECRET_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&*+-./:;<=>?@^_~\"\\ ";

  /** Pieces of text near the shapes, so that secrets land next to (and inside) them. */
  private static final List<String> PIECES =
      List.of(
          "\"SessionToken\":\"",
          "\\\"IdToken\\\":\\\"",
          "\"password\": \"",
          "\"",
          "\\\"",
          "\",",
          "}",
          "x-amz-security-token: ",
          "X-Amz-Security-Token=",
          "Authorization: Bearer ",
          "Bearer ",
          "client_secret=",
          "AKIA",
          "ASIA0123456789ABCDEF",
          "eyJ",
          "eyJhbGciOiJub25lIn0.",
          RedactorTest.JWT,
          "IQoJb3JpZ2luX2Vj",
          ".",
          ",",
          "&",
          "\n",
          "…",
          "****",
          "(1.1 kB)");

  /**
   * Secrets and a text they were planted in.
   *
   * @param secrets the registered values
   * @param kinds their kinds, by index
   * @param text the text to redact
   */
  record Planted(List<String> secrets, List<SecretKind> kinds, String text) {}

  /** One piece of the text: filler, or the secret at {@code index} in form {@code form}. */
  record Piece(String filler, int index, int form) {}

  @Provide
  Arbitrary<Planted> planted() {
    Arbitrary<String> secret =
        Arbitraries.strings()
            .withChars(SECRET_CHARS)
            .ofMinLength(6)
            .ofMaxLength(40)
            .filter(s -> !s.isBlank());
    return secret
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .uniqueElements()
        .flatMap(
            secrets ->
                Combinators.combine(
                        Arbitraries.of(SecretKind.class).list().ofSize(secrets.size()),
                        piece(secrets.size()).list().ofMinSize(1).ofMaxSize(12))
                    .as((kinds, pieces) -> new Planted(secrets, kinds, text(secrets, pieces))));
  }

  private static Arbitrary<Piece> piece(int secrets) {
    Arbitrary<String> filler =
        Arbitraries.oneOf(
            Arbitraries.of(PIECES),
            Arbitraries.strings().withChars(SECRET_CHARS + "\n\t").ofMaxLength(20));
    Arbitrary<Piece> planted =
        Combinators.combine(
                Arbitraries.integers().between(0, secrets - 1),
                Arbitraries.integers().between(0, 2))
            .as((index, form) -> new Piece(null, index, form));
    return Arbitraries.oneOf(filler.map(text -> new Piece(text, -1, 0)), planted);
  }

  private static String text(List<String> secrets, List<Piece> pieces) {
    List<Piece> all = new ArrayList<>(pieces);
    all.add(new Piece(null, 0, 0)); // at least one secret in the text
    StringBuilder text = new StringBuilder();
    for (Piece piece : all) {
      if (piece.filler() != null) {
        text.append(piece.filler());
      } else {
        String value = secrets.get(piece.index());
        text.append(
            switch (piece.form()) {
              case 0 -> value;
              case 1 -> SecretRegistry.jsonEscaped(value);
              default -> URLEncoder.encode(value, StandardCharsets.UTF_8);
            });
      }
    }
    return text.toString();
  }

  private static Redactor redactor(Planted planted) {
    SecretRegistry registry = new SecretRegistry();
    for (int i = 0; i < planted.secrets().size(); i++) {
      assertThat(registry.register(planted.kinds().get(i), planted.secrets().get(i))).isTrue();
    }
    return new Redactor(registry);
  }

  @Property(tries = 500)
  void redact_neverLeavesARegisteredSecretInTheOutput(@ForAll("planted") Planted planted) {
    String redacted = redactor(planted).redact(planted.text());

    for (String secret : planted.secrets()) {
      assertThat(redacted)
          .doesNotContain(secret)
          .doesNotContain(SecretRegistry.jsonEscaped(secret))
          .doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }
  }

  @Property(tries = 500)
  void redact_twice_changesNothingTheSecondTime(@ForAll("planted") Planted planted) {
    Redactor redactor = redactor(planted);

    String once = redactor.redact(planted.text());

    assertThat(redactor.redact(once)).isEqualTo(once);
  }

  @Property(tries = 300)
  void redact_ofShapesOnly_twice_changesNothingTheSecondTime(@ForAll("planted") Planted planted) {
    Redactor redactor = Redactor.shapesOnly();

    String once = redactor.redact(planted.text());

    assertThat(redactor.redact(once)).isEqualTo(once);
  }
}
