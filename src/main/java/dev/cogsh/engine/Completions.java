package dev.cogsh.engine;

import java.util.List;

/**
 * Completion suggestions for the code before the cursor.
 *
 * @param anchor where the text that the suggestions replace starts
 * @param suggestions the candidates, best first
 */
public record Completions(int anchor, List<Suggestion> suggestions) {
  public Completions {
    suggestions = List.copyOf(suggestions);
  }

  /**
   * One candidate.
   *
   * @param continuation the text to put at the anchor, e.g. {@code login(}
   * @param matchesType whether its type fits where it would go
   */
  public record Suggestion(String continuation, boolean matchesType) {}
}
