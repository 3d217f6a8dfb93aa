package dev.cogsh.auth;

import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts the calls a session's Cognito clients send (User Pool and Identity Pool alike, every
 * attempt counted), so {@code cogsh run} can say "3 Cognito calls, 2 API requests" instead of
 * counting only the API's. One per session; the clients {@link UnsignedClients} builds with it
 * count through {@link #interceptor()}.
 */
public final class CognitoCallCount {

  private final LongAdder sent = new LongAdder();

  /** The calls sent so far. */
  public long sent() {
    return sent.sum();
  }

  /** An SDK interceptor that counts each attempt as it goes on the wire. */
  ExecutionInterceptor interceptor() {
    return new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(
          Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
        sent.increment();
      }
    };
  }

  @Override
  public String toString() {
    return "CognitoCallCount[" + sent() + "]";
  }
}
