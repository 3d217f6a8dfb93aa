package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.session.OpenSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell driven through a dumb terminal, as a person types: real {@code auth} and {@code creds}
 * are bound (over endpoints nothing listens on).
 */
public class ShellTest {

  /** Counted down by slow snippets once they run, so that Ctrl-C comes while they do. */
  public static volatile CountDownLatch running = new CountDownLatch(1);

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
    running = new CountDownLatch(1);
  }

  private ShellDriver shell() {
    ShellDriver shell = new ShellDriver(ShellDriver.setup(home));
    shell.awaitPrompt();
    return shell;
  }

  @Test
  void banner_saysWhereItIsConnectedAndWhatIsReady() {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      assertThat(shell.awaitPrompt())
          .contains("cogsh 0.1 — http://127.0.0.1:9/prod (user tester@example.com)")
          .contains("Type /help for commands; auth, creds and api are ready.");
    }
  }

  @Test
  void expression_printsItsValueUnderATemporaryName() {
    try (ShellDriver shell = shell()) {
      shell.type("1 + 2\n");
      assertThat(shell.awaitPrompt()).contains("$1 ==> 3");
      shell.type("String greeting = \"hi\"\n");
      assertThat(shell.awaitPrompt()).contains("greeting ==> \"hi\"");
    }
  }

  @Test
  void multiLineSnippet_continuesUntilTheCompilerSaysItIsComplete() {
    try (ShellDriver shell = shell()) {
      shell.type("int add(int a,\n        int b) {\n  return a + b;\n}\n");
      assertThat(shell.awaitPrompt())
          .contains(
              "int add(int a,\n"
                  + LineEditor.CONTINUATION
                  + "        int b) {\n"
                  + LineEditor.CONTINUATION
                  + "  return a + b;\n"
                  + LineEditor.CONTINUATION
                  + "}\n")
          .contains("|  created method add(int,int)");
      shell.type("add(2, 3)\n");
      assertThat(shell.awaitPrompt()).contains("==> 5");
    }
  }

  @Test
  void severalSnippetsOnOneLine_runInOrder() {
    try (ShellDriver shell = shell()) {
      shell.type("int x = 4; int y = x * 2; y + 1\n");
      assertThat(shell.awaitPrompt()).contains("x ==> 4").contains("y ==> 8").contains("==> 9");
    }
  }

  @Test
  void help_listsEveryCommandOfTheTable() {
    try (ShellDriver shell = shell()) {
      shell.type("/help\n");
      String help = shell.awaitPrompt();
      for (Command command : ShellCommands.standard(ShellDriver.setup(home).session()).commands()) {
        assertThat(help).contains(CommandTable.synopsis(command)).contains(command.summary());
      }
      assertThat(help).contains("Tab completes").contains("Session objects: auth, creds, api");
    }
  }

  @Test
  void help_ofOneCommand_acceptsAPrefix() {
    try (ShellDriver shell = shell()) {
      shell.type("/help /lo\n");
      assertThat(shell.awaitPrompt()).contains("ambiguous: /lo could be /login, /logout");
      shell.type("/he logi\n");
      assertThat(shell.awaitPrompt())
          .contains("/login [user | --browser [--no-browser] [provider]]")
          .contains("auth.login()");
    }
  }

  @Test
  void command_byUniquePrefix_runs_andAnUnknownOneGetsASuggestion() {
    try (ShellDriver shell = shell()) {
      shell.type("int kept = 1\n");
      shell.awaitPrompt();
      shell.type("/va\n");
      assertThat(shell.awaitPrompt()).contains("int kept = 1");
      shell.type("/hepl\n");
      assertThat(shell.awaitPrompt())
          .contains("unknown command: /hepl — did you mean /help? (/help lists the commands)");
    }
  }

  @Test
  void compileError_showsTheSourceLineWithACaretUnderTheProblem() {
    try (ShellDriver shell = shell()) {
      shell.type("int y = nope + 1;\n");
      assertThat(shell.awaitPrompt())
          .contains("error: cannot find symbol")
          .contains("symbol:   variable nope")
          .contains("  int y = nope + 1;\n          ^--^");
    }
  }

  @Test
  void exception_isOneLinePerCause_andTheShellGoesOn() {
    try (ShellDriver shell = shell()) {
      shell.type("throw new IllegalStateException(\"boom\", new java.io.IOException(\"disk\"))\n");
      assertThat(shell.awaitPrompt())
          .contains("IllegalStateException: boom\n  caused by IOException: disk")
          .contains("(/trace shows the stack trace)");
      shell.type("2 + 2\n");
      assertThat(shell.awaitPrompt()).contains("==> 4");
    }
  }

  @Test
  void cogshException_showsItsHint() {
    try (ShellDriver shell = shell()) {
      shell.type("auth.tokens()\n");
      assertThat(shell.awaitPrompt()).contains("AuthException: ").contains("hint: ");
    }
  }

  @Test
  void trace_printsTheLastExceptionsStack() {
    try (ShellDriver shell = shell()) {
      shell.type("/trace\n");
      assertThat(shell.awaitPrompt()).contains("no exception so far");
      shell.type("Integer.parseInt(\"x\")\n");
      shell.awaitPrompt();
      shell.type("/trace\n");
      assertThat(shell.awaitPrompt())
          .contains("java.lang.NumberFormatException: For input string: \"x\"")
          .contains("at java.base/java.lang.Integer.parseInt");
    }
  }

  @Test
  void ctrlC_cancelsASlowSnippet_andTheShellGoesOn() throws InterruptedException {
    try (ShellDriver shell = shell()) {
      shell.type("{ dev.cogsh.shell.ShellTest.running.countDown(); Thread.sleep(600_000); }\n");
      assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
      shell.type("\u0003");
      assertThat(shell.awaitPrompt()).contains("cancelled");
      shell.type("3 * 3\n");
      assertThat(shell.awaitPrompt()).contains("==> 9");
    }
  }

  @Test
  void ctrlC_betweenSnippetsOfOneInput_cancelsTheRest() throws InterruptedException {
    try (ShellDriver shell = shell()) {
      shell.type(
          "{ dev.cogsh.shell.ShellTest.running.countDown(); Thread.sleep(600_000); }"
              + " int after = 1;\n");
      assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
      shell.type("\u0003");
      assertThat(shell.awaitPrompt()).contains("cancelled").doesNotContain("after ==> 1");
      shell.type("/vars\n");
      assertThat(shell.awaitPrompt()).doesNotContain("after");
    }
  }

  @Test
  void ctrlC_cancelsABusyLoop() throws InterruptedException {
    try (ShellDriver shell = shell()) {
      shell.type("{ dev.cogsh.shell.ShellTest.running.countDown(); while (true) { } }\n");
      assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
      shell.type("\u0003");
      assertThat(shell.awaitPrompt()).contains("cancelled");
    }
  }

  @Test
  void ctrlC_atThePrompt_dropsTheLine() {
    try (ShellDriver shell = shell()) {
      shell.type("int dropped = 1");
      shell.type("\u0003");
      shell.awaitPrompt();
      shell.type("dropped\n");
      assertThat(shell.awaitPrompt()).contains("cannot find symbol");
    }
  }

  @Test
  void ctrlD_leaves() {
    try (ShellDriver shell = shell()) {
      shell.type("\u0004");
      assertThat(shell.awaitExit()).isZero();
    }
  }

  @Test
  void exit_leavesWithTheStatusGiven() {
    try (ShellDriver shell = shell()) {
      shell.type("/exit 3\n");
      assertThat(shell.awaitExit()).isEqualTo(3);
    }
  }

  @Test
  void exclamationMark_staysJava() {
    try (ShellDriver shell = shell()) {
      shell.type("boolean t = true; !t\n");
      assertThat(shell.awaitPrompt()).contains("==> false");
      shell.type("!!t\n");
      assertThat(shell.awaitPrompt()).contains("==> true");
    }
  }

  @Test
  void vars_imports_andReset() {
    try (ShellDriver shell = shell()) {
      shell.type("int counted = 5\n");
      shell.awaitPrompt();
      shell.type("/vars\n");
      assertThat(shell.awaitPrompt()).contains("int counted = 5").contains("Auth auth = Auth[");
      shell.type("/imports\n");
      assertThat(shell.awaitPrompt())
          .contains("import java.util.*;")
          .contains("import com.fasterxml.jackson.databind.JsonNode;");
      shell.type("/reset\n");
      assertThat(shell.awaitPrompt()).contains("Resetting the Java state.");
      shell.type("/vars\n");
      assertThat(shell.awaitPrompt())
          .doesNotContain("counted")
          .contains("Auth auth = Auth[")
          .contains("Creds creds");
    }
  }

  @Test
  void sessionObjects_aSnippetVariableShadowsOne_anAssignmentLeavesTheSession_resetRestores() {
    try (ShellDriver shell = shell()) {
      shell.type("/vars\n");
      assertThat(shell.awaitPrompt())
          .contains("Auth auth = Auth[")
          .contains("Api api = ")
          .contains("SandboxCodes sandbox = ");
      shell.type("var api = \"mine\"\n");
      shell.awaitPrompt();
      shell.type("api.length()\n");
      assertThat(shell.awaitPrompt()).contains("==> 4");
      shell.type("/vars\n");
      assertThat(shell.awaitPrompt())
          .contains("String api = \"mine\"")
          .doesNotContain("Api api = ")
          .contains("Creds creds");
      shell.type("auth = null\n");
      shell.awaitPrompt();
      shell.type("auth == null && dev.cogsh.runtime.Session.auth() != null\n");
      assertThat(shell.awaitPrompt()).contains("==> true");
      shell.type("/reset\n");
      shell.awaitPrompt();
      shell.type(
          "auth == dev.cogsh.runtime.Session.auth() && api == dev.cogsh.runtime.Session.api()\n");
      assertThat(shell.awaitPrompt()).contains("==> true");
    }
  }

  @Test
  void aSnippetTypedBeforeTheObjectsAreInstalled_waits_andNeverSeesNull() {
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Thread> shellThread = new AtomicReference<>();
    ShellSetup.Builder setup = ShellDriver.setup(home);
    try (ShellDriver shell =
        new ShellDriver(
            "dumb",
            terminal -> {
              shellThread.set(Thread.currentThread());
              try (OpenSession session = setup.session()) {
                return new Shell(
                        setup.terminal(terminal).build(),
                        ShellCommands.standard(session),
                        null,
                        prompter -> {
                          awaitQuietly(release);
                          session.install(prompter);
                        })
                    .run();
              }
            })) {
      try {
        shell.awaitPrompt();
        shell.type("auth == null || creds == null || api == null ? \"unbound\" : \"bound\"\n");
        awaitWaitingForTheEngine(shellThread.get());
        assertThat(dev.cogsh.runtime.Session.isInstalled()).as("still held back").isFalse();
      } finally {
        release.countDown();
      }
      assertThat(shell.awaitPrompt()).contains("==> \"bound\"").doesNotContain("==> \"unbound\"");
    }
  }

  /**
   * Polls until {@code thread} waits in {@code Engine.awaitReady} for the typed input (the line
   * editor asks the engine where the snippet ends, then the shell evaluates it).
   */
  private static void awaitWaitingForTheEngine(Thread thread) {
    long deadline = System.nanoTime() + ShellDriver.TIMEOUT.toNanos();
    while (!waitsForTheEngine(thread)) {
      assertThat(System.nanoTime()).as("the input waits for the engine").isLessThan(deadline);
      LockSupport.parkNanos(1_000_000); // poll every millisecond
    }
  }

  private static boolean waitsForTheEngine(Thread thread) {
    List<String> frames =
        Arrays.stream(thread.getStackTrace())
            .map(f -> f.getClassName() + "." + f.getMethodName())
            .toList();
    return frames.contains("dev.cogsh.engine.Engine.awaitReady")
        && frames.contains("dev.cogsh.shell.Shell.loop");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(ShellDriver.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void userStartupScript_runsAfterTheBuiltInOne_andItsFailuresAreShown() throws IOException {
    Path own = home.resolve(".config/cogsh/startup.jsh");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "int mine = auth == null ? 0 : 7;\nint broken = nope;\n");
    try (ShellDriver shell = shell()) {
      shell.type("mine\n");
      shell.await("==> 7");
      assertThat(shell.output())
          .contains(own + ":2: error: cannot find symbol")
          .contains("int broken = nope;");
    }
  }

  @Test
  void login_asksForTheUserAndAMaskedPassword() {
    try (ShellDriver shell = shell()) {
      shell.type("/login\n");
      assertThat(shell.await("Username [tester@example.com]: ")).isNotNull();
      shell.type("\n");
      shell.await("Password: ");
      shell.type("typed-secret\n");
      String output = shell.awaitPrompt();
      assertThat(output).doesNotContain("typed-secret");
      // nothing listens at the configured endpoint: the sign-in fails, with a hint
      assertThat(output).contains("hint: ");
    }
  }
}
