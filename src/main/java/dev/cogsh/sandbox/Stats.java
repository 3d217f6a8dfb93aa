package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Calls per operation ({@code GET /_sandbox/stats}), e.g. {@code "GetCredentialsForIdentity": 2}.
 */
final class Stats {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void count(String operation) {
    counts.computeIfAbsent(operation, o -> new LongAdder()).increment();
  }

  long get(String operation) {
    LongAdder adder = counts.get(operation);
    return adder == null ? 0 : adder.sum();
  }

  ObjectNode toJson() {
    ObjectNode json = Json.object();
    new TreeMap<>(counts).forEach((op, n) -> json.put(op, n.sum()));
    return json;
  }
}
