package dev.cogsh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package table of DESIGN §2: each package imports only the rooms it may use, so arrows
 * point down only and the protocol cores stay pure.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/dev/cogsh");
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);

  private static final Set<String> JAVA_BASE =
      Set.of("java.", "javax.crypto.", "javax.security.", "javax.net.");
  private static final String JACKSON = "com.fasterxml.jackson.";
  private static final String SDK = "software.amazon.awssdk.";

  /** package → the prefixes (besides java.base and itself) its imports may start with. */
  private static final Map<String, List<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("sigv4", List.of()),
          Map.entry("srp", List.of()),
          Map.entry("config", List.of(JACKSON)),
          // auth decodes JWT claims into Jackson trees; DESIGN lists srp, config and the SDK.
          Map.entry("auth", List.of(pkg("srp"), pkg("config"), SDK, JACKSON)),
          Map.entry("creds", List.of(pkg("auth"), pkg("config"), SDK, JACKSON)),
          Map.entry(
              "api", List.of(pkg("sigv4"), pkg("creds"), pkg("config"), JACKSON, "java.net.")),
          Map.entry(
              "runtime",
              List.of(pkg("auth"), pkg("creds"), pkg("api"), pkg("config"), pkg("sigv4"), JACKSON)),
          Map.entry("engine", List.of("jdk.jshell.")),
          Map.entry(
              "script", List.of(pkg("engine"), pkg("runtime"), pkg("api"), pkg("config"), JACKSON)),
          // the one composition root: every package but shell and cli
          Map.entry(
              "session",
              List.of(
                  pkg("sigv4"),
                  pkg("srp"),
                  pkg("config"),
                  pkg("auth"),
                  pkg("creds"),
                  pkg("api"),
                  pkg("runtime"),
                  pkg("engine"),
                  pkg("script"),
                  pkg("sandbox"),
                  JACKSON,
                  SDK)),
          Map.entry(
              "shell",
              List.of(
                  pkg("session"),
                  pkg("sigv4"),
                  pkg("srp"),
                  pkg("config"),
                  pkg("auth"),
                  pkg("creds"),
                  pkg("api"),
                  pkg("runtime"),
                  pkg("engine"),
                  pkg("script"),
                  pkg("sandbox"),
                  "org.jline.",
                  "jdk.jshell.",
                  JACKSON,
                  SDK)),
          Map.entry(
              "sandbox",
              List.of(pkg("srp"), pkg("sigv4"), pkg("config"), JACKSON, "com.sun.net.httpserver.")),
          Map.entry(
              "cli", List.of("dev.cogsh.", "picocli.", JACKSON, SDK, "org.jline.", "sun.misc.")));

  private static String pkg(String name) {
    return "dev.cogsh." + name + ".";
  }

  @Test
  void everyPackage_importsOnlyWhatDesignAllows() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(file -> check(file, violations));
    }
    assertThat(violations).as("imports that break DESIGN §2").isEmpty();
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
                  assertThat(ALLOWED).as("package " + name + " is in the table").containsKey(name));
    }
  }

  @Test
  void protocolCores_doNoIoAndReadNoClockOrGlobalRandom() throws IOException {
    List<String> forbidden =
        List.of(
            "java.net.http",
            "java.nio.file",
            "java.io.File",
            "Instant.now(",
            "Clock.system",
            "System.currentTimeMillis",
            "new SecureRandom(",
            "System.getenv",
            "System.out",
            "System.err");
    List<String> violations = new ArrayList<>();
    for (String room : List.of("sigv4", "srp")) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(room))) {
        files
            .filter(p -> p.toString().endsWith(".java"))
            .forEach(
                file -> {
                  String source = read(file);
                  forbidden.stream()
                      .filter(source::contains)
                      .forEach(f -> violations.add(file + " uses " + f));
                });
      }
    }
    assertThat(violations).as("pure packages must stay pure").isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(Path file, List<String> violations) {
    String room = MAIN.relativize(file).getName(0).toString();
    List<String> allowed = ALLOWED.getOrDefault(room, List.of());
    String source = read(file);
    Matcher m = IMPORT.matcher(source);
    while (m.find()) {
      String imported = m.group(1);
      boolean ok =
          JAVA_BASE.stream().anyMatch(imported::startsWith)
              || imported.startsWith(pkg(room))
              || allowed.stream().anyMatch(imported::startsWith);
      if (!ok) {
        violations.add(file + " imports " + imported);
      }
    }
  }
}
