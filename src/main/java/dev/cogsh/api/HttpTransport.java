package dev.cogsh.api;

import dev.cogsh.sigv4.Header;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one {@link HttpClient} of a session, behind {@link Transport}: HTTP/1.1 unless a request
 * offers HTTP/2, no redirects (a redirect would carry a stale signature), the connect timeout of
 * the api's options. It counts what it sends ({@link #sent()}, for {@code cogsh run}'s summary).
 *
 * <p>Where its threads live matters. JShell stops a cancelled snippet (Ctrl-C) by stopping (JDK 17)
 * or interrupting (JDK 21+) every thread of the snippet's thread group, and a thread joins the
 * group of the thread that creates it. A client built by a snippet's first request would lose its
 * selector thread that way, and every later request would wait forever or fail. So the client is
 * never built on the caller's thread: it is built, and runs its work, on daemon threads of a group
 * of its own under the root group, whoever calls.
 *
 * <p>It is built at the first request, not before: a session that never calls the API does not pay
 * for the client, nor for its selector thread at exit. {@link #close()} stops it (JDK 21+).
 */
public final class HttpTransport implements Transport, AutoCloseable {

  /** Set by HttpClient from the URI and the body; signed as the client sends them. */
  private static final Set<String> CLIENT_SETS = Set.of("host", "content-length");

  /** A client and the connect timeout it was built with. */
  private record Built(Duration connectTimeout, CompletableFuture<HttpClient> client) {}

  private final ExecutorService threads;
  private final AtomicLong sent = new AtomicLong();
  private Built current;
  private boolean closed;

  /** A transport; no thread starts and no client is built until the first request. */
  public HttpTransport() {
    threads = Executors.newCachedThreadPool(new HostThreads());
  }

  @Override
  public Answer send(FrozenRequest wire, Delivery delivery)
      throws IOException, InterruptedException {
    HttpClient http = client(delivery.connectTimeout());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(wire.uri())
            .timeout(delivery.timeout())
            .version(delivery.http2() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
    for (Header h : wire.headers()) {
      if (!CLIENT_SETS.contains(h.name().toLowerCase(Locale.ROOT))) {
        b.header(h.name(), h.value());
      }
    }
    byte[] body = wire.body();
    b.method(
        wire.method(),
        body.length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    long start = System.nanoTime();
    HttpResponse<byte[]> r;
    try {
      HttpRequest request = b.build();
      sent.incrementAndGet();
      r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          "HttpClient refused the request: " + e.getMessage(),
          "check the header names and values (no line breaks, no Host or Connection)",
          e);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Answer(r.statusCode(), r.headers(), r.body(), elapsed);
  }

  /** The requests sent so far, every attempt counted. */
  public long sent() {
    return sent.get();
  }

  /**
   * The client for {@code connectTimeout}, built on this transport's threads (waiting for it here);
   * a client built for another timeout is retired once its requests are done.
   */
  private HttpClient client(Duration connectTimeout) throws IOException, InterruptedException {
    CompletableFuture<HttpClient> client;
    synchronized (this) {
      if (closed) {
        throw new IOException("the session is closed: its HTTP client is shut down");
      }
      if (current == null || !current.connectTimeout().equals(connectTimeout)) {
        Built before = current;
        current =
            new Built(
                connectTimeout,
                CompletableFuture.supplyAsync(() -> build(connectTimeout), threads));
        if (before != null) {
          before.client().thenAccept(old -> stop(old, "shutdown"));
        }
      }
      client = current.client();
    }
    try {
      return client.get();
    } catch (ExecutionException e) {
      throw new IOException("could not build the HTTP client: " + e.getCause(), e.getCause());
    }
  }

  private HttpClient build(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(threads)
        .build();
  }

  /** Stops the client's threads (JDK 21+; before, they end once the client is unreachable). */
  @Override
  public void close() {
    Built last;
    synchronized (this) {
      closed = true;
      last = current;
      current = null;
    }
    if (last != null) {
      last.client().thenAccept(client -> stop(client, "shutdownNow"));
    }
    threads.shutdown();
  }

  /** Calls {@code shutdown} or {@code shutdownNow}, which HttpClient has from JDK 21 on. */
  private static void stop(HttpClient client, String method) {
    try {
      HttpClient.class.getMethod(method).invoke(client);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // JDK 17-20: the selector thread ends once the client is unreachable; nothing else to do.
    }
  }

  /** Daemon threads in a group of their own under the root group, out of any snippet's group. */
  private static final class HostThreads implements ThreadFactory {
    private final ThreadGroup group;
    private final AtomicInteger count = new AtomicInteger();

    HostThreads() {
      ThreadGroup root = Thread.currentThread().getThreadGroup();
      while (root.getParent() != null) {
        root = root.getParent();
      }
      group = new ThreadGroup(root, "cogsh-http");
    }

    @Override
    public Thread newThread(Runnable work) {
      Thread thread = new Thread(group, work, "cogsh-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
