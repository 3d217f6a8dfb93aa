package dev.cogsh.api;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.human.Durations;
import dev.cogsh.sigv4.Redaction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The text of {@link Response#toString()}. */
final class ResponseText {

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private ResponseText() {}

  static String of(Response r) {
    StringBuilder out = new StringBuilder(512);
    out.append(r.statusLine())
        .append("  ")
        .append(r.request().method())
        .append(' ')
        .append(r.shownTarget())
        .append("  (")
        .append(Durations.format(r.elapsed()));
    if (r.attempt() > 1) {
      out.append(", attempt ").append(r.attempt());
    }
    out.append(")\n");
    for (String note : r.notes()) {
      out.append(note.startsWith("warning: ") ? "" : "note: ").append(note).append('\n');
    }
    String body = body(r.bytes(), r.contentType().orElse(""), r.context().json());
    if (!body.isEmpty()) {
      out.append(truncate(Redaction.sessionTokens(body), r.context().displayChars())).append('\n');
    }
    if (!r.ok()) {
      String summary = r.diagnosis().summary();
      if (summary != null) {
        out.append(summary).append('\n');
      }
    }
    return out.toString();
  }

  /** Pretty JSON, text, or a summary of binary data; empty for no body. */
  static String body(byte[] bytes, String contentType, ObjectMapper json) {
    if (bytes.length == 0) {
      return "";
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    String text = utf8(bytes);
    if (text == null || looksBinary(text)) {
      return "(binary body: "
          + String.format(Locale.ROOT, "%,d", bytes.length)
          + " bytes"
          + (type.isEmpty() ? "" : ", " + contentType)
          + " — use bytes())";
    }
    String start = text.stripLeading();
    if (type.contains("json") || start.startsWith("{") || start.startsWith("[")) {
      try {
        JsonNode tree = json.readTree(bytes);
        if (tree != null && !tree.isMissingNode()) {
          String message = multiLineMessage(tree);
          return message != null ? message : json.writer(PRETTY).writeValueAsString(tree);
        }
      } catch (IOException e) {
        // not JSON after all: show the text
      }
    }
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * An AWS error body that is one multi-line text field ({@code {"message": "…\n…"}}) shown as its
   * lines: the "should have been" blocks read better unescaped.
   */
  private static String multiLineMessage(JsonNode tree) {
    if (!tree.isObject() || tree.size() != 1) {
      return null;
    }
    String name = tree.fieldNames().next();
    JsonNode value = tree.get(name);
    if (!value.isTextual() || value.asText().indexOf('\n') < 0) {
      return null;
    }
    return name + ":\n  " + value.asText().strip().replace("\n", "\n  ");
  }

  static String truncate(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int cut = text.lastIndexOf('\n', limit);
    if (cut < limit / 2) {
      cut = limit;
    }
    return text.substring(0, cut)
        + "\n… (truncated: "
        + String.format(Locale.ROOT, "%,d of %,d", cut, text.length())
        + " characters shown; text() or json() has it all)";
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean looksBinary(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        return true;
      }
    }
    return false;
  }
}
