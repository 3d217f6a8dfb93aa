package dev.cogsh.diagnose;

import dev.cogsh.sigv4.AmzDate;
import dev.cogsh.sigv4.AuthorizationHeader;
import dev.cogsh.sigv4.CredentialScope;
import dev.cogsh.sigv4.IncompleteSignatureException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * What a captured request says about its own signature: the Authorization header (or the presigned
 * {@code X-Amz-*} query parameters) and the request date.
 *
 * @param expires a presigned URL's lifetime, else null
 */
record ClaimedSignature(AuthorizationHeader authorization, String amzDate, Duration expires) {

  /**
   * @throws CaptureException when the request carries no SigV4 signature at all
   * @throws IncompleteSignatureException when it carries one that cannot be parsed
   */
  static ClaimedSignature of(CapturedRequest r)
      throws CaptureException, IncompleteSignatureException {
    String header = r.header("authorization").orElse(null);
    if (header != null) {
      String amzDate = r.header("x-amz-date").orElse(null);
      String date = r.header("date").orElse(null);
      AuthorizationHeader auth = AuthorizationHeader.parse(header, amzDate != null || date != null);
      return new ClaimedSignature(auth, amzDate != null ? amzDate : httpDate(date), null);
    }
    String signature = r.queryParameter("X-Amz-Signature").orElse(null);
    if (signature == null) {
      throw new CaptureException(
          "the request carries no SigV4 signature (no Authorization header, no X-Amz-Signature parameter)",
          "capture the request as it was sent, signature headers included");
    }
    String credential = decode(r.queryParameter("X-Amz-Credential").orElse(""));
    int slash = credential.indexOf('/');
    if (slash < 0) {
      throw new IncompleteSignatureException(
          "X-Amz-Credential should be <access key id>/<scope>, not '" + credential + "'.",
          "copy the whole presigned URL");
    }
    CredentialScope scope = CredentialScope.parse(credential.substring(slash + 1));
    String signed = decode(r.queryParameter("X-Amz-SignedHeaders").orElse("host"));
    String expires = r.queryParameter("X-Amz-Expires").orElse(null);
    return new ClaimedSignature(
        new AuthorizationHeader(
            credential.substring(0, slash), scope, Arrays.asList(signed.split(";")), signature),
        decode(r.queryParameter("X-Amz-Date").orElse("")),
        expires == null ? null : Duration.ofSeconds(Long.parseLong(expires)));
  }

  private static String httpDate(String text) throws CaptureException {
    try {
      return AmzDate.format(
          ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      throw new CaptureException(
          "the Date header is not an HTTP date: " + text, "SigV4 reads X-Amz-Date first");
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
