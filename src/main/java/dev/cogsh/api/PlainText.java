package dev.cogsh.api;

/**
 * A block of text for the shell: {@code toString()} is the text itself, so JShell prints it as is
 * (a String would be shown quoted, with {@code \n} escapes).
 */
public record PlainText(String text) {

  @Override
  public String toString() {
    return text;
  }
}
