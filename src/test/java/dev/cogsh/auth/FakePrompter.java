package dev.cogsh.auth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A terminal that replays typed lines and records what was shown and asked. */
final class FakePrompter implements Prompter {

  final List<String> transcript = new ArrayList<>();
  private final Deque<String> typed = new ArrayDeque<>();

  FakePrompter type(String... lines) {
    typed.addAll(List.of(lines));
    return this;
  }

  @Override
  public String readLine(String prompt) {
    String line = typed.poll();
    transcript.add("line " + prompt + (line == null ? "<EOF>" : line));
    return line;
  }

  @Override
  public String readSecret(String prompt) {
    String line = typed.poll();
    transcript.add("secret " + prompt + (line == null ? "<EOF>" : "****"));
    return line;
  }

  @Override
  public void println(String text) {
    transcript.add("shown " + text);
  }
}
