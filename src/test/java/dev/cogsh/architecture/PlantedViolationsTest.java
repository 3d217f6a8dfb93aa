package dev.cogsh.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plants one violation of each kind in classes compiled at test time against the project's classes,
 * and proves the check names each one: class, package and the offending reference. A clean fixture,
 * which uses every kind of thing its packages may use, proves it is not vacuous.
 */
class PlantedViolationsTest {

  @TempDir static Path temp;
  private static Map<String, ClassFacts> compiled;

  /** File → source; each class breaks exactly one rule, except the Clean ones, which break none. */
  private static final Map<String, String> FIXTURES = new LinkedHashMap<>();

  static {
    fixture(
        "srp",
        "PlantedWildcard",
        "import dev.cogsh.config.*;",
        "Object of(Config c) { return c; }");
    fixture("srp", "PlantedFullName", "", "Object of(dev.cogsh.api.Api api) { return api; }");
    fixture(
        "srp",
        "PlantedRandom",
        "",
        "int roll() { return java.util.concurrent.ThreadLocalRandom.current().nextInt(); }");
    fixture("srp", "PlantedClock", "", "Object now() { return java.time.ZonedDateTime.now(); }");
    fixture(
        "sigv4",
        "PlantedMethodRef",
        "",
        "java.util.function.Supplier<java.time.Instant> c() { return java.time.Instant::now; }");
    fixture(
        "otp",
        "PlantedSecureRandom",
        "",
        "Object r() { return new java.security.SecureRandom(); }");
    fixture(
        "sigv4",
        "PlantedFile",
        "",
        "Object read() throws Exception { return java.nio.file.Files.readString(null); }");
    fixture(
        "otp",
        "PlantedNetwork",
        "",
        "Object host() throws Exception { return java.net.InetAddress.getByName(\"a\"); }");
    fixture("api", "PlantedEnvironment", "", "String home() { return System.getenv(\"HOME\"); }");
    fixture(
        "shell", "PlantedProperty", "", "String p() { return System.getProperty(\"user.home\"); }");
    fixture("auth", "PlantedPrint", "", "void say() { System.out.println(\"hi\"); }");
    fixture(
        "api", "PlantedThirdParty", "", "Object w() { return new org.example.widgets.Widget(); }");
    fixture("otp", "PlantedCycleDown", "", "dev.cogsh.sandbox.PlantedCycleUp up;");
    fixture("sandbox", "PlantedCycleUp", "", "dev.cogsh.otp.PlantedCycleDown down;");
    fixture("nowhere", "PlantedHomeless", "", "");
    // everything these packages may use, in every way it can be named
    fixture(
        "srp",
        "PlantedClean",
        "import java.security.*;",
        "byte[] salt(SecureRandom r, java.time.Clock c, java.net.URI u) {"
            + " byte[] b = new byte[16]; r.nextBytes(b); java.time.Instant.now(c); return b; }"
            + " String label(String s) { return java.net.URLEncoder.encode(s,"
            + " java.nio.charset.StandardCharsets.UTF_8); }");
    fixture(
        "api",
        "PlantedCleanApi",
        "import dev.cogsh.sigv4.*;",
        "SigningTrace t; dev.cogsh.config.Config c; com.fasterxml.jackson.databind.JsonNode j;"
            + " java.net.http.HttpClient h; java.nio.file.Path p;");
    fixture(
        "config",
        "PlantedCleanConfig",
        "",
        "String e() { return System.getenv(\"HOME\") + System.getProperty(\"user.home\"); }");
    fixture(
        "shell",
        "PlantedCleanShell",
        "",
        "org.jline.terminal.Terminal t; dev.cogsh.api.Api a;"
            + " void say() { System.out.println(\"hi\"); }");
  }

  private static void fixture(String room, String name, String imports, String body) {
    FIXTURES.put(
        "dev/cogsh/" + room + "/" + name + ".java",
        "package dev.cogsh."
            + room
            + ";\n"
            + imports
            + "\npublic class "
            + name
            + " {\n  "
            + body
            + "\n}\n");
  }

  @BeforeAll
  static void compile() throws IOException, URISyntaxException {
    Path lib = temp.resolve("lib");
    Javac.compile(
        lib,
        Map.of(
            "org/example/widgets/Widget.java",
            "package org.example.widgets; public class Widget {}"),
        List.of());
    Path classes = temp.resolve("classes");
    Javac.compile(
        classes,
        FIXTURES,
        List.of(Javac.PROJECT_CLASSES, lib, jarOf(JsonNode.class), jarOf(Terminal.class)));
    compiled =
        ArchitectureCheck.read(classes).stream()
            .collect(
                Collectors.toMap(c -> c.name().substring(c.name().lastIndexOf('.') + 1), c -> c));
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<String> check(String... simpleNames) {
    return ArchitectureCheck.check(Stream.of(simpleNames).map(compiled::get).toList()).stream()
        .map(Violation::toString)
        .toList();
  }

  static Stream<Arguments> planted() {
    return Stream.of(
        Arguments.of(
            "PlantedWildcard",
            "dev.cogsh.srp.PlantedWildcard (package srp) uses dev.cogsh.config.Config:"
                + " srp may not use config"),
        Arguments.of(
            "PlantedFullName",
            "dev.cogsh.srp.PlantedFullName (package srp) uses dev.cogsh.api.Api:"
                + " srp may not use api"),
        Arguments.of(
            "PlantedRandom",
            "dev.cogsh.srp.PlantedRandom (package srp) uses java.util.concurrent.ThreadLocalRandom:"
                + " a global random source in a pure package"),
        Arguments.of(
            "PlantedClock",
            "dev.cogsh.srp.PlantedClock (package srp) uses java.time.ZonedDateTime.now:"
                + " the clock in a pure package"),
        Arguments.of(
            "PlantedMethodRef",
            "dev.cogsh.sigv4.PlantedMethodRef (package sigv4) uses java.time.Instant.now:"
                + " the clock in a pure package"),
        Arguments.of(
            "PlantedSecureRandom",
            "dev.cogsh.otp.PlantedSecureRandom (package otp) uses java.security.SecureRandom.<init>:"
                + " a global random source in a pure package"),
        Arguments.of(
            "PlantedFile",
            "dev.cogsh.sigv4.PlantedFile (package sigv4) uses java.nio.file.Files:"
                + " I/O in a pure package"),
        Arguments.of(
            "PlantedNetwork",
            "dev.cogsh.otp.PlantedNetwork (package otp) uses java.net.InetAddress:"
                + " I/O in a pure package"),
        Arguments.of(
            "PlantedEnvironment",
            "dev.cogsh.api.PlantedEnvironment (package api) uses java.lang.System.getenv:"
                + " environment or system properties outside config"),
        Arguments.of(
            "PlantedProperty",
            "dev.cogsh.shell.PlantedProperty (package shell) uses java.lang.System.getProperty:"
                + " environment or system properties outside config"),
        Arguments.of(
            "PlantedPrint",
            "dev.cogsh.auth.PlantedPrint (package auth) uses java.lang.System.out:"
                + " the terminal outside shell and cli"),
        Arguments.of(
            "PlantedThirdParty",
            "dev.cogsh.api.PlantedThirdParty (package api) uses org.example.widgets.Widget:"
                + " org.example.widgets is a third party that DESIGN §2 does not list"),
        Arguments.of(
            "PlantedHomeless",
            "dev.cogsh.nowhere.PlantedHomeless (package nowhere) uses dev.cogsh.nowhere:"
                + " a package in no row of DESIGN §2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("planted")
  void check_plantedViolation_isReportedWithClassPackageAndReference(
      String fixture, String expected) {
    assertThat(check(fixture)).contains(expected);
  }

  @Test
  void check_plantedCycle_isReportedWithTheClassesThatCloseIt() {
    assertThat(check("PlantedCycleDown", "PlantedCycleUp"))
        .contains(
            "dev.cogsh.otp.PlantedCycleDown (package otp) uses dev.cogsh.sandbox.PlantedCycleUp:"
                + " packages otp -> sandbox -> otp form a cycle"
                + " (dev.cogsh.sandbox.PlantedCycleUp uses dev.cogsh.otp.PlantedCycleDown)");
  }

  @Test
  void check_cleanFixtures_reportNothing() {
    assertThat(compiled).containsKeys("PlantedClean", "PlantedCleanApi", "PlantedCleanConfig");
    assertThat(check("PlantedClean", "PlantedCleanApi", "PlantedCleanConfig", "PlantedCleanShell"))
        .isEmpty();
  }

  @Test
  void check_classOutsideTheProject_isReported() throws IOException {
    List<ClassFacts> widget = ArchitectureCheck.read(temp.resolve("lib"));

    assertThat(ArchitectureCheck.check(widget))
        .extracting(Violation::toString)
        .containsExactly(
            "org.example.widgets.Widget (package -) uses org.example.widgets.Widget:"
                + " every class lives under dev.cogsh");
  }
}
