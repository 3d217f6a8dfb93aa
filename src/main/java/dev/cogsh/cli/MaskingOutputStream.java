package dev.cogsh.cli;

import dev.cogsh.human.Masks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Passes text through line by line with known secrets replaced by {@code ****}: what snippets print
 * during {@code cogsh run} (a script that prints a password shows {@code ****}). Lines are held
 * until their line break or a flush.
 */
final class MaskingOutputStream extends OutputStream {

  private final OutputStream target;
  private final List<String> secrets;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  /**
   * @param secrets the values to hide; ones shorter than 4 characters are left alone
   */
  MaskingOutputStream(OutputStream target, List<String> secrets) {
    this.target = target;
    this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
  }

  @Override
  public synchronized void write(int b) throws IOException {
    line.write(b);
    if (b == '\n') {
      drain();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    drain();
    target.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private void drain() throws IOException {
    if (line.size() == 0) {
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    for (String secret : secrets) {
      text = text.replace(secret, Masks.HIDDEN);
    }
    target.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
