package dev.cogsh.srp;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

/**
 * A {@link SecureRandom} that hands out given byte strings in order, one per {@code nextBytes}
 * call, to replay the reference library's pinned randomness. Asking for another length, or once too
 * often, fails the test.
 */
final class PinnedRandom extends SecureRandom {

  private static final long serialVersionUID = 1L;

  private final transient Deque<byte[]> draws = new ArrayDeque<>();

  /**
   * @param hexDraws the bytes of each expected draw, in hex
   */
  PinnedRandom(String... hexDraws) {
    for (String hex : hexDraws) {
      draws.add(HexFormat.of().parseHex(hex));
    }
  }

  @Override
  public void nextBytes(byte[] bytes) {
    byte[] next = draws.poll();
    if (next == null || next.length != bytes.length) {
      throw new AssertionError(
          "unexpected draw of "
              + bytes.length
              + " bytes; pinned: "
              + (next == null ? "none left" : next.length + " bytes"));
    }
    System.arraycopy(next, 0, bytes, 0, bytes.length);
  }

  boolean exhausted() {
    return draws.isEmpty();
  }
}
