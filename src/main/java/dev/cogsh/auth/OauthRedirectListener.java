package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.human.Durations;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The loopback listener of RFC 8252 §7.3: binds the redirect URI's host and port, waits for the one
 * browser request to its path, and stops (after that redirect, a timeout, or an interrupt such as
 * Ctrl-C). The browser's request is held open as a {@link Redirect} until cogsh has checked it and
 * exchanged its code, then answered with a page that says the sign-in finished and the window can
 * be closed, or that it failed. Requests to other paths (a browser's {@code /favicon.ico}) get a
 * 404 and the wait goes on.
 */
final class OauthRedirectListener implements AutoCloseable {
  private static final int POLL_MS = 200;
  private static final String DONE_PAGE =
      "<!doctype html><html><head><meta charset=\"utf-8\"><title>cogsh</title></head><body>"
          + "<h1>Signed in</h1><p>The sign-in finished: you can close this window and go back to"
          + " cogsh.</p></body></html>";
  private static final String FAILED_PAGE =
      "<!doctype html><html><head><meta charset=\"utf-8\"><title>cogsh</title></head><body>"
          + "<h1>Sign-in failed</h1><p>cogsh shows why. You can close this window.</p></body>"
          + "</html>";

  private final URI redirectUri;
  private final ServerSocket socket;

  private OauthRedirectListener(URI redirectUri, ServerSocket socket) {
    this.redirectUri = redirectUri;
    this.socket = socket;
  }

  /** Listens on the redirect URI's address and port, or says clearly why it cannot. */
  static OauthRedirectListener open(URI redirectUri) {
    String host = redirectUri.getHost();
    int port = redirectUri.getPort() < 0 ? 80 : redirectUri.getPort();
    ServerSocket socket = null;
    try {
      InetAddress address =
          "localhost".equalsIgnoreCase(host)
              ? InetAddress.getLoopbackAddress()
              : InetAddress.getByName(host);
      socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(address, port), 4);
      socket.setSoTimeout(POLL_MS);
      return new OauthRedirectListener(redirectUri, socket);
    } catch (BindException e) {
      closeQuietly(socket);
      throw new AuthException(
          Reason.CONFIGURATION,
          "Port "
              + port
              + " of the redirect URI "
              + redirectUri
              + " is taken by another program ("
              + e.getMessage()
              + ")",
          "stop that program; or sign in with auth.loginWithoutBrowser(), which does not listen"
              + " (paste the address the browser ends on); or register another callback URL with"
              + " the app client and set redirectUri to it (Cognito matches the port exactly)");
    } catch (UnknownHostException e) {
      closeQuietly(socket);
      throw new AuthException(
          Reason.CONFIGURATION,
          "The redirect URI's host " + host + " is unknown",
          "use http://localhost:<port>/callback as redirectUri");
    } catch (IOException e) {
      closeQuietly(socket);
      throw new AuthException(
          Reason.CONFIGURATION,
          "Cannot listen on " + redirectUri + ": " + e.getMessage(),
          "use http://localhost:<port>/callback as redirectUri");
    }
  }

  /**
   * The browser's request to the redirect URI, not yet answered: {@link #answer} it once the
   * sign-in is known to have finished or failed ({@link #close} answers "failed" if not yet).
   */
  static final class Redirect implements AutoCloseable {
    private final Socket client;
    private final URI uri;
    private boolean answered;

    private Redirect(Socket client, URI uri) {
      this.client = client;
      this.uri = uri;
    }

    /** The full URI, with {@code code} and {@code state} or {@code error} in the query. */
    URI uri() {
      return uri;
    }

    /** Shows the browser that the sign-in finished (close this window) or failed. */
    void answer(boolean signedIn) {
      if (answered) {
        return;
      }
      answered = true;
      try {
        respond(client, 200, signedIn ? DONE_PAGE : FAILED_PAGE);
      } catch (IOException e) {
        // the browser went away: nothing to show it
      }
    }

    @Override
    public void close() {
      answer(false);
      try {
        client.close();
      } catch (IOException ignored) {
        // closing a socket has nothing to report
      }
    }
  }

  /** Waits for the redirect; the caller answers it ({@link Redirect#answer}) and closes it. */
  Redirect await(Duration timeout, Clock clock) {
    Instant deadline = clock.instant().plus(timeout);
    while (clock.instant().isBefore(deadline)) {
      if (Thread.currentThread().isInterrupted()) {
        throw cancelled("the sign-in was cancelled");
      }
      Socket client = null;
      try {
        client = socket.accept();
        URI got = read(client);
        if (got != null) {
          return new Redirect(client, got);
        }
        respond(client, 404, "Not Found");
        client.close();
      } catch (SocketTimeoutException e) {
        // poll again: lets an interrupt or the deadline end the wait
      } catch (IOException e) {
        closeQuietly(client);
        if (socket.isClosed()) {
          throw cancelled("the listener was closed");
        }
      }
    }
    throw new AuthException(
        Reason.NOT_SIGNED_IN,
        "No sign-in came back to " + redirectUri + " within " + Durations.format(timeout),
        "open the printed URL in a browser and sign in, then try auth.loginWithBrowser() again");
  }

  /** Reads one request; returns the redirect's URI when it is the redirect, else null. */
  private URI read(Socket client) throws IOException {
    client.setSoTimeout(5_000);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    String requestLine = in.readLine();
    String line;
    while ((line = in.readLine()) != null && !line.isEmpty()) {
      // headers are not needed
    }
    String[] parts = requestLine == null ? new String[0] : requestLine.split(" ");
    URI target = parts.length < 2 ? null : parseTarget(parts[1]);
    boolean redirect =
        parts.length >= 2
            && parts[0].equals("GET")
            && target != null
            && target.getRawPath().equals(redirectPath());
    return redirect ? redirectUri.resolve(target) : null;
  }

  private static void respond(Socket client, int status, String page) throws IOException {
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    OutputStream out = client.getOutputStream();
    out.write(
        ("HTTP/1.1 "
                + status
                + (status == 200 ? " OK" : " Not Found")
                + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private String redirectPath() {
    String path = redirectUri.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  private static URI parseTarget(String target) {
    try {
      return new URI(target);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static AuthException cancelled(String why) {
    return new AuthException(
        Reason.NOT_SIGNED_IN, "Not signed in: " + why, "type auth.loginWithBrowser() to try again");
  }

  @Override
  public void close() {
    closeQuietly(socket);
  }

  private static void closeQuietly(Closeable socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a listening socket has nothing to report
      }
    }
  }
}
