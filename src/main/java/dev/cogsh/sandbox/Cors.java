package dev.cogsh.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-origin answers, so that a browser front end (the notes tutorial's React app) can use the
 * sandbox as it uses AWS.
 *
 * <p>The API answers as a REST API after the console's "Enable CORS" with both gateway responses
 * (DEFAULT 4XX, DEFAULT 5XX) ticked: a preflight gets the three {@code Access-Control-Allow-*}
 * headers of the OPTIONS method's mock integration (no {@code Max-Age}: the console sets none), and
 * every answer of the API, errors included, carries {@code Access-Control-Allow-Origin}. The
 * Cognito endpoints allow every origin, as AWS's do, and let a browser cache their preflight for
 * 172800 s (AWS's value); so do the managed-login endpoints a page fetches (token, user info,
 * revocation, discovery), echoing the page's origin.
 */
final class Cors {
  static final String ANY_ORIGIN = "*";

  /** The console's default {@code Access-Control-Allow-Headers} for "Enable CORS". */
  static final String API_ALLOW_HEADERS =
      "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token";

  /** What Amplify's and the AWS SDK's Cognito calls send, for a preflight that names none. */
  static final String COGNITO_ALLOW_HEADERS =
      "content-type,x-amz-target,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request,"
          + "cache-control";

  /** The response headers a Cognito client may read (request id, error type). */
  static final String COGNITO_EXPOSE_HEADERS =
      "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date";

  /** What a page sends to the managed-login endpoints it fetches (a bearer token, a form). */
  static final String OAUTH_ALLOW_HEADERS = "authorization,content-type";

  /** How long a browser may cache a Cognito preflight, in seconds (AWS answers 172800). */
  static final String COGNITO_MAX_AGE = "172800";

  private final String apiOrigin;
  private final String apiAllowHeaders;

  Cors(CorsSettings settings) {
    this.apiOrigin = settings.origin();
    this.apiAllowHeaders = settings.allowHeaders();
  }

  /**
   * {@code *} or one origin ({@code scheme://host[:port]}, no path), as {@code
   * Access-Control-Allow-Origin} takes it.
   *
   * @throws IllegalArgumentException naming what to give instead
   */
  static String checkOrigin(String origin) {
    if (origin == null || origin.isBlank()) {
      throw new IllegalArgumentException(
          "--cors-origin takes * or one origin such as http://localhost:3000");
    }
    String value = origin.strip();
    if (value.equals(ANY_ORIGIN)) {
      return value;
    }
    try {
      URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean plain =
          (scheme.equals("http") || scheme.equals("https"))
              && uri.getHost() != null
              && uri.getRawPath().isEmpty()
              && uri.getRawQuery() == null
              && uri.getRawFragment() == null
              && uri.getRawUserInfo() == null;
      if (plain) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // said below
    }
    throw new IllegalArgumentException(
        "--cors-origin takes * or one origin such as http://localhost:3000 (scheme, host and"
            + " port only), not '"
            + value
            + "'");
  }

  /** A browser's preflight: {@code OPTIONS} with {@code Access-Control-Request-Method}. */
  static boolean isPreflight(Request request) {
    return request.method().equals("OPTIONS")
        && request.header("access-control-request-method") != null;
  }

  /** The API's preflight answer for a resource with these methods (OPTIONS is added). */
  Reply apiPreflight(Set<String> methods) {
    Set<String> all = new TreeSet<>(methods);
    all.add("OPTIONS");
    return new Reply(200, Map.of("Content-Type", Reply.JSON), new byte[0])
        .withHeader("Access-Control-Allow-Origin", apiOrigin)
        .withHeader("Access-Control-Allow-Methods", String.join(",", all))
        .withHeader("Access-Control-Allow-Headers", apiAllowHeaders);
  }

  /** The Cognito endpoints' preflight answer: any origin, the headers asked for. */
  static Reply cognitoPreflight(Request request) {
    return new Reply(200, Map.of(), new byte[0])
        .withHeader("Access-Control-Allow-Origin", ANY_ORIGIN)
        .withHeader("Access-Control-Allow-Methods", "POST")
        .withHeader("Access-Control-Allow-Headers", askedHeaders(request, COGNITO_ALLOW_HEADERS))
        .withHeader("Access-Control-Expose-Headers", COGNITO_EXPOSE_HEADERS)
        .withHeader("Access-Control-Max-Age", COGNITO_MAX_AGE);
  }

  /**
   * Whether a browser page may fetch {@code rawPath} of managed login: the token, user-info and
   * revocation endpoints and the discovery documents (a single-page app exchanges its code and
   * reads the keys with {@code fetch}). The pages a browser navigates to ({@code
   * /oauth2/authorize}, {@code /login}, {@code /logout}) need no CORS and get none.
   */
  static boolean isOauthFetch(String rawPath) {
    return rawPath.equals("/oauth2/token")
        || rawPath.equals("/oauth2/userInfo")
        || rawPath.equals("/oauth2/revoke")
        || rawPath.endsWith("/.well-known/openid-configuration")
        || rawPath.endsWith("/.well-known/jwks.json");
  }

  /** The preflight answer of a managed-login endpoint a page may fetch: the page's own origin. */
  static Reply oauthPreflight(Request request) {
    return new Reply(200, Map.of(), new byte[0])
        .withHeader("Access-Control-Allow-Origin", originOf(request.header("origin")))
        .withHeader("Vary", "Origin")
        .withHeader("Access-Control-Allow-Methods", "GET,POST")
        .withHeader("Access-Control-Allow-Headers", askedHeaders(request, OAUTH_ALLOW_HEADERS))
        .withHeader("Access-Control-Max-Age", COGNITO_MAX_AGE);
  }

  /** The origin a managed-login answer allows: the page's own, as Cognito echoes it; else any. */
  private static String originOf(String origin) {
    return origin != null && origin.matches("[!-~]{1,300}") ? origin : ANY_ORIGIN;
  }

  /** The header names a preflight asked for, when they are plain names; else {@code fallback}. */
  private static String askedHeaders(Request request, String fallback) {
    String asked = request.header("access-control-request-headers");
    boolean plain = asked != null && asked.matches("[A-Za-z0-9!#$%&'*+.^_`|~,\\s-]{1,2000}");
    return plain ? asked.strip() : fallback;
  }

  /**
   * {@code reply} with the CORS headers of whoever answered {@code rawPath}: the API under {@code
   * /<stage>} (every status, as the gateway responses give them to 4xx and 5xx), Cognito at {@code
   * /}, the managed-login endpoints a page fetches (the page's {@code origin} echoed); anything
   * else (the test hooks, the login pages) unchanged.
   */
  Reply decorate(String rawPath, String stage, String origin, Reply reply) {
    if (reply.headers().containsKey("Access-Control-Allow-Origin")) {
      return reply;
    }
    if (isOauthFetch(rawPath)) {
      return reply
          .withHeader("Access-Control-Allow-Origin", originOf(origin))
          .withHeader("Vary", "Origin");
    }
    if (rawPath.equals("/" + stage) || rawPath.startsWith("/" + stage + "/")) {
      Reply api = reply.withHeader("Access-Control-Allow-Origin", apiOrigin);
      return reply.status() >= 400
          ? api.withHeader("Access-Control-Allow-Headers", apiAllowHeaders)
          : api;
    }
    if (rawPath.equals("/")) {
      return reply
          .withHeader("Access-Control-Allow-Origin", ANY_ORIGIN)
          .withHeader("Access-Control-Expose-Headers", COGNITO_EXPOSE_HEADERS);
    }
    return reply;
  }
}
