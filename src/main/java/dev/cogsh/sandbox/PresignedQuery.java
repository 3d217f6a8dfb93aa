package dev.cogsh.sandbox;

import dev.cogsh.sigv4.AuthorizationHeader;
import dev.cogsh.sigv4.CredentialScope;
import dev.cogsh.sigv4.IncompleteSignatureException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SigV4 parameters of a presigned URL ({@code X-Amz-Algorithm}, {@code X-Amz-Credential},
 * {@code X-Amz-Date}, {@code X-Amz-Expires}, {@code X-Amz-SignedHeaders}, {@code X-Amz-Signature},
 * {@code X-Amz-Security-Token}), read from the raw query.
 *
 * @param authorization the same facts an {@code Authorization} header carries
 * @param amzDate {@code X-Amz-Date}
 * @param expires {@code X-Amz-Expires}, or {@code null} when absent
 * @param sessionToken {@code X-Amz-Security-Token}, or {@code null}
 */
record PresignedQuery(
    AuthorizationHeader authorization, String amzDate, Duration expires, String sessionToken) {

  private static final long MAX_EXPIRES = 604800;
  private static final String[] REQUIRED = {
    "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date"
  };

  /**
   * The presigned parameters of a query, or empty when it carries none at all; an incomplete set is
   * an {@code IncompleteSignatureException}.
   */
  static Optional<PresignedQuery> claimed(String rawQuery) {
    Map<String, String> p = parameters(rawQuery);
    if (Arrays.stream(REQUIRED).noneMatch(p::containsKey)) {
      return Optional.empty();
    }
    StringBuilder missing = new StringBuilder();
    for (String name : REQUIRED) {
      if (p.get(name) == null || p.get(name).isEmpty()) {
        missing
            .append(missing.length() == 0 ? "" : " ")
            .append("AWS query-string parameters must include '")
            .append(name)
            .append("'. Re-examine the query-string parameters.");
      }
    }
    if (missing.length() > 0) {
      throw SigV4Verifier.incomplete(missing.toString());
    }
    if (!"AWS4-HMAC-SHA256".equals(p.get("X-Amz-Algorithm"))) {
      throw SigV4Verifier.incomplete(
          "Unsupported AWS 'algorithm': '" + p.get("X-Amz-Algorithm") + "'");
    }
    Duration expires = null;
    String expiresText = p.get("X-Amz-Expires");
    if (expiresText != null) {
      long seconds;
      try {
        seconds = Long.parseLong(expiresText);
      } catch (NumberFormatException e) {
        throw SigV4Verifier.incomplete("X-Amz-Expires should be a number");
      }
      if (seconds < 0) {
        throw SigV4Verifier.incomplete("X-Amz-Expires must be non-negative");
      }
      if (seconds > MAX_EXPIRES) {
        throw SigV4Verifier.incomplete(
            "X-Amz-Expires must be less than a week (in seconds) that is 604800");
      }
      expires = Duration.ofSeconds(seconds);
    }
    String credential = p.get("X-Amz-Credential");
    int slash = credential.indexOf('/');
    CredentialScope scope;
    try {
      if (slash <= 0) {
        throw new IncompleteSignatureException(
            "Credential should be scoped to <date>/<region>/<service>/aws4_request, not '"
                + credential
                + "'. ",
            "");
      }
      scope = CredentialScope.parse(credential.substring(slash + 1));
    } catch (IncompleteSignatureException e) {
      throw SigV4Verifier.incomplete(e.getMessage());
    }
    AuthorizationHeader auth =
        new AuthorizationHeader(
            credential.substring(0, slash),
            scope,
            Arrays.asList(p.get("X-Amz-SignedHeaders").split(";")),
            p.get("X-Amz-Signature"));
    return Optional.of(
        new PresignedQuery(auth, p.get("X-Amz-Date"), expires, p.get("X-Amz-Security-Token")));
  }

  /** Decoded query parameters; the first occurrence of a name wins. */
  private static Map<String, String> parameters(String rawQuery) {
    Map<String, String> p = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return p;
    }
    for (String part : rawQuery.split("&")) {
      int eq = part.indexOf('=');
      String name = decode(eq < 0 ? part : part.substring(0, eq));
      String value = eq < 0 ? "" : decode(part.substring(eq + 1));
      if (name != null && value != null) {
        p.putIfAbsent(name, value);
      }
    }
    return p;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null; // a malformed %-escape: not one of ours
    }
  }
}
