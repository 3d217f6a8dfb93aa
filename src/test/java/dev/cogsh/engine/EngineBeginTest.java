package dev.cogsh.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An engine made with {@link Engine#create} builds nothing until {@link Engine#begin()} (the shell
 * begins it once its line editor is built); beginning twice builds once.
 */
class EngineBeginTest {

  private static final String CLASS_PATH =
      System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

  @Test
  void createdEngine_isNotBuilding_untilBegun_andBeginsOnce() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Engine engine = Engine.create(EngineOptions.of(CLASS_PATH, sink, sink));
    try {
      assertThat(engine.isReady()).isFalse();
      engine.stop(); // a Ctrl-C before the build began does nothing
      engine.begin();
      engine.begin();
      assertThat(engine.awaitReady()).isEmpty();
      Outcome outcome = engine.eval("6 * 7");
      assertThat(outcome).isInstanceOf(Outcome.Value.class);
      assertThat(((Outcome.Value) outcome).value()).isEqualTo("42");
    } finally {
      engine.close();
    }
  }
}
