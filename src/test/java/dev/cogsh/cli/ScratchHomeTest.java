package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.shell.ShellDriver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code HOME=$(mktemp -d) cogsh}: the scratch home is the home, though the JVM's {@code user.home}
 * (from the password database) names another folder, which stays untouched.
 */
class ScratchHomeTest {

  @TempDir Path scratch;
  @TempDir Path loginHome;
  @TempDir Path cwd;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void theShell_keepsItsHistoryUnderTheHomeVariable() throws IOException {
    Environment environment =
        Environment.of(
            Map.of("HOME", scratch.toString()),
            cwd,
            loginHome.toString(),
            System.getProperty("java.class.path"));
    StringWriter errors = new StringWriter();
    try (ShellDriver shell =
        new ShellDriver(
            "dumb",
            terminal -> {
              try {
                return ShellCommand.start(
                    new ShellOptions(),
                    environment,
                    terminal,
                    InputStream.nullInputStream(),
                    new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(OutputStream.nullOutputStream()),
                    new PrintWriter(errors, true));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })) {
      shell.awaitPrompt();
      shell.type("int kept = 42\n");
      assertThat(shell.awaitPrompt()).contains("kept ==> 42");
      shell.type("/exit\n");
      assertThat(shell.awaitExit()).as(errors.toString()).isZero();
    }

    Path history = scratch.resolve(".local/share/cogsh/history");
    assertThat(history).exists();
    assertThat(Files.readString(history)).contains("int kept = 42");
    assertThat(filesUnder(loginHome)).as("nothing under user.home").isEmpty();
  }

  @Test
  void aCogshProcess_takesItsHomeFromTheHomeVariable() throws Exception {
    Path startup = scratch.resolve(".config/cogsh/startup.jsh");
    Files.createDirectories(startup.getParent());
    Files.writeString(startup, "System.out.println(\"startup script of the scratch home\");\n");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-Duser.home=" + loginHome,
                    "-cp",
                    classPath,
                    "dev.cogsh.cli.Main",
                    "--sandbox"))
            .directory(cwd.toFile())
            .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("COGSH_") || name.startsWith("XDG_"));
    env.put("HOME", scratch.toString());
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write("int answer = 6 * 7\n".getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("startup script of the scratch home").contains("answer ==> 42");
    assertThat(filesUnder(loginHome)).as("nothing under user.home").isEmpty();
  }

  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
