package dev.cogsh.diagnose;

import dev.cogsh.sigv4.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw HTTP/1.1 request: request line, header lines (folded lines joined), an empty line,
 * the body (cut to Content-Length when it says less). Line ends may be CRLF or LF.
 */
final class RawHttpParser {

  static final Pattern REQUEST_LINE = Pattern.compile("([A-Za-z]+) (\\S+) HTTP/\\d(?:\\.\\d)?");

  private RawHttpParser() {}

  /** True when the text starts with an HTTP request line. */
  static boolean looksLikeHttp(String text) {
    String first = text.stripLeading().split("\r?\n", 2)[0].strip();
    return REQUEST_LINE.matcher(first).matches();
  }

  static CapturedRequest parse(byte[] input) throws CaptureException {
    int start = 0;
    while (start < input.length
        && (input[start] == '\n' || input[start] == '\r' || input[start] == ' ')) {
      start++;
    }
    int end = headerEnd(input, start);
    int bodyStart = end < 0 ? input.length : end;
    String head =
        new String(input, start, (end < 0 ? input.length : end) - start, StandardCharsets.UTF_8);
    String[] lines = head.split("\r?\n");
    Matcher m = REQUEST_LINE.matcher(lines[0].strip());
    if (!m.matches()) {
      throw new CaptureException(
          "not an HTTP request line: '" + lines[0].strip() + "'",
          "a raw request starts with METHOD /path HTTP/1.1, then Host and the other headers");
    }
    List<Header> headers = new ArrayList<>();
    for (int k = 1; k < lines.length; k++) {
      String line = lines[k];
      if (line.isBlank()) {
        continue;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
        Header last = headers.remove(headers.size() - 1);
        headers.add(new Header(last.name(), last.value() + " " + line.strip()));
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new CaptureException(
            "not a header line: '" + line + "'", "headers are 'Name: value'");
      }
      headers.add(new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }
    byte[] body = Arrays.copyOfRange(input, bodyStart, input.length);
    List<String> notes = new ArrayList<>();
    String length = value(headers, "content-length");
    if (length != null) {
      try {
        int n = Integer.parseInt(length.strip());
        if (n < body.length) {
          body = Arrays.copyOf(body, n);
        } else if (n > body.length) {
          notes.add("Content-Length says " + n + " bytes, the capture has " + body.length);
        }
      } catch (NumberFormatException e) {
        throw new CaptureException("Content-Length is not a number: " + length, "fix the header");
      }
    }
    String te = value(headers, "transfer-encoding");
    if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
      throw new CaptureException(
          "chunked bodies are not supported", "capture the request with its Content-Length body");
    }
    String target = m.group(2);
    if (target.contains("://")) {
      int pathStart = target.indexOf('/', target.indexOf("://") + 3);
      if (value(headers, "host") == null) {
        String scheme = target.substring(0, target.indexOf("://"));
        String authority =
            target.substring(
                target.indexOf("://") + 3, pathStart < 0 ? target.length() : pathStart);
        headers.add(0, new Header("Host", CapturedRequest.hostOf(scheme, authority)));
      }
      target = pathStart < 0 ? "/" : target.substring(pathStart);
    } else if (value(headers, "host") == null) {
      throw new CaptureException(
          "the request has no Host header", "add the Host line the client sent");
    }
    int q = target.indexOf('?');
    return new CapturedRequest(
        m.group(1).toUpperCase(Locale.ROOT),
        q < 0 ? target : target.substring(0, q),
        q < 0 ? null : target.substring(q + 1),
        headers,
        body,
        null,
        notes);
  }

  /** The index after the empty line that ends the headers, or -1. */
  private static int headerEnd(byte[] b, int from) {
    for (int k = from; k < b.length - 1; k++) {
      if (b[k] == '\n' && b[k + 1] == '\n') {
        return k + 2;
      }
      if (b[k] == '\n' && b[k + 1] == '\r' && k + 2 < b.length && b[k + 2] == '\n') {
        return k + 3;
      }
    }
    return -1;
  }

  private static String value(List<Header> headers, String name) {
    return headers.stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .map(Header::value)
        .findFirst()
        .orElse(null);
  }
}
