package dev.cogsh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.architecture.ArchitectureCheck;
import dev.cogsh.architecture.DesignTable;
import dev.cogsh.architecture.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps DESIGN §2 over the compiled classes ({@code target/classes}), not over import lines: each
 * package names only what its row of {@link DesignTable} allows, config alone reads the
 * environment, shell and cli alone write to the terminal, the pure cores read no clock, no global
 * random source and do no I/O, and no two packages use each other. How the check reads classes, and
 * proof that it catches each kind of violation, are in {@code dev.cogsh.architecture}.
 */
class ArchitectureTest {

  private static final Path CLASSES = Path.of("target/classes");
  private static final Path MAIN = Path.of("src/main/java/dev/cogsh");

  @Test
  void compiledClasses_keepDesignTable() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Violation v : ArchitectureCheck.check(CLASSES)) {
      violations.add(v.toString());
    }
    assertThat(violations)
        .as(
            "%d violations of DESIGN §2 in %s (fix the code; or, where DESIGN is wrong, change"
                + " DESIGN §2 and DesignTable together):%n  %s%n",
            violations.size(), CLASSES, String.join("\n  ", violations))
        .isEmpty();
  }

  @Test
  void everyPackage_hasPackageInfo() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      dirs.filter(Files::isDirectory)
          .forEach(
              dir ->
                  assertThat(dir.resolve("package-info.java"))
                      .as("package-info.java in " + dir)
                      .exists());
    }
  }

  @Test
  void designTable_coversEveryPackage() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .forEach(
              name ->
                  assertThat(DesignTable.packages())
                      .as("package " + name + " is in the table")
                      .contains(name));
    }
  }
}
