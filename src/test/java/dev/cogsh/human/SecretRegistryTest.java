package dev.cogsh.human;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a session's secret registry keeps, and how. */
class SecretRegistryTest {

  @Test
  void register_keepsAValueOfTheShortestLengthOrMore() {
    SecretRegistry registry = new SecretRegistry();

    assertThat(registry.register(SecretKind.SECRET, "x".repeat(SecretRegistry.SHORTEST))).isTrue();

    assertThat(registry.contains("x".repeat(SecretRegistry.SHORTEST))).isTrue();
    assertThat(registry.size()).isEqualTo(1);
  }

  @Test
  void register_ignoresNullBlankAndShortValues() {
    SecretRegistry registry = new SecretRegistry();

    assertThat(registry.register(SecretKind.SECRET, null)).isFalse();
    assertThat(registry.register(SecretKind.SECRET, "        ")).isFalse();
    assertThat(registry.register(SecretKind.SECRET, "demo")).isFalse();
    assertThat(registry.register(SecretKind.SECRET, "x".repeat(SecretRegistry.SHORTEST - 1)))
        .isFalse();

    assertThat(registry.size()).isZero();
    assertThat(registry.contains("demo")).isFalse();
    assertThat(Redactor.shapesOnly().redact("demo@example.com")).isEqualTo("demo@example.com");
  }

  @Test
  void register_twice_keepsTheKindThatShowsLess() {
    SecretRegistry registry = new SecretRegistry();
    String value = "AKIDEXAMPLE12345678";

    registry.register(SecretKind.ACCESS_KEY_ID, value);
    registry.register(SecretKind.SECRET, value);
    registry.register(SecretKind.TOKEN, value);

    assertThat(registry.size()).isEqualTo(1);
    assertThat(new Redactor(registry).redact(value)).isEqualTo(Masks.HIDDEN);
  }

  @Test
  void forms_areTheValueAsIs_jsonEscaped_andUrlEncoded() {
    assertThat(SecretRegistry.forms("a\"b/c d~*"))
        .containsExactly(
            "a\"b/c d~*", "a\\\"b/c d~*", "a\\\"b\\/c d~*", "a%22b%2Fc+d%7E*", "a%22b%2Fc%20d~%2A");
    assertThat(SecretRegistry.forms("plainValue1")).containsExactly("plainValue1");
  }

  @Test
  void toString_neverShowsAValue() {
    SecretRegistry registry = new SecretRegistry();
    registry.register(SecretKind.SECRET, "hunter22");

    assertThat(registry.toString()).isEqualTo("SecretRegistry[1 values]");
    assertThat(new Redactor(registry).toString()).doesNotContain("hunter22");
  }

  @Test
  void register_fromManyThreads_keepsEveryValue() throws InterruptedException {
    SecretRegistry registry = new SecretRegistry();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 400; i++) {
      String value = "secret-" + i;
      pool.execute(() -> registry.register(SecretKind.SECRET, value));
    }
    pool.shutdown();

    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(registry.size()).isEqualTo(400);
  }
}
