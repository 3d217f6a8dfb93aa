package dev.cogsh.api;

import dev.cogsh.config.ApiAuth;
import dev.cogsh.config.Config;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.HostScope;
import dev.cogsh.sigv4.SigningOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Fixes a {@link RequestBuilder}'s state into a {@link RequestSpec}: the wire URL, the body bytes,
 * the headers (Content-Type set exactly once), the signing region and service.
 */
final class RequestFreezer {

  /** Headers {@code java.net.http.HttpClient} sets itself and refuses from callers. */
  private static final Set<String> CLIENT_HEADERS = Set.of("connection", "expect", "upgrade");

  /** The headers the signer writes; a value given for them is replaced. */
  private static final Set<String> SIGNER_HEADERS =
      Set.of("authorization", "x-amz-date", "x-amz-security-token");

  /** A builder's state. */
  record Draft(
      String method,
      String path,
      List<Header> headers,
      List<WireUrl.Param> query,
      Object body,
      boolean json,
      Duration timeout,
      String region,
      String service,
      Boolean retry,
      Boolean http2,
      Boolean doubleEncodePath,
      boolean trustHost,
      ApiAuth auth,
      String authHeader,
      String apiKey,
      boolean presign) {}

  private RequestFreezer() {}

  static RequestSpec freeze(Api api, Draft d) {
    Config config = api.config();
    WireUrl.Resolved url = WireUrl.resolve(config.apiUrl(), d.path(), d.query());
    ApiAuthorization auth =
        d.presign()
            ? AuthChoice.presigned(d.authHeader(), d.apiKey())
            : AuthChoice.of(config, d.auth(), d.authHeader(), d.apiKey());
    boolean iam = auth.mode() == ApiAuth.IAM;
    if (auth.mode() != ApiAuth.NONE || auth.apiKey() != null) {
      HostTrust.check(url.uri(), config, auth, d.trustHost(), api.trustedHosts());
    }
    List<String> warnings = new ArrayList<>(url.warnings());
    Bodies.Body body =
        d.json() ? Bodies.json(d.body(), api.json()) : Bodies.of(d.body(), api.json());
    List<Header> headers = new ArrayList<>();
    boolean hasContentType = false;
    for (Header h : d.headers()) {
      String name = h.name().toLowerCase(Locale.ROOT);
      if (name.equals("host")) {
        throw new ApiException(
            "the Host header cannot be set: HttpClient sends the URL's host ("
                + FrozenRequest.host(url.uri())
                + "), and that is the host signed",
            "give an absolute URL with the host you mean");
      }
      if (CLIENT_HEADERS.contains(name)) {
        throw new ApiException(
            "HttpClient does not let callers set the " + h.name() + " header",
            "leave it out; the client manages the connection");
      }
      if (name.equals("content-length")) {
        warnings.add(
            "Content-Length is left out: HttpClient sets it from the body (it is not signed)");
        continue;
      }
      if (iam && SIGNER_HEADERS.contains(name)) {
        warnings.add(h.name() + " is written by the signer; the value given is not sent");
        continue;
      }
      if (h.value().indexOf('\n') >= 0 || h.value().indexOf('\r') >= 0) {
        throw new ApiException(
            "the value of header " + h.name() + " has a line break", "remove it");
      }
      if (name.equals("content-type") && hasContentType) {
        throw new ApiException(
            "Content-Type is given twice", "set it once: .header(\"Content-Type\", ..) replaces");
      }
      hasContentType |= name.equals("content-type");
      headers.add(h);
    }
    if (body.contentType() != null && !hasContentType) {
      headers.add(new Header("Content-Type", body.contentType()));
    }
    AuthChoice.addApiKey(auth, headers);
    FrozenRequest frozen = new FrozenRequest(d.method(), url.uri(), headers, body.bytes());
    SigningOptions signing = iam ? signing(config, url, d, warnings) : unsigned(config, url, d);
    ApiOptions options = api.options();
    return new RequestSpec(
        frozen,
        signing,
        d.timeout() == null ? options.requestTimeout() : d.timeout(),
        d.retry(),
        d.http2() == null ? options.http2() : d.http2(),
        warnings,
        auth);
  }

  /**
   * The signing options of a request that is not signed (a presigned URL is still signed with
   * them): as for a signed one, with {@code us-east-1} when no region is known, and no warnings.
   */
  private static SigningOptions unsigned(Config config, WireUrl.Resolved url, Draft d) {
    try {
      return signing(config, url, d, new ArrayList<>());
    } catch (ApiException e) {
      return SigningOptions.of("us-east-1", d.service() == null ? Config.EXECUTE_API : d.service());
    }
  }

  /**
   * The region and service: given with {@code .region(..)}/{@code .service(..)}, else implied by
   * the host ({@link HostScope}), else configured. An {@code apiService} configured other than
   * {@code execute-api} wins over the host for the configured API.
   */
  private static SigningOptions signing(
      Config config, WireUrl.Resolved url, Draft d, List<String> warnings) {
    URI uri = url.uri();
    HostScope inferred = HostScope.of(uri.getHost()).orElse(null);
    boolean configuredHost =
        !url.absolute()
            || config.apiUrl() != null
                && Objects.equals(config.apiUrl().getRawAuthority(), uri.getRawAuthority());
    String configuredRegion = config.apiRegion() != null ? config.apiRegion() : config.region();
    String region = d.region();
    if (region == null && inferred != null) {
      region = inferred.region();
    }
    if (region == null && configuredHost) {
      region = configuredRegion;
    }
    if (region == null) {
      region = configuredRegion;
      if (region == null) {
        throw new ApiException(
            "no region to sign for: " + uri.getHost() + " is not an AWS endpoint",
            "add .region(\"us-east-1\") (and .service(..) if it is not execute-api)");
      }
      warnings.add(
          uri.getHost()
              + " names no region: signing for "
              + region
              + " (set .region(..) if that is wrong)");
    }
    String service = d.service();
    if (service == null) {
      boolean explicitService = !Config.EXECUTE_API.equals(config.apiService());
      if (configuredHost && explicitService) {
        service = config.apiService();
      } else {
        service = inferred != null ? inferred.service() : Config.EXECUTE_API;
      }
    }
    SigningOptions options = SigningOptions.of(region, service);
    return d.doubleEncodePath() == null
        ? options
        : options.withDoubleEncodePath(d.doubleEncodePath());
  }
}
