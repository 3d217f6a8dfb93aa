package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code System.exit} piped into the shell, in a cogsh process of its own: the call is refused with
 * an error naming it, the JVM does not end under the shell, and piped input, which stops at its
 * first failure, ends with the snippet's status.
 */
class ShellExitCallTest {

  @TempDir Path dir;

  @Test
  void systemExitInPipedInput_isRefused_andThePipeEndsWithItsStatus() throws Exception {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path output = dir.resolve("output.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-Duser.home=" + dir,
                    "-cp",
                    classPath,
                    "dev.cogsh.cli.Main",
                    "--sandbox"))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("COGSH_") || name.startsWith("XDG_"));
    env.put("HOME", dir.toString());
    Process process = builder.start();
    process
        .getOutputStream()
        .write("int before = 1\nSystem.exit(3)\nint after = 2\n".getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();

    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(Files.readString(output)).isTrue();
    String text = Files.readString(output);
    assertThat(process.exitValue()).as(text).isEqualTo(3);
    assertThat(text)
        .contains("before ==> 1")
        .contains(
            "System.exit(3) at line 1 of the snippet; the shell keeps running — /exit to leave")
        .doesNotContain("which ends cogsh")
        .doesNotContain("after ==>");
  }
}
