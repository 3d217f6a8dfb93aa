package dev.cogsh.architecture;

import java.nio.ByteBuffer;

/**
 * The "modified UTF-8" of {@code CONSTANT_Utf8} (JVMS §4.4.7): one to three bytes per UTF-16 char,
 * NUL as {@code C0 80}, supplementary characters as two encoded surrogates.
 */
final class ModifiedUtf8 {

  private ModifiedUtf8() {}

  /** Reads a u2 length and that many bytes. */
  static String read(ByteBuffer in) {
    int length = ConstantPool.u2(in);
    int end = in.position() + length;
    StringBuilder out = new StringBuilder(length);
    while (in.position() < end) {
      int a = in.get() & 0xFF;
      if (a < 0x80) {
        out.append((char) a);
      } else if ((a & 0xE0) == 0xC0) {
        out.append((char) (((a & 0x1F) << 6) | continuation(in)));
      } else if ((a & 0xF0) == 0xE0) {
        int b = continuation(in);
        out.append((char) (((a & 0x0F) << 12) | (b << 6) | continuation(in)));
      } else {
        throw new IllegalArgumentException("not modified UTF-8: byte " + Integer.toHexString(a));
      }
    }
    if (in.position() != end) {
      throw new IllegalArgumentException("modified UTF-8 runs past its length");
    }
    return out.toString();
  }

  private static int continuation(ByteBuffer in) {
    int b = in.get() & 0xFF;
    if ((b & 0xC0) != 0x80) {
      throw new IllegalArgumentException("not modified UTF-8: byte " + Integer.toHexString(b));
    }
    return b & 0x3F;
  }
}
