package dev.cogsh.api;

import dev.cogsh.human.Masks;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.Redaction;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A request fixed to the byte: method, wire URI (percent-encoded), headers in order, body bytes.
 * Built before signing and never changed afterwards, so what is sent is what was signed; the {@code
 * with…} methods return copies (for experiments: see {@link SignedRequest}).
 *
 * @param uri absolute, in wire form
 * @param headers in the order given; a name may repeat
 * @param body the exact bytes; empty for none
 */
public record FrozenRequest(String method, URI uri, List<Header> headers, byte[] body) {

  /** Copies the headers and the body. */
  public FrozenRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body.clone();
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body's length, without copying it. */
  public int bodyLength() {
    return body.length;
  }

  /** The first value of a header (any case). */
  public Optional<String> header(String name) {
    return headers.stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .map(Header::value)
        .findFirst();
  }

  /** The raw path and query, as in a request line: {@code /prod/notes?x=1}. */
  public String target() {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /** A copy where {@code name} (any case) has this one value, in the place of its first one. */
  public FrozenRequest withHeader(String name, String value) {
    List<Header> out = new ArrayList<>();
    boolean placed = false;
    for (Header h : headers) {
      if (!h.name().equalsIgnoreCase(name)) {
        out.add(h);
      } else if (!placed) {
        out.add(new Header(h.name(), value));
        placed = true;
      }
    }
    if (!placed) {
      out.add(new Header(name, value));
    }
    return new FrozenRequest(method, uri, out, body);
  }

  /** A copy with one more header line, after the others. */
  public FrozenRequest addHeader(String name, String value) {
    List<Header> out = new ArrayList<>(headers);
    out.add(new Header(name, value));
    return new FrozenRequest(method, uri, out, body);
  }

  /** A copy without any header of that name. */
  public FrozenRequest withoutHeader(String name) {
    List<Header> out = new ArrayList<>(headers);
    out.removeIf(h -> h.name().equalsIgnoreCase(name));
    return new FrozenRequest(method, uri, out, body);
  }

  public FrozenRequest withBody(byte[] value) {
    return new FrozenRequest(method, uri, headers, value);
  }

  public FrozenRequest withUri(URI value) {
    return new FrozenRequest(method, value, headers, body);
  }

  public FrozenRequest withMethod(String value) {
    return new FrozenRequest(value, uri, headers, body);
  }

  /**
   * A header's value as {@link #text()} shows it: an API key hidden, a JWT (raw or {@code Bearer})
   * shortened to its first characters and size.
   */
  private static String shown(Header h) {
    String v = h.value();
    if (h.name().equalsIgnoreCase("x-api-key")) {
      return Masks.secret(v);
    }
    if (v.startsWith("eyJ")) {
      return Masks.token(v);
    }
    if (v.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return v.substring(0, 7) + Masks.token(v.substring(7));
    }
    return v;
  }

  /**
   * The request in HTTP/1.1 form (Host first, as clients send it), session tokens, JWTs and API
   * keys masked.
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(method).append(' ').append(target()).append(" HTTP/1.1\n");
    if (header("host").isEmpty()) {
      out.append("Host: ").append(host(uri)).append('\n');
    }
    for (Header h : headers) {
      out.append(h.name()).append(": ").append(shown(h)).append('\n');
    }
    if (body.length > 0) {
      out.append('\n').append(new String(body, StandardCharsets.UTF_8));
    }
    return Redaction.sessionTokens(out.toString());
  }

  /**
   * {@code host[:port]}, the port only when it is not the scheme's default (as clients send it).
   */
  static String host(URI uri) {
    int port = uri.getPort();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort =
        port == -1 || port == 443 && scheme.equals("https") || port == 80 && scheme.equals("http");
    return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrozenRequest r
        && method.equals(r.method)
        && uri.equals(r.uri)
        && headers.equals(r.headers)
        && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, uri, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "FrozenRequest["
        + method
        + " "
        + uri
        + ", "
        + headers.size()
        + " headers, "
        + body.length
        + " bytes]";
  }
}
