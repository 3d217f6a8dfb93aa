package dev.cogsh.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A differential check of the reader: every class-level dependency that the JDK's own {@code jdeps}
 * finds in the project's classes, the reader finds too.
 */
class JdepsAgreementTest {

  /** {@code dev.cogsh.api.Api -> dev.cogsh.api.Response classes} */
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

  @Test
  void reader_findsEveryDependencyJdepsFinds() throws IOException {
    Optional<ToolProvider> jdeps = ToolProvider.findFirst("jdeps");
    assumeTrue(jdeps.isPresent(), "this JDK has no jdeps tool; the reader's own tests still run");
    StringWriter out = new StringWriter();
    int status =
        jdeps
            .get()
            .run(
                new PrintWriter(out),
                new PrintWriter(out),
                "-verbose:class",
                "-filter:none",
                Javac.PROJECT_CLASSES.toString());
    assertThat(status).as("jdeps exit status; its output:%n%s", out).isZero();

    Map<String, ClassFacts> read =
        ArchitectureCheck.read(Javac.PROJECT_CLASSES).stream()
            .collect(Collectors.toMap(ClassFacts::name, Function.identity()));
    List<String> edges = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      Matcher m = EDGE.matcher(line);
      if (m.find()) {
        edges.add(line);
        ClassFacts facts = read.get(m.group(1));
        if (facts == null || !facts.classes().contains(m.group(2))) {
          missed.add(m.group(1) + " -> " + m.group(2));
        }
      }
    }

    assertThat(edges)
        .as("jdeps found edges (else this test proves nothing)")
        .hasSizeGreaterThan(100);
    assertThat(missed).as("dependencies jdeps sees and the reader does not").isEmpty();
  }
}
