package dev.cogsh.human;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every exception of cogsh that carries a hint says so by implementing {@link Hinted}: the error
 * renderer looks for nothing else, so one that only has a {@code hint()} method would lose it.
 */
class HintedTest {

  private static final Path CLASSES = Path.of("target/classes");

  @Test
  void everyExceptionWithAHintMethod_isHinted() throws Exception {
    List<String> exceptions = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Class<?> type : compiledClasses()) {
      if (!Throwable.class.isAssignableFrom(type)) {
        continue;
      }
      exceptions.add(type.getSimpleName());
      boolean hasHint = Stream.of(type.getDeclaredMethods()).anyMatch(HintedTest::isHint);
      if (hasHint && !Hinted.class.isAssignableFrom(type)) {
        missing.add(type.getName());
      }
    }
    assertThat(exceptions).as("the scan found cogsh's exceptions").contains("AuthException");
    assertThat(missing).as("exceptions with hint() that are not Hinted").isEmpty();
  }

  @Test
  void theExceptionsNamedByTheDesign_areHinted() throws Exception {
    for (String name :
        List.of(
            "config.ConfigException",
            "auth.AuthException",
            "creds.CredsException",
            "api.ApiException",
            "engine.EngineException",
            "engine.UnresolvedException",
            "script.ScriptException",
            "script.ParameterException",
            "diagnose.CaptureException",
            "cli.SignException",
            "sigv4.IncompleteSignatureException")) {
      assertThat(Hinted.class.isAssignableFrom(Class.forName("dev.cogsh." + name)))
          .as(name + " is Hinted")
          .isTrue();
    }
  }

  private static boolean isHint(Method m) {
    return m.getName().equals("hint") && m.getParameterCount() == 0;
  }

  private static List<Class<?>> compiledClasses() throws IOException, ClassNotFoundException {
    List<String> names;
    try (Stream<Path> files = Files.walk(CLASSES.resolve("dev/cogsh"))) {
      names =
          files
              .map(p -> CLASSES.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.endsWith(".class") && !p.endsWith("package-info.class"))
              .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
              .toList();
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      // not initialised: loading a class must not run its static set-up
      classes.add(Class.forName(name, false, HintedTest.class.getClassLoader()));
    }
    return classes;
  }
}
