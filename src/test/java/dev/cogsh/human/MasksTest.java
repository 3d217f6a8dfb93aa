package dev.cogsh.human;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The one masking policy, kind by kind, as a table. */
class MasksTest {

  private static final String JWT = "eyJ" + "a".repeat(1097); // 1,100 characters

  static Stream<Arguments> table() {
    return Stream.of(
        // kind, value, shown
        Arguments.of(SecretKind.ACCESS_KEY_ID, "ASIAQEXAMPLEKEYWXYZ", "ASIA…WXYZ"),
        Arguments.of(SecretKind.ACCESS_KEY_ID, "AKIAIOSFODNN7EXAMPLE", "AKIA…MPLE"),
        Arguments.of(SecretKind.ACCESS_KEY_ID, "AKIA123456789012", "AKIA…9012"),
        Arguments.of(SecretKind.ACCESS_KEY_ID, "AKIA12345678901", Masks.HIDDEN),
        Arguments.of(SecretKind.ACCESS_KEY_ID, "AKIDEXAMPLE", "****"),
        Arguments.of(SecretKind.ACCESS_KEY_ID, "", "****"),
        Arguments.of(SecretKind.SECRET, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "****"),
        Arguments.of(SecretKind.SECRET, "Passw0rd!", "****"),
        Arguments.of(SecretKind.SECRET, "", "****"),
        Arguments.of(SecretKind.TOKEN, JWT, "eyJ…(1.1 kB)"),
        Arguments.of(SecretKind.TOKEN, "eyJ" + "a".repeat(1197), "eyJ…(1.2 kB)"),
        Arguments.of(SecretKind.TOKEN, "IQoJb3JpZ2luX2VjE" + "x".repeat(640), "IQo…(657 B)"),
        Arguments.of(SecretKind.TOKEN, "x".repeat(16), "xxx…(16 B)"),
        Arguments.of(SecretKind.TOKEN, "x".repeat(15), "…(15 B)"),
        Arguments.of(SecretKind.TOKEN, "short", "…(5 B)"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("table")
  void mask_showsEachKindByItsRule(SecretKind kind, String value, String shown) {
    assertThat(Masks.mask(kind, value)).isEqualTo(shown);
    assertThat(kind.mask(value)).isEqualTo(shown);
  }

  @ParameterizedTest
  @MethodSource("table")
  void mask_neverShowsMoreThanHalfOfTheValue(SecretKind kind, String value, String shown) {
    long revealed = shown.chars().filter(c -> c != '…' && c != '*').count();
    String digitsAndUnit = shown.replaceAll(".*\\((.*)\\)$", "$1");
    revealed -= shown.endsWith(")") ? digitsAndUnit.length() + 2 : 0;
    assertThat(revealed).isLessThanOrEqualTo(value.length() / 2);
  }

  @ParameterizedTest
  @EnumSource(SecretKind.class)
  void mask_ofNull_saysNull(SecretKind kind) {
    assertThat(Masks.mask(kind, null)).isEqualTo("null");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("ids")
  void shortId_keepsTheRegionAndFourCharacters(String id, String shown) {
    assertThat(Masks.shortId(id)).isEqualTo(shown);
  }

  static Stream<Arguments> ids() {
    return Stream.of(
        Arguments.of("us-east-1:5f0c9a1e-aaaa-bbbb-cccc-ddddeeeeffff", "us-east-1:5f0c…"),
        Arguments.of("5f0c9a1e-aaaa-bbbb-cccc-ddddeeeeffff", "5f0c…"),
        Arguments.of("abcd", "abcd"),
        Arguments.of("us-east-1:ab", "us-east-1:ab"),
        Arguments.of(null, "null"));
  }

  @ParameterizedTest(name = "{0} characters -> {1}")
  @MethodSource("sizes")
  void size_isBytesThenKilobytes(int chars, String shown) {
    assertThat(Masks.size(chars)).isEqualTo(shown);
  }

  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of(0, "0 B"),
        Arguments.of(846, "846 B"),
        Arguments.of(999, "999 B"),
        Arguments.of(1000, "1.0 kB"),
        Arguments.of(1234, "1.2 kB"));
  }
}
