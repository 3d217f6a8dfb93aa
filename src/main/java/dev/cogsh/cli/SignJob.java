package dev.cogsh.cli;

import dev.cogsh.sigv4.AmzDate;
import dev.cogsh.sigv4.ExecuteApiHost;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.HostScope;
import dev.cogsh.sigv4.Placement;
import dev.cogsh.sigv4.SignableRequest;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.sigv4.SigningOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link SignInput} checked and turned into what the signer takes; every problem becomes a {@link
 * SignException} that says what to do.
 */
record SignJob(
    SignableRequest request, SigningCredentials credentials, SigningOptions options, Instant time) {

  private static final long MAX_PRESIGN = SigningOptions.MAX_EXPIRES.toSeconds();

  /**
   * Checks the input; credentials not in the input come from {@code fallback}, the time when no
   * date is given from {@code clock}.
   */
  static SignJob of(SignInput in, Fallback fallback, Clock clock) throws SignException {
    String method = method(in.method());
    URI url = url(in.url());
    List<Header> headers = in.headers() == null ? List.of() : in.headers();
    SignableRequest request = new SignableRequest(method, url, headers, in.body());
    SigningOptions options = options(in, url);
    Instant time = in.date() == null ? clock.instant() : date(in.date());
    return new SignJob(request, credentials(in, fallback), options, time);
  }

  private static String method(String method) throws SignException {
    if (method == null || method.isBlank()) {
      throw new SignException("no method", "add --method GET (or POST, PUT, PATCH, DELETE, …)");
    }
    if (!method.strip().matches("[A-Za-z]+")) {
      throw new SignException(
          "'" + method + "' is not an HTTP method", "use a method name such as GET or POST");
    }
    return method.strip().toUpperCase(Locale.ROOT);
  }

  private static URI url(String url) throws SignException {
    if (url == null || url.isBlank()) {
      throw new SignException(
          "no URL", "add --url https://<api-id>.execute-api.<region>.amazonaws.com/<stage>/<path>");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new SignException(
          "the URL '"
              + url
              + "' is not valid ("
              + e.getReason()
              + " at index "
              + e.getIndex()
              + ")",
          "percent-encode it as it goes on the wire (a space is %20)");
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new SignException(
          "the URL '" + url + "' is relative",
          "give an absolute URL such as https://abc123.execute-api.us-east-1.amazonaws.com/prod/notes");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new SignException(
          "the URL '" + url + "' is not http or https", "give an https:// (or http://) URL");
    }
    return uri;
  }

  private static SigningOptions options(SignInput in, URI url) throws SignException {
    HostScope inferred = HostScope.of(url.getHost()).orElse(null);
    String region = in.region();
    if (region == null) {
      region =
          Optional.ofNullable(inferred)
              .map(HostScope::region)
              .orElseThrow(
                  () ->
                      new SignException(
                          "no region for host " + url.getHost(),
                          "add --region (e.g. --region us-east-1); only AWS endpoint hosts"
                              + " (*.execute-api.<region>.amazonaws.com …) name their region"));
    }
    String service = in.service();
    if (service == null) {
      service = inferred == null ? ExecuteApiHost.SERVICE : inferred.service();
    }
    if (region.isBlank() || service.isBlank()) {
      throw new SignException("empty region or service", "give --region and --service a value");
    }
    SigningOptions options = SigningOptions.of(region.strip(), service.strip());
    if (in.presignSeconds() == null) {
      return options;
    }
    long seconds = in.presignSeconds();
    if (seconds < 1 || seconds > MAX_PRESIGN) {
      throw new SignException(
          "--presign " + seconds + " is out of range",
          "a presigned URL lives 1 to " + MAX_PRESIGN + " seconds (7 days)");
    }
    return options.withPlacement(Placement.QUERY, Duration.ofSeconds(seconds));
  }

  private static Instant date(String date) throws SignException {
    try {
      return AmzDate.parse(date.strip());
    } catch (IllegalArgumentException e) {
      throw new SignException(
          "the date '" + date + "' is not a SigV4 date", "write it as 20150830T123600Z (UTC)");
    }
  }

  /** Where credentials come from when the input has none. */
  interface Fallback {
    SigningCredentials find() throws SignException;
  }

  private static SigningCredentials credentials(SignInput in, Fallback fallback)
      throws SignException {
    boolean hasKey = in.accessKey() != null && !in.accessKey().isBlank();
    boolean hasSecret = in.secretKey() != null && !in.secretKey().isBlank();
    if (hasKey && hasSecret) {
      return new SigningCredentials(
          in.accessKey().strip(), in.secretKey().strip(), in.sessionToken());
    }
    if (hasKey || hasSecret) {
      throw new SignException(
          hasKey ? "--access-key without --secret-key" : "--secret-key without --access-key",
          "give both, or neither to use AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or the profile");
    }
    if (in.sessionToken() != null) {
      throw new SignException(
          "--session-token without --access-key and --secret-key",
          "a session token belongs to the temporary keys it came with: give all three");
    }
    return fallback.find();
  }

  /** {@code Name: value} → a header; the value is trimmed, an empty value is allowed. */
  static Header header(String text) throws SignException {
    int colon = text.indexOf(':');
    String name = colon < 0 ? "" : text.substring(0, colon).strip();
    if (colon < 0 || !isToken(name)) {
      throw new SignException(
          "malformed header '" + text + "'", "write it as --header 'Name: value'");
    }
    return new Header(name, text.substring(colon + 1).strip());
  }

  /** An HTTP header name (RFC 9110 token). */
  static boolean isToken(String name) {
    return name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  }
}
