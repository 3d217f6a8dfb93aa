package dev.cogsh.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.config.ApiAuth;
import dev.cogsh.config.Config;
import dev.cogsh.human.Durations;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The shell's {@code api}: signed HTTP calls to the configured API.
 *
 * <pre>{@code
 * api.post("/notes", Map.of("content", "hello"))       // JSON body, signed, sent
 * api.request("GET", "/notes").query("limit", 10).send()
 * api.explain()   api.diff()   api.curl()   api.clockOffset()
 * }</pre>
 *
 * <p>Paths are relative to {@code apiUrl} (the stage kept); absolute URLs are allowed. Each request
 * is frozen (method, wire URL, headers, body bytes) before it is signed and sent exactly as signed.
 * Error statuses are returned, not thrown, unless {@link ApiOptions#throwOnError()}.
 */
public final class Api {

  private final Config config;
  private final RequestSigner signing;
  private final Transport transport;
  private final Random random;
  private final Sleeper sleeper;
  private final ObjectMapper json = new ObjectMapper();
  private volatile ApiOptions options = ApiOptions.DEFAULT;
  private volatile Diagnostician diagnostician = Diagnostician.basic();
  private volatile Response last;
  private final Set<String> trustedHosts = new CopyOnWriteArraySet<>();
  private volatile URI graphqlUrl;

  /** An api over the given transport and clock; jitter from a new {@link Random}, real sleeps. */
  public Api(Config config, CredentialSource credentials, Transport transport, Clock clock) {
    this(config, credentials, transport, clock, new Random(), Sleeper.THREAD);
  }

  /** Everything injected: tests pass a seeded random and a sleeper that does not sleep. */
  public Api(
      Config config,
      CredentialSource credentials,
      Transport transport,
      Clock clock,
      Random random,
      Sleeper sleeper) {
    this.config = Objects.requireNonNull(config, "config");
    this.signing =
        new RequestSigner(
            Objects.requireNonNull(credentials, "credentials"),
            Objects.requireNonNull(clock, "clock"));
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** An api with a transport of its own ({@link HttpTransport}) and the system clock. */
  public static Api create(Config config, CredentialSource credentials) {
    return new Api(config, credentials, new HttpTransport(), Clock.systemUTC());
  }

  public Response get(String path) {
    return request("GET", path).send();
  }

  /** GET with query parameters. */
  public Response get(String path, Map<String, ?> query) {
    return request("GET", path).query(query).send();
  }

  public Response post(String path) {
    return request("POST", path).send();
  }

  /** POST a body: Map/record/JsonNode as JSON, String as text, byte[] as is, Path as file bytes. */
  public Response post(String path, Object body) {
    return request("POST", path).body(body).send();
  }

  public Response put(String path) {
    return request("PUT", path).send();
  }

  public Response put(String path, Object body) {
    return request("PUT", path).body(body).send();
  }

  public Response patch(String path) {
    return request("PATCH", path).send();
  }

  public Response patch(String path, Object body) {
    return request("PATCH", path).body(body).send();
  }

  public Response delete(String path) {
    return request("DELETE", path).send();
  }

  public Response delete(String path, Object body) {
    return request("DELETE", path).body(body).send();
  }

  /** Calls in another authorization mode: {@code api.auth(ID_TOKEN).get("/cognito/notes")}. */
  public AuthorizedApi auth(ApiAuth mode) {
    return new AuthorizedApi(this, Objects.requireNonNull(mode, "mode"));
  }

  /**
   * Sets where the {@code idToken}/{@code accessToken} modes get fresh tokens (the session's auth).
   */
  public Api tokens(TokenSource value) {
    signing.tokens(Objects.requireNonNull(value, "tokens"));
    return this;
  }

  /** A request to build: headers, query, body, timeout, region, service, then {@code send()}. */
  public RequestBuilder request(String method, String path) {
    return new RequestBuilder(this, method, path);
  }

  /**
   * A presigned URL: {@code api.presign("GET", "/notes", Duration.ofMinutes(5))}. The signature and
   * the session token travel in {@code X-Amz-*} query parameters, so anyone holding the URL can
   * make that one call until it expires (1 second to 7 days): share it as you would a password.
   */
  public URI presign(String method, String path, Duration expires) {
    return request(method, path).presign(expires);
  }

  /**
   * A GraphQL query or mutation to the AppSync API, signed for {@code appsync}: {@code
   * api.graphql("{ notes { id content } }")}. GraphQL errors in a 200 answer make it not {@link
   * GraphQlResponse#ok()}.
   */
  public GraphQlResponse graphql(String query) {
    return graphql(query, Map.of());
  }

  /** A GraphQL operation with variables: {@code api.graphql("mutation($c: String!) …", vars)}. */
  public GraphQlResponse graphql(String query, Map<String, ?> variables) {
    URI url = graphqlUrl;
    return GraphQl.send(
        this, url != null ? url : GraphQl.defaultUrl(config.apiUrl()), query, variables);
  }

  /** Sends {@link #graphql} to this URL ({@code https://….appsync-api.….amazonaws.com/graphql}). */
  public Api graphqlUrl(String url) {
    graphqlUrl = URI.create(Objects.requireNonNull(url, "url").strip());
    return this;
  }

  /**
   * Sends a signed request exactly as it is (no re-signing, no retries): for requests changed after
   * signing, to see what the server makes of them.
   */
  public Response send(SignedRequest signed) {
    return new Exchange(this).sendAsSigned(signed);
  }

  /** The last response, or null before the first request. */
  public Response last() {
    return last;
  }

  /** The last request's signature, step by step (session token masked). */
  public PlainText explain() {
    Response r = last;
    if (r == null) {
      return new PlainText("no request yet: send one first, e.g. api.get(\"/notes\")\n");
    }
    String changed =
        r.request().changedAfterSigning()
            ? "\nNote: the request was changed after signing; the trace is what was signed.\n"
            : "";
    ApiAuthorization auth = r.request().authorization();
    String how = "Authorization: " + auth.describe() + "\n";
    if (!r.request().signed()) {
      return new PlainText(how + "\n" + r.request().text() + changed);
    }
    return new PlainText(how + "\n" + r.trace().explain() + changed);
  }

  /** The last response's diagnosis: the signature diff, IAM denial, clock skew … */
  public Finding diff() {
    Response r = last;
    return r == null ? BasicFinding.none() : r.diagnosis();
  }

  /** A curl command of the last request exactly as sent (live credentials: see the comment). */
  public CurlCommand curl() {
    Response r = last;
    if (r == null) {
      throw new ApiException(
          "no request yet to export", "send one first, or use api.curl(api.request(..))");
    }
    return CurlCommand.of(r.request(), r.request().spec().http2());
  }

  /** A curl command for a request not sent yet, freshly signed. */
  public CurlCommand curl(RequestBuilder request) {
    RequestSpec spec = request.spec();
    return CurlCommand.of(sign(spec), spec.http2());
  }

  /** How far the server's clock is ahead of this one (added to the clock when signing). */
  public Duration clockOffset() {
    return signing.offset();
  }

  /** Sets the offset by hand ({@code Duration.ZERO} to forget a measured one). */
  public Api clockOffset(Duration offset) {
    signing.offset(Objects.requireNonNull(offset, "offset"));
    return this;
  }

  public ApiOptions options() {
    return options;
  }

  /** Replaces the session options (a new connect timeout applies from the next request on). */
  public Api options(ApiOptions value) {
    options = Objects.requireNonNull(value, "options");
    return this;
  }

  /** Sets what explains responses ({@link #diff()}, {@link Response#diagnosis()}). */
  public Api diagnostician(Diagnostician value) {
    diagnostician = Objects.requireNonNull(value, "diagnostician");
    return this;
  }

  /** Shortcut: make error statuses throw {@link ApiException} (or not). */
  public Api throwOnError(boolean value) {
    return options(options.withThrowOnError(value));
  }

  public Config config() {
    return config;
  }

  /**
   * Trusts these hosts (or URLs: their host is taken) with signed requests for the rest of the
   * session, besides the configured API, AWS endpoints and loopback. Plain {@code http} stays
   * refused off loopback.
   */
  public Api trustHost(String... hosts) {
    return trustHosts(List.of(hosts));
  }

  /**
   * Like {@link #trustHost(String...)}, for a list (the configuration's {@code trustedHosts}); a
   * {@code *.example.com} pattern trusts every subdomain of {@code example.com}.
   */
  public Api trustHosts(java.util.Collection<String> hosts) {
    for (String h : hosts) {
      trustedHosts.add(HostTrust.normalize(h));
    }
    return this;
  }

  /** The hosts trusted with {@link #trustHost(String...)}. */
  public Set<String> trustedHosts() {
    return Set.copyOf(trustedHosts);
  }

  // ---- for the package: signing, sending, state ----

  SignedRequest sign(RequestSpec spec) {
    return signing.sign(spec);
  }

  URI presign(RequestSpec spec, Duration expires) {
    return signing.presign(spec, expires);
  }

  Response execute(RequestSpec spec) {
    Response r = new Exchange(this).execute(spec);
    if (options.throwOnError()) {
      r.orThrow();
    }
    return r;
  }

  Response response(
      SignedRequest signed,
      Transport.Answer raw,
      int attempt,
      Response previous,
      List<String> notes) {
    Response r =
        new Response(
            signed,
            raw,
            attempt,
            previous,
            notes,
            new Response.Context(
                json,
                options.displayChars(),
                signing.credentials().describe(),
                origin(),
                diagnostician));
    last = r;
    return r;
  }

  RequestSigner signing() {
    return signing;
  }

  private String origin() {
    return config.apiUrl() == null
        ? ""
        : config.apiUrl().getScheme() + "://" + config.apiUrl().getRawAuthority();
  }

  Transport transport() {
    return transport;
  }

  Random random() {
    return random;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  ObjectMapper json() {
    return json;
  }

  @Override
  public String toString() {
    Response r = last;
    return "Api["
        + (config.apiUrl() == null ? "no apiUrl" : config.apiUrl())
        + (signing.offset().isZero() ? "" : ", clock offset " + Durations.format(signing.offset()))
        + (r == null
            ? ""
            : ", last: " + r.statusLine() + " " + r.request().method() + " " + r.shownTarget())
        + "]";
  }
}
