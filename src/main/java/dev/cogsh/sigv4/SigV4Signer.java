package dev.cogsh.sigv4;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Signs a request with AWS Signature Version 4, step by step as AWS numbers the steps, and returns
 * every intermediate in a {@link SigningTrace}.
 *
 * <ol>
 *   <li>Task 1: create a canonical request ({@link CanonicalRequest}).
 *   <li>Task 2: create the string to sign ({@link StringToSign}).
 *   <li>Task 3: derive the signing key ({@link SigningKey}) and calculate the signature.
 *   <li>Task 4: add the signature to the request (Authorization header or query parameters).
 * </ol>
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 * (the current guide splits the same work into steps 1–5: its step 2, hashing the canonical
 * request, is part of Task 2 here, as in the original "Signature Version 4 signing process" guide).
 *
 * <p>An instance keeps the signing keys it derived, at most {@value #KEY_CACHE_SIZE}, keyed by
 * (secret, date, region, service): the key changes once a day, the requests many times a second. It
 * is safe to share between threads. There is no static state.
 */
public final class SigV4Signer {

  static final int KEY_CACHE_SIZE = SigningKeyCache.SIZE;

  private final SigningKeyCache signingKeys = new SigningKeyCache();

  /** Signs the request as of {@code time}; nothing is read from the clock. */
  public SigningTrace sign(
      SignableRequest request,
      SigningCredentials credentials,
      SigningOptions options,
      Instant time) {
    String amzDate = AmzDate.format(time);
    CredentialScope scope =
        new CredentialScope(amzDate.substring(0, 8), options.region(), options.service());
    String token = credentials.sessionToken();
    String signedToken = options.signSessionToken() ? token : null;
    boolean inHeader = options.placement() == Placement.HEADER;
    URI url = request.url();

    // Task 1: create a canonical request.
    String payloadHash =
        options.unsignedPayload()
            ? CanonicalRequest.UNSIGNED_PAYLOAD
            : Signatures.sha256Hex(request.bodyBytes());
    List<Header> headers =
        headersToSign(request, options, amzDate, signedToken, token, payloadHash);
    List<Header> canonicalHeaders = CanonicalHeaders.of(headers);
    String rawQuery = url.getRawQuery();
    if (!inHeader) {
      rawQuery =
          append(
              withoutQueryAuth(rawQuery == null ? "" : rawQuery),
              queryAuth(credentials, scope, amzDate, options, canonicalHeaders, signedToken));
    }
    CanonicalRequest canonical =
        CanonicalRequest.create(
            request.method(), url.getRawPath(), rawQuery, canonicalHeaders, payloadHash, options);

    // Task 2: create the string to sign.
    String stringToSign = StringToSign.of(amzDate, scope, canonical.text());

    // Task 3: derive the signing key (cached per scope), calculate the signature.
    SigningKeyCache.DerivedKey signingKey = signingKeys.get(credentials.secretKey(), scope);
    String signature = signingKey.signatureOf(stringToSign);

    // Task 4: add the signature to the request.
    String authorization = null;
    URI signedUrl = url;
    if (inHeader) {
      if (token != null && signedToken == null) {
        headers.add(new Header("X-Amz-Security-Token", token));
      }
      authorization =
          StringToSign.ALGORITHM
              + " Credential="
              + credentials.accessKeyId()
              + "/"
              + scope.text()
              + ", SignedHeaders="
              + canonical.signedHeadersText()
              + ", Signature="
              + signature;
      headers.add(new Header("Authorization", authorization));
    } else {
      String query = rawQuery + "&X-Amz-Signature=" + signature;
      if (token != null && signedToken == null) {
        query += "&X-Amz-Security-Token=" + UriEncoding.encode(token);
      }
      signedUrl = URI.create(withQuery(url, query));
    }
    return new SigningTrace(
        canonical,
        amzDate,
        scope,
        stringToSign,
        signature,
        authorization,
        headers,
        signedUrl,
        options.placement(),
        credentials.accessKeyId(),
        token,
        signingKey.hex());
  }

  /** The request's headers, less any earlier signature, plus Host and the X-Amz-* headers. */
  private static List<Header> headersToSign(
      SignableRequest request,
      SigningOptions options,
      String amzDate,
      String signedToken,
      String token,
      String payloadHash) {
    boolean inHeader = options.placement() == Placement.HEADER;
    boolean hasHost = false;
    List<Header> headers = new ArrayList<>(request.headers().size() + 5);
    for (Header h : request.headers()) {
      String name = h.name().toLowerCase(Locale.ROOT);
      boolean replaced =
          name.equals("authorization")
              || inHeader && name.equals("x-amz-date")
              || inHeader && token != null && name.equals("x-amz-security-token")
              || inHeader && options.contentSha256Header() && name.equals("x-amz-content-sha256");
      if (!replaced) {
        headers.add(h);
        hasHost |= name.equals("host");
      }
    }
    if (!hasHost) {
      headers.add(new Header("Host", host(request.url())));
    }
    if (inHeader) {
      headers.add(new Header("X-Amz-Date", amzDate));
      if (signedToken != null) {
        headers.add(new Header("X-Amz-Security-Token", signedToken));
      }
      if (options.contentSha256Header()) {
        headers.add(new Header("x-amz-content-sha256", payloadHash));
      }
    }
    return headers;
  }

  /** The presigned-URL parameters that are part of the canonical query (all but the signature). */
  private static String queryAuth(
      SigningCredentials credentials,
      CredentialScope scope,
      String amzDate,
      SigningOptions options,
      List<Header> canonicalHeaders,
      String signedToken) {
    StringBuilder signedHeaders = new StringBuilder();
    for (Header h : canonicalHeaders) {
      signedHeaders.append(signedHeaders.length() == 0 ? "" : ";").append(h.name());
    }
    String query =
        "X-Amz-Algorithm="
            + StringToSign.ALGORITHM
            + "&X-Amz-Credential="
            + UriEncoding.encode(credentials.accessKeyId() + "/" + scope.text())
            + "&X-Amz-Date="
            + amzDate
            + "&X-Amz-Expires="
            + options.expires().toSeconds()
            + "&X-Amz-SignedHeaders="
            + UriEncoding.encode(signedHeaders.toString());
    return signedToken == null
        ? query
        : query + "&X-Amz-Security-Token=" + UriEncoding.encode(signedToken);
  }

  /** The raw query without the parameters of an earlier presigned signature. */
  private static String withoutQueryAuth(String rawQuery) {
    return CanonicalQuery.without(
        rawQuery,
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-Date",
        "X-Amz-Expires",
        "X-Amz-SignedHeaders",
        "X-Amz-Security-Token",
        "X-Amz-Signature");
  }

  private static String append(String query, String more) {
    return query.isEmpty() ? more : query + "&" + more;
  }

  private static String withQuery(URI url, String rawQuery) {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    return url.getScheme() + "://" + url.getRawAuthority() + path + "?" + rawQuery;
  }

  /** {@code host[:port]}, the port only when it is not the scheme's default. */
  static String host(URI url) {
    int port = url.getPort();
    boolean defaultPort =
        port == -1
            || port == 443 && "https".equalsIgnoreCase(url.getScheme())
            || port == 80 && "http".equalsIgnoreCase(url.getScheme());
    return defaultPort ? url.getHost() : url.getHost() + ":" + port;
  }

  /** How many signing keys this instance holds (for tests). */
  int cachedKeys() {
    return signingKeys.size();
  }
}
