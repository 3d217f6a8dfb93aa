package dev.cogsh.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the user's text files (configuration, front-end files) as UTF-8, and says in words why one
 * cannot be read: a file that is not UTF-8 is named with the line and byte where it stops being so,
 * never as the JDK's "Input length = 1".
 */
public final class TextFiles {

  private TextFiles() {}

  /**
   * The text of {@code path}, decoded strictly as UTF-8 (a byte-order mark is dropped).
   *
   * @param display the path as the user should read it
   * @param hint what to do when the file cannot be read at all
   * @throws NoSuchFileException when the file does not exist (the caller words that case)
   * @throws ConfigException when the file cannot be read or is not UTF-8
   */
  static String readUtf8(Path path, String display, String hint) throws NoSuchFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw new ConfigException("cannot read " + display + ": " + reason(e), hint, e);
    }
    String text = decode(bytes, display);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String decode(byte[] bytes, String display) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new ConfigException(
          display
              + " is not UTF-8 text: byte "
              + String.format("0x%02X", bytes[offset] & 0xFF)
              + " at line "
              + lineOf(bytes, offset)
              + " (offset "
              + offset
              + ") is not valid UTF-8",
          "save the file as UTF-8 (e.g. iconv -f ISO-8859-1 -t UTF-8), or fix that byte");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Why an I/O operation on a file failed, in words: "permission denied", "not a folder", or the
   * file system's own reason; never only the path the JDK puts in the message.
   */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
