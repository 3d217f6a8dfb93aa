package dev.cogsh.api;

import dev.cogsh.config.ApiAuth;
import dev.cogsh.sigv4.Header;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request, fluently: {@code api.request("GET", "/notes").query("limit", 10).send()}. Nothing is
 * fixed until {@link #freeze()} (or {@link #sign()}, {@link #send()}); the builder can be sent
 * again, each time signed afresh.
 */
public final class RequestBuilder {

  private final Api api;
  private final String method;
  private final String path;
  private final List<String[]> headers = new ArrayList<>();
  private final List<WireUrl.Param> query = new ArrayList<>();
  private Object body;
  private boolean json;
  private Duration timeout;
  private String region;
  private String service;
  private Boolean retry;
  private Boolean http2;
  private Boolean doubleEncodePath;
  private boolean trustHost;
  private ApiAuth auth;
  private String authHeader;
  private String apiKey;

  RequestBuilder(Api api, String method, String path) {
    Objects.requireNonNull(method, "method");
    if (!method.matches("[A-Za-z]+")) {
      throw new ApiException(
          "not an HTTP method: '" + method + "'",
          "use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS");
    }
    this.api = api;
    this.method = method.toUpperCase(Locale.ROOT);
    this.path = path == null ? "" : path;
  }

  /** Sets a header, replacing any of the same name (any case). */
  public RequestBuilder header(String name, Object value) {
    headers.removeIf(h -> h[0].equalsIgnoreCase(name));
    return addHeader(name, value);
  }

  /** Adds a header line, keeping others of the same name. */
  public RequestBuilder addHeader(String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (value != null) {
      headers.add(new String[] {name, String.valueOf(value)});
    }
    return this;
  }

  /** Sets several headers. */
  public RequestBuilder headers(Map<String, ?> values) {
    values.forEach(this::header);
    return this;
  }

  /** Adds a query parameter (raw text, encoded once on the wire); a collection repeats it. */
  public RequestBuilder query(String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (value instanceof Iterable<?> values) {
      values.forEach(v -> query.add(new WireUrl.Param(name, String.valueOf(v))));
    } else {
      query.add(new WireUrl.Param(name, value == null ? "" : String.valueOf(value)));
    }
    return this;
  }

  /** Adds several query parameters, in the map's order. */
  public RequestBuilder query(Map<String, ?> values) {
    values.forEach(this::query);
    return this;
  }

  /**
   * The body: a Map, List, record or JsonNode as JSON; a String as text; a byte[] as is; a Path or
   * File as its bytes. Its content type applies unless a Content-Type header is set.
   */
  public RequestBuilder body(Object value) {
    this.body = value;
    this.json = false;
    return this;
  }

  /** A JSON body: a value serialized with Jackson, or a String taken as JSON text. */
  public RequestBuilder json(Object value) {
    this.body = value;
    this.json = true;
    return this;
  }

  public RequestBuilder contentType(String value) {
    return header("Content-Type", value);
  }

  /** How long to wait for the response, per attempt. */
  public RequestBuilder timeout(Duration value) {
    this.timeout = value;
    return this;
  }

  /** Signs for this region instead of the one inferred from the host or configured. */
  public RequestBuilder region(String value) {
    this.region = value;
    return this;
  }

  /** Signs for this service instead of the one the host implies (or {@code execute-api}). */
  public RequestBuilder service(String value) {
    this.service = value;
    return this;
  }

  /** Retry on 429/5xx even if the method is not idempotent (true), or never (false). */
  public RequestBuilder retry(boolean value) {
    this.retry = value;
    return this;
  }

  /** Offers HTTP/2 for this request (or not), whatever the session option says. */
  public RequestBuilder http2(boolean value) {
    this.http2 = value;
    return this;
  }

  /**
   * Whether the canonical URI encodes the path twice. By default every service but S3 does, and S3
   * encodes once. False for another service signs S3-style, which API Gateway rejects: a way to see
   * that mismatch.
   */
  public RequestBuilder doubleEncodePath(boolean value) {
    this.doubleEncodePath = value;
    return this;
  }

  /**
   * Sends this request's signature (and session token) to its host even though it is neither the
   * configured API, an AWS endpoint nor loopback. Plain {@code http} stays refused off loopback.
   */
  public RequestBuilder trustHost() {
    this.trustHost = true;
    return this;
  }

  /**
   * Authorizes this request this way instead of the configured {@code apiAuth}: {@code IAM}
   * (SigV4), {@code ID_TOKEN} (raw, for REST Cognito authorizers), {@code ACCESS_TOKEN} ({@code
   * Bearer}, for HTTP API JWT authorizers), {@code API_KEY} or {@code NONE}. Only {@code IAM}
   * fetches credentials and signs; the others leave a given {@code Authorization} header alone.
   */
  public RequestBuilder auth(ApiAuth mode) {
    this.auth = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /** The header the token goes in, instead of {@code apiAuthHeader} (or {@code Authorization}). */
  public RequestBuilder authHeader(String name) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      throw new ApiException("not a header name: '" + name + "'", "use e.g. \"Authorization\"");
    }
    this.authHeader = name;
    return this;
  }

  /** Sends this API key as {@code x-api-key} instead of the configured {@code apiKey}. */
  public RequestBuilder apiKey(String value) {
    this.apiKey = Objects.requireNonNull(value, "value");
    return this;
  }

  /** The request, fixed, as it will be signed (no signature headers yet). */
  public FrozenRequest freeze() {
    return spec().request();
  }

  /** Signs the request now (fresh date and credentials) without sending it. */
  public SignedRequest sign() {
    return api.sign(spec());
  }

  /**
   * A presigned URL for this request (headers given are signed and must be sent with it), valid for
   * {@code expires} (1 second to 7 days); not sent. Always SigV4 ({@code iam}); the configured
   * {@code apiKey} is left out, so that a client holding only the URL can call it ({@code
   * .apiKey(..)} on this builder signs one in, and then it must be sent as {@code x-api-key}).
   */
  public URI presign(Duration expires) {
    return api.presign(spec(true), expires);
  }

  /** Signs and sends, with retries and clock-skew correction. */
  public Response send() {
    return api.execute(spec());
  }

  /** A curl command for this request, freshly signed, not sent. */
  public CurlCommand curl() {
    return api.curl(this);
  }

  RequestSpec spec() {
    return spec(false);
  }

  private RequestSpec spec(boolean presign) {
    List<Header> given = new ArrayList<>();
    headers.forEach(h -> given.add(new Header(h[0], h[1])));
    return RequestFreezer.freeze(
        api,
        new RequestFreezer.Draft(
            method,
            path,
            given,
            query,
            body,
            json,
            timeout,
            region,
            service,
            retry,
            http2,
            doubleEncodePath,
            trustHost,
            presign ? ApiAuth.IAM : auth,
            authHeader,
            apiKey,
            presign));
  }

  @Override
  public String toString() {
    return "RequestBuilder[" + method + " " + path + "]";
  }
}
