package dev.cogsh.diagnose;

import dev.cogsh.sigv4.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a curl command as browsers copy it ("Copy as cURL", bash) or as {@code api.curl()} writes
 * it, into the request curl would send: {@code -X}, {@code -H}, the {@code --data} family (several
 * joined with {@code &}, {@code @file}), {@code --json}, {@code -b}, {@code -A}, {@code -e}, {@code
 * -I}; flags that do not change the request ({@code --compressed}, {@code -k}, {@code -s} …) are
 * ignored.
 */
final class CurlCommandParser {

  private static final Set<String> FLAGS =
      words(
          "--compressed -k --insecure -s --silent -S --show-error -i --include -L --location -v",
          "--verbose --http1.1 --http1.0 --http2 --http2-prior-knowledge --http3 --path-as-is -g",
          "--globoff -f --fail --fail-with-body -N --no-buffer -# --progress-bar --tr-encoding -Z");
  private static final Set<String> IGNORED_WITH_ARGUMENT =
      words(
          "-o --output --connect-timeout -m --max-time -x --proxy --retry -w --write-out",
          "--resolve --cacert --cert -E --key -u --user --max-redirs --retry-max-time --limit-rate");
  private static final String NO_ARG_SHORT = "ksSiLvgfN#Z";

  private String method;
  private String url;
  private final List<Header> headers = new ArrayList<>();
  private final List<byte[]> data = new ArrayList<>();
  private boolean head;
  private boolean json;
  private final List<String> notes = new ArrayList<>();

  private CurlCommandParser() {}

  static CapturedRequest parse(String text, Path workingDir) throws CaptureException {
    ShellWords.Split split = ShellWords.split(text);
    List<String> words = split.words();
    if (words.isEmpty() || !(words.get(0).equals("curl") || words.get(0).endsWith("/curl"))) {
      throw new CaptureException(
          "not a curl command: it should start with 'curl'",
          "give a curl command (\"Copy as cURL (bash)\") or a raw HTTP/1.1 request");
    }
    CurlCommandParser p = new CurlCommandParser();
    p.read(words.subList(1, words.size()), workingDir);
    String fingerprint = null;
    for (String comment : split.comments()) {
      if (comment.startsWith("# cogsh-canonical:")) {
        fingerprint = comment.substring("# cogsh-canonical:".length()).strip();
      }
    }
    return p.build(fingerprint);
  }

  private void read(List<String> args, Path workingDir) throws CaptureException {
    for (int k = 0; k < args.size(); k++) {
      String a = args.get(k);
      String name = a;
      String attached = null;
      if (a.length() > 2 && a.charAt(0) == '-' && a.charAt(1) != '-') {
        if (NO_ARG_SHORT.indexOf(a.charAt(1)) >= 0 && allFlags(a.substring(1))) {
          continue; // -sSL
        }
        name = a.substring(0, 2);
        attached = a.substring(2); // -XPOST, -H'x: y'
      }
      if (FLAGS.contains(name) && attached == null) {
        continue;
      }
      if (!name.startsWith("-") || name.equals("-")) {
        url = a;
        continue;
      }
      if (name.equals("-I") || name.equals("--head")) {
        head = true;
        continue;
      }
      if (attached == null
          && k + 1 < args.size()
          && name.equals("--data-binary")
          && args.get(k + 1).equals("@<(base64")) {
        k = base64Body(args, k + 1); // cogsh's own export of a binary body
        continue;
      }
      String value = attached;
      if (value == null) {
        if (k + 1 >= args.size()) {
          throw new CaptureException(
              "curl option " + name + " needs a value", "complete the command");
        }
        value = args.get(++k);
      }
      option(name, value, workingDir);
    }
  }

  /**
   * {@code @<(base64 -d <<< 'B64')} as written by {@code api.curl()}; returns the last index used.
   */
  private int base64Body(List<String> args, int at) throws CaptureException {
    if (at + 3 >= args.size()
        || !args.get(at + 1).equals("-d")
        || !args.get(at + 2).equals("<<<")
        || !args.get(at + 3).endsWith(")")) {
      throw new CaptureException(
          "a process substitution body cannot be read", "use --data-binary @FILE");
    }
    String b64 = args.get(at + 3);
    try {
      data.add(Base64.getDecoder().decode(b64.substring(0, b64.length() - 1)));
    } catch (IllegalArgumentException e) {
      throw new CaptureException("the base64 body is not valid base64", "export the command again");
    }
    return at + 3;
  }

  private void option(String name, String value, Path workingDir) throws CaptureException {
    switch (name) {
      case "-X", "--request" -> method = value;
      case "-H", "--header" -> header(value);
      case "--url" -> url = value;
      case "-d", "--data", "--data-ascii" -> data.add(stripNewlines(dataOf(value, workingDir)));
      case "--data-binary" -> data.add(dataOf(value, workingDir));
      case "--data-raw" -> data.add(value.getBytes(StandardCharsets.UTF_8));
      case "--data-urlencode" -> data.add(urlencoded(value));
      case "--json" -> {
        data.add(dataOf(value, workingDir));
        json = true;
      }
      case "-b", "--cookie" -> {
        if (value.contains("=")) {
          headers.add(new Header("Cookie", value));
        } else {
          notes.add("cookie file " + value + " not read");
        }
      }
      case "-A", "--user-agent" -> headers.add(new Header("User-Agent", value));
      case "-e", "--referer" -> headers.add(new Header("Referer", value));
      default -> {
        if (!IGNORED_WITH_ARGUMENT.contains(name)) {
          throw new CaptureException(
              "curl option " + name + " is not understood by cogsh verify",
              "remove it if it does not change the request (-H, -X, --data… and --json do)");
        }
      }
    }
  }

  private void header(String value) {
    int colon = value.indexOf(':');
    int semicolon = value.indexOf(';');
    if (colon < 0 && semicolon == value.length() - 1 && semicolon > 0) {
      headers.add(new Header(value.substring(0, semicolon), "")); // "Name;" sends an empty header
      return;
    }
    if (colon < 0) {
      notes.add("header without ':' ignored: " + value);
      return;
    }
    String name = value.substring(0, colon).strip();
    String v = value.substring(colon + 1).strip();
    headers.removeIf(h -> h.name().equalsIgnoreCase(name) && v.isEmpty());
    if (!v.isEmpty()) {
      headers.add(new Header(name, v)); // "Name:" alone removes curl's own header
    }
  }

  private CapturedRequest build(String fingerprint) throws CaptureException {
    if (url == null) {
      throw new CaptureException("the curl command has no URL", "copy the whole command");
    }
    String u = url.contains("://") ? url : "http://" + url;
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    int authorityStart = u.indexOf("://") + 3;
    int pathStart = CapturedRequest.firstOf(u, authorityStart, "/?");
    String authority = u.substring(authorityStart, pathStart);
    String rest = u.substring(pathStart);
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    String query = q < 0 ? null : rest.substring(q + 1);
    byte[] body = joinData();
    String m = method != null ? method : head ? "HEAD" : data.isEmpty() ? "GET" : "POST";
    List<Header> all = new ArrayList<>();
    if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("host"))) {
      all.add(
          new Header(
              "Host", CapturedRequest.hostOf(u.substring(0, authorityStart - 3), authority)));
    }
    all.addAll(headers);
    if (!data.isEmpty()) {
      if (json) {
        addDefault(all, "Content-Type", "application/json");
        addDefault(all, "Accept", "application/json");
      }
      addDefault(all, "Content-Type", "application/x-www-form-urlencoded");
      all.add(new Header("Content-Length", String.valueOf(body.length)));
    }
    return new CapturedRequest(
        m.toUpperCase(Locale.ROOT),
        path.isEmpty() ? "/" : path,
        query,
        all,
        body,
        fingerprint,
        notes);
  }

  private void addDefault(List<Header> all, String name, String value) {
    if (all.stream().noneMatch(h -> h.name().equalsIgnoreCase(name))) {
      all.add(new Header(name, value));
      notes.add("curl adds " + name + ": " + value);
    }
  }

  private byte[] joinData() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int k = 0; k < data.size(); k++) {
      if (k > 0) {
        out.write('&');
      }
      out.writeBytes(data.get(k));
    }
    return out.toByteArray();
  }

  private byte[] dataOf(String value, Path workingDir) throws CaptureException {
    if (!value.startsWith("@")) {
      return value.getBytes(StandardCharsets.UTF_8);
    }
    Path file = workingDir.resolve(value.substring(1));
    try {
      notes.add("body read from " + value.substring(1));
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CaptureException(
          "cannot read the body file " + file + " (" + e.getMessage() + ")",
          "run verify where the file is, or paste the body with --data-raw");
    }
  }

  private static byte[] stripNewlines(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    for (byte b : bytes) {
      if (b != '\n' && b != '\r') {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  private static byte[] urlencoded(String value) {
    int eq = value.indexOf('=');
    String encoded =
        eq < 0
            ? URLEncoder.encode(value, StandardCharsets.UTF_8)
            : value.substring(0, eq + 1)
                + URLEncoder.encode(value.substring(eq + 1), StandardCharsets.UTF_8);
    return encoded.getBytes(StandardCharsets.UTF_8);
  }

  private static Set<String> words(String... lines) {
    return Set.of(String.join(" ", lines).split(" "));
  }

  private static boolean allFlags(String letters) {
    for (char c : letters.toCharArray()) {
      if (NO_ARG_SHORT.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
