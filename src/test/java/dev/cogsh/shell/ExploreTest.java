package dev.cogsh.shell;

import dev.cogsh.runtime.SessionTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ExploreTest {
  @TempDir Path home;

  @Test
  void explore() {
    SessionTestSupport.reset();
    try (ShellDriver shell =
        new ShellDriver(
            ShellDriver.setup(home), System.getProperty("termtype", "xterm-256color"))) {
      shell.awaitPrompt();
      shell.type("int add(int a,\nint b) {\nreturn a + b;\n}\n");
      shell.awaitPrompt();
      shell.type("String word = \"abc\";\n");
      shell.awaitPrompt();
      shell.type("word.len\t");
      shell.await("length()");
      shell.type("\n");
      shell.awaitPrompt();
      shell.type("word.\t");
      shell.await("substring(");
      shell.type("\u0015");
      shell.type("Math.abs(\t\t");
      shell.await("abs(int");
      shell.type("\u0015");
      shell.type("int y = nope + 1;\n");
      shell.awaitPrompt();
      shell.type(
          "throw new IllegalStateException(\"boom\", new java.io.IOException(\"inner\"));\n");
      shell.awaitPrompt();
      shell.type("/he\t");
      shell.await("help");
      shell.type("\n");
      shell.awaitPrompt();
      shell.type("/l\n");
      shell.awaitPrompt();
      shell.type("/hepl\n");
      shell.awaitPrompt();
      shell.type("/vars\n");
      shell.awaitPrompt();
      shell.type("!true\n");
      shell.awaitPrompt();
      shell.type("\u0004");
      shell.awaitExit();
      System.err.println("=====\n" + shell.output() + "\n=====");
    }
  }
}
