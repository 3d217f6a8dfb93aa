package dev.cogsh.shell;

import dev.cogsh.api.ApiOptions;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client of {@code api}, made at its first request and shut down when the shell ends.
 *
 * <p>Why: a {@link HttpClient} keeps a selector thread waiting in native code, and a JVM that exits
 * with such a thread waits ~300 ms for it. Made lazily, a session that never calls the API does not
 * pay that at exit (nor the client's start-up); on JDK 21+ {@link #shutDown()} stops the thread of
 * one that did. The client is the one {@code Api.create} would make: HTTP/1.1, no redirects, the
 * session options' connect timeout.
 */
final class LazyHttpClient extends HttpClient {

  private final Supplier<ApiOptions> options;
  private volatile HttpClient client;

  /**
   * @param options the session options at the time of the first request
   */
  LazyHttpClient(Supplier<ApiOptions> options) {
    this.options = options;
  }

  private HttpClient client() {
    HttpClient made = client;
    if (made == null) {
      synchronized (this) {
        made = client;
        if (made == null) {
          ApiOptions now = options.get();
          made =
              HttpClient.newBuilder()
                  .version(now.http2() ? Version.HTTP_2 : Version.HTTP_1_1)
                  .connectTimeout(now.connectTimeout())
                  .followRedirects(Redirect.NEVER) // a redirect would carry a stale signature
                  .build();
          client = made;
        }
      }
    }
    return made;
  }

  /** Stops the client's threads, where the JDK can (21+); nothing to do if it was never made. */
  void shutDown() {
    HttpClient made = client;
    if (made == null) {
      return;
    }
    try {
      HttpClient.class.getMethod("shutdownNow").invoke(made);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // JDK 17-20 cannot: the exit waits for the selector thread, which is all that is lost.
    }
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return client().cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return client().connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return client().followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return client().proxy();
  }

  @Override
  public SSLContext sslContext() {
    return client().sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return client().sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return client().authenticator();
  }

  @Override
  public Version version() {
    return client().version();
  }

  @Override
  public Optional<Executor> executor() {
    return client().executor();
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return client().send(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return client().sendAsync(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return client().sendAsync(request, handler, pushPromiseHandler);
  }
}
