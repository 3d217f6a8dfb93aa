package dev.cogsh.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bare HTTP/1.1 client on a socket: sends exactly the bytes a test wants (any Host header, any
 * header value, broken requests) and reads one response until the server closes.
 */
final class RawHttp {
  private RawHttp() {}

  /** A parsed response. */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Sends a request with the given headers (a Content-Length is added for the body). */
  static Response send(
      URI endpoint, String method, String target, List<String[]> headers, byte[] body)
      throws IOException {
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    boolean hasHost = false;
    for (String[] h : headers) {
      head.append(h[0]).append(": ").append(h[1]).append("\r\n");
      hasHost |= h[0].equalsIgnoreCase("host");
    }
    if (!hasHost) {
      head.append("Host: ").append(endpoint.getAuthority()).append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(head.toString().getBytes(StandardCharsets.UTF_8));
    bytes.write(body);
    return exchange(endpoint, bytes.toByteArray());
  }

  /** Writes raw bytes and parses what comes back; {@code null} when nothing does. */
  static Response exchange(URI endpoint, byte[] request) throws IOException {
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // the server may answer and close before reading everything
      }
      InputStream in = socket.getInputStream();
      byte[] all = in.readAllBytes();
      return parse(new String(all, StandardCharsets.ISO_8859_1));
    }
  }

  private static Response parse(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      return null;
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    byte[] body = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }
}
