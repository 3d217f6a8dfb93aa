package dev.cogsh.api;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Api} puts a frozen request on the wire and gets its answer: the seam between the api
 * and the one HTTP client ({@link HttpTransport}). Every attempt, retries included, is one call.
 */
public interface Transport {

  /**
   * Sends {@code request} byte for byte as it was frozen and signed.
   *
   * @throws IOException when it could not be sent or its answer not read
   * @throws InterruptedException when the waiting thread was interrupted (Ctrl-C)
   */
  Answer send(FrozenRequest request, Delivery delivery) throws IOException, InterruptedException;

  /**
   * How one request travels.
   *
   * @param timeout how long to wait for the answer
   * @param connectTimeout how long to wait for a connection
   * @param http2 offer HTTP/2 (else HTTP/1.1)
   */
  record Delivery(Duration timeout, Duration connectTimeout, boolean http2) {
    public Delivery {
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(connectTimeout, "connectTimeout");
    }
  }

  /**
   * What came back, before {@link Response} makes sense of it.
   *
   * @param elapsed from sending to the last byte of the body
   */
  record Answer(int status, HttpHeaders headers, byte[] body, Duration elapsed) {
    public Answer {
      Objects.requireNonNull(headers, "headers");
      body = body == null ? new byte[0] : body;
      Objects.requireNonNull(elapsed, "elapsed");
    }
  }
}
