package dev.cogsh.sigv4;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A request to sign, as it will go on the wire.
 *
 * @param url absolute, in wire form: the path and query already percent-encoded
 * @param headers in the order given; a name may repeat
 * @param body the exact bytes to send; empty for none, never null
 */
public record SignableRequest(String method, URI url, List<Header> headers, byte[] body) {

  private static final byte[] NONE = new byte[0];

  /** Checks the URL is absolute, copies the headers and the body. */
  public SignableRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    if (method.isBlank()) {
      throw new IllegalArgumentException("an HTTP method is required");
    }
    if (!url.isAbsolute() || url.getRawAuthority() == null) {
      throw new IllegalArgumentException(
          "the URL must be absolute (https://host/path), not " + url);
    }
    headers = List.copyOf(headers);
    body = body == null || body.length == 0 ? NONE : body.clone();
  }

  /** A request with no headers and no body. */
  public static SignableRequest of(String method, URI url) {
    return new SignableRequest(method, url, List.of(), NONE);
  }

  /** This request with one more header. */
  public SignableRequest withHeader(String name, String value) {
    List<Header> more = new ArrayList<>(headers);
    more.add(new Header(name, value));
    return new SignableRequest(method, url, more, body);
  }

  /** This request with another body. */
  public SignableRequest withBody(byte[] value) {
    return new SignableRequest(method, url, headers, value);
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body without copying, for the signer. */
  byte[] bodyBytes() {
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignableRequest r
        && method.equals(r.method)
        && url.equals(r.url)
        && headers.equals(r.headers)
        && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, url, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "SignableRequest["
        + method
        + " "
        + url
        + ", "
        + headers.size()
        + " headers, "
        + body.length
        + " bytes]";
  }
}
