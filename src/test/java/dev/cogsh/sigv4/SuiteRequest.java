package dev.cogsh.sigv4;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request of the AWS SigV4 test suite, read as aws-c-auth's harness ({@code
 * tests/sigv4_signing_tests.c}) reads {@code request.txt}: the request target is everything between
 * the first space and {@code " HTTP/1.1"} (it may hold a raw space or raw UTF-8); {@code
 * Name:value} split at the first colon, the value untrimmed; a line starting with whitespace
 * continues the previous value (newline kept); an empty line ends the headers and the rest is the
 * body.
 */
record SuiteRequest(String method, String target, List<Header> headers, byte[] body) {

  static SuiteRequest parse(String text) {
    String[] lines = text.split("\n", -1);
    String requestLine = lines[0];
    int space = requestLine.indexOf(' ');
    String method = requestLine.substring(0, space);
    String target = requestLine.substring(space + 1, requestLine.lastIndexOf(" HTTP/1.1"));
    List<String[]> headers = new ArrayList<>();
    int i = 1;
    for (; i < lines.length && !lines[i].isEmpty(); i++) {
      String line = lines[i];
      if (Character.isWhitespace(line.charAt(0))) {
        String[] last = headers.get(headers.size() - 1);
        last[1] = last[1] + "\n" + line;
      } else {
        int colon = line.indexOf(':');
        headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1)});
      }
    }
    String body = i + 1 < lines.length ? String.join("\n", sliceFrom(lines, i + 1)) : "";
    return new SuiteRequest(
        method,
        target,
        headers.stream().map(h -> new Header(h[0], h[1])).toList(),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> sliceFrom(String[] lines, int from) {
    return List.of(lines).subList(from, lines.length);
  }

  String rawPath() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  String rawQuery() {
    int q = target.indexOf('?');
    return q < 0 ? null : target.substring(q + 1);
  }

  String host() {
    return headers.stream()
        .filter(h -> h.name().equalsIgnoreCase("host"))
        .map(Header::value)
        .findFirst()
        .orElseThrow();
  }

  /** True when the target cannot be a {@link URI} as it stands (a raw space). */
  boolean targetNeedsEscaping() {
    return target.indexOf(' ') >= 0;
  }

  /** The wire URL: the target as given, a raw space escaped as {@code %20}. */
  URI url() {
    return URI.create("https://" + host() + target.replace(" ", "%20"));
  }

  /** Headers as (lower-case name, value) strings, sorted: a multiset for comparisons. */
  static List<String> headerMultiset(List<Header> headers, boolean strip) {
    return headers.stream()
        .map(h -> h.name().toLowerCase(Locale.ROOT) + ":" + (strip ? h.value().strip() : h.value()))
        .sorted()
        .toList();
  }
}
