package dev.cogsh.engine;

import java.util.List;

/**
 * An input cut into complete snippets by the compiler, never by lines.
 *
 * @param complete the complete snippets, in order
 * @param remaining the incomplete tail (blank when the input ended with a complete snippet)
 * @param remainingOffset where {@code remaining} starts in the input
 */
public record Split(List<Chunk> complete, String remaining, int remainingOffset) {
  public Split {
    complete = List.copyOf(complete);
  }

  /** Whether the input ends where a snippet ends (nothing left over but blanks and comments). */
  public boolean isComplete() {
    return remaining.isBlank();
  }
}
