package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken --state folder or a taken port: refused at start, in one line, never half-used. */
class SandboxBadStateTest {
  @TempDir Path state;

  @Test
  void aFailedStart_leavesNoBackgroundWriteBehind() throws Exception {
    Files.writeString(state.resolve("notes"), "oops"); // fails after seeding and keys have begun

    assertThatThrownBy(this::start).isInstanceOf(SandboxStartException.class);
    List<String> atFailure = tree();
    Thread.sleep(1500); // long enough for an RSA key and a verifier to be written
    assertThat(tree()).isEqualTo(atFailure);
  }

  @Test
  void close_waitsForTheSeedAndTheKeys_soTheFolderCanBeDeletedAtOnce() throws Exception {
    start().close();
    List<String> atClose = tree();
    Thread.sleep(1500);
    assertThat(tree()).isEqualTo(atClose);
  }

  /** Every path under the state folder, sorted. */
  private List<String> tree() throws IOException {
    try (Stream<Path> paths = Files.walk(state)) {
      return paths.map(Path::toString).sorted().toList();
    }
  }

  @Test
  void aUserRecordReplacedByAnEmptyObject_isRefused_notANewUser() throws Exception {
    Path user = userRecord();
    Files.writeString(user, "{}");

    assertThatThrownBy(this::start)
        .isInstanceOf(SandboxStartException.class)
        .hasMessageContaining(user.toString())
        .hasMessageContaining("is not a user record: \"username\" is missing")
        .satisfies(e -> assertThat(((SandboxStartException) e).hint()).contains("backup"));
  }

  @Test
  void aNonHexVerifier_isRefusedAtStart_notA500AtSignIn() throws Exception {
    Path user = userRecord();
    Files.writeString(
        user,
        Files.readString(user)
            .replaceAll("\"verifierHex\"\\s*:\\s*\"[0-9a-f]+\"", "\"verifierHex\":\"zz\""));

    assertThatThrownBy(this::start)
        .isInstanceOf(SandboxStartException.class)
        .hasMessageContaining("\"verifierHex\" is not hexadecimal");
  }

  @Test
  void aNotesFolderReplacedByAFile_isRefused_notAnEmptyStart() throws Exception {
    start().close();
    Files.writeString(state.resolve("notes"), "oops");

    assertThatThrownBy(this::start)
        .isInstanceOf(SandboxStartException.class)
        .hasMessageContaining(
            state.resolve("notes") + " is a file where a folder of records belongs");
  }

  @Test
  void anUnreadableStateFolder_isRefused_namingItsPermissions() throws Exception {
    Path locked = Files.createDirectory(state.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      if (Files.isReadable(locked)) {
        System.out.println("skipped: this user (root) reads every folder whatever its mode");
      }
      Assumptions.assumeFalse(Files.isReadable(locked), "root reads every folder");

      assertThatThrownBy(
              () -> Sandbox.start(SandboxOptions.builder().stateDir(locked).build()).close())
          .isInstanceOf(SandboxStartException.class)
          .hasMessageContaining(locked + " is not readable and writable by this user")
          .hasMessageContaining("---------");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aStateFolderThatIsAFile_isRefused() throws Exception {
    Path file = state.resolve("plain");
    Files.writeString(file, "x");

    assertThatThrownBy(() -> Sandbox.start(SandboxOptions.builder().stateDir(file).build()).close())
        .isInstanceOf(SandboxStartException.class)
        .hasMessageContaining(file + " is a file");
  }

  @Test
  void cogshSandbox_onATakenPort_orABrokenState_saysSoInOneLineAndAHint() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      List<String> lines = run("--port", Integer.toString(taken.getLocalPort()));

      assertThat(lines)
          .containsExactly(
              "cogsh sandbox: cannot listen on 127.0.0.1:"
                  + taken.getLocalPort()
                  + ": Address already in use",
              "hint: pick another --port (0 for a free one), or stop what holds this one");
    }
    Files.writeString(state.resolve("notes"), "oops");
    List<String> lines = run("--state", state.toString());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("is a file where a folder of records belongs");
    assertThat(lines.get(1)).startsWith("hint: ");
  }

  @Test
  void cogshSandbox_withAConfigOutItCannotWrite_saysSoInOneLineAndAHint() throws Exception {
    Path file = Files.writeString(state.resolve("plain"), "x");
    Path configOut = file.resolve("cogsh.json");

    List<String> lines = run("--port", "0", "--config-out", configOut.toString());

    assertThat(lines)
        .containsSubsequence(
            "cogsh sandbox: cannot write --config-out "
                + configOut
                + ": "
                + file
                + " is a file, not a folder",
            "hint: give --config-out a file in a folder you may write")
        .noneMatch(line -> line.contains("Exception") || line.contains("unexpected error"));
  }

  private Sandbox start() throws IOException {
    return Sandbox.start(SandboxOptions.builder().stateDir(state).build());
  }

  /** The demo user's record, written by a first run that signed in. */
  private Path userRecord() throws Exception {
    try (Sandbox sandbox = start();
        SandboxClients clients = new SandboxClients(sandbox, Clock.systemUTC())) {
      clients.signInSrp(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
    }
    try (Stream<Path> files = Files.list(state.resolve("users"))) {
      return files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
    }
  }

  /** {@code cogsh sandbox ARGS} in a child JVM that is expected to stop at once; its lines. */
  private static List<String> run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add("dev.cogsh.cli.Main");
    command.add("sandbox");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    return new String(out, StandardCharsets.UTF_8).lines().toList();
  }
}
