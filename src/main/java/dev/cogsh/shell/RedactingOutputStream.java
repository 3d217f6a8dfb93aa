package dev.cogsh.shell;

import dev.cogsh.human.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes text through line by line, each line through the session's {@link Redactor}: what snippets
 * print with {@code System.out} in the shell and in {@code cogsh run}. Lines are held until their
 * line break or a flush.
 */
public final class RedactingOutputStream extends OutputStream {

  private final OutputStream target;
  private final Redactor redactor;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  public RedactingOutputStream(OutputStream target, Redactor redactor) {
    this.target = target;
    this.redactor = redactor;
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
    target.write(redactor.redact(text).getBytes(StandardCharsets.UTF_8));
  }
}
