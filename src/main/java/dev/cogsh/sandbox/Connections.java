package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TCP connections per endpoint ({@code GET /_sandbox/connections}), e.g. {@code "api": 1}: a
 * connection is a client address and port, so a client that keeps its connections alive counts one
 * per endpoint however many calls it makes. Endpoints: {@code cognito-idp}, {@code
 * cognito-identity}, {@code api} (the stage), {@code other}.
 */
final class Connections {
  private final Map<String, Set<InetSocketAddress>> seen = new ConcurrentHashMap<>();

  /** Counts the connection {@code remote} used to call {@code endpoint}. */
  void saw(String endpoint, InetSocketAddress remote) {
    if (remote != null) {
      seen.computeIfAbsent(endpoint, e -> ConcurrentHashMap.newKeySet()).add(remote);
    }
  }

  /** The endpoint a request is for: by its {@code X-Amz-Target}, else by its path. */
  static String endpoint(String target, String path, String stage) {
    if (target != null && target.startsWith("AWSCognitoIdentityProviderService.")) {
      return "cognito-idp";
    }
    if (target != null && target.startsWith("AWSCognitoIdentityService.")) {
      return "cognito-identity";
    }
    if (path.equals("/" + stage) || path.startsWith("/" + stage + "/")) {
      return "api";
    }
    return "other";
  }

  ObjectNode toJson() {
    ObjectNode json = Json.object();
    new TreeMap<>(seen).forEach((endpoint, set) -> json.put(endpoint, set.size()));
    return json;
  }
}
