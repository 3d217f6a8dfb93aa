package dev.cogsh.api;

import java.time.Duration;

/** Waits between retries; tests pass one that records the delay and returns at once. */
@FunctionalInterface
public interface Sleeper {

  /** The real one. */
  Sleeper THREAD = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
