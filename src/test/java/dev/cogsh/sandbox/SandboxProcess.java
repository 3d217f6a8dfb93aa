package dev.cogsh.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** {@code cogsh sandbox} in a child JVM, so that tests can kill it like a real process. */
final class SandboxProcess implements AutoCloseable {
  private static final String LISTENING = "cogsh sandbox listening on ";

  final Process process;
  final URI endpoint;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Thread reader;
  final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

  private SandboxProcess(Process process) throws Exception {
    this.process = process;
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  output.add(line);
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process died; the test looks at what came before
              }
            },
            "sandbox-process-output");
    reader.setDaemon(true);
    reader.start();
    String line = awaitLine(LISTENING, 60);
    this.endpoint = URI.create(line.substring(line.indexOf(LISTENING) + LISTENING.length()).trim());
  }

  /** Starts {@code cogsh sandbox ARGS…} on the test class path and waits for its listening line. */
  static SandboxProcess start(String... args) throws Exception {
    return start(java.util.Map.of(), args);
  }

  /** Starts {@code cogsh sandbox ARGS…} with these extra environment variables. */
  static SandboxProcess start(java.util.Map<String, String> variables, String... args)
      throws Exception {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(classPath);
    command.add("dev.cogsh.cli.Main");
    command.add("sandbox");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("COGSH_PASSWORD");
    builder.environment().keySet().removeIf(name -> name.startsWith("COGSH_SANDBOX_PASSWORD"));
    builder.environment().putAll(variables);
    return new SandboxProcess(builder.start());
  }

  /** Waits for a line containing {@code text}; fails with everything printed so far. */
  String awaitLine(String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null && line.contains(text)) {
        return line;
      }
      if (line == null && !reader.isAlive() && lines.isEmpty()) {
        break;
      }
    }
    throw new AssertionError(
        "no line with '" + text + "' from cogsh sandbox; it printed " + output);
  }

  /** SIGKILL: no shutdown hook runs, writes in progress are cut off. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
