package dev.cogsh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A fresh clone has nothing beside it: no test may read a path outside the repository. (CI also
 * runs the whole suite from a temporary clone, see {@code .ci/run}.)
 */
class SelfContainedTest {

  /** A string literal that climbs out of the working folder (two dots, a slash, a name). */
  private static final Pattern PARENT_PATH = Pattern.compile("\"\\.\\./[A-Za-z]");

  @Test
  void testSources_nameNoPathOutsideTheRepository() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.endsWith("SelfContainedTest.java"))
              .flatMap(SelfContainedTest::parentPathLines)
              .collect(Collectors.toList());
    }
    assertThat(offenders).as("test code that reads outside the repository").isEmpty();
  }

  @Test
  void testVectors_areInTheRepositoryWithTheirReadme() {
    assertThat(Path.of("src/test/resources/testdata/README.md")).isRegularFile();
    assertThat(Path.of("src/test/resources/testdata/srp/device-vectors.json")).isRegularFile();
    assertThat(Path.of("src/test/resources/testdata/sigv4/aws-c-auth-v4/LICENSE")).isRegularFile();
  }

  private static Stream<String> parentPathLines(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return IntStream.range(0, lines.size())
          .filter(i -> PARENT_PATH.matcher(lines.get(i)).find())
          .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
