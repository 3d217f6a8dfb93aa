package dev.cogsh.sigv4;

import java.util.Arrays;
import java.util.List;

/**
 * A parsed SigV4 {@code Authorization} header: {@code AWS4-HMAC-SHA256 Credential=<key>/<scope>,
 * SignedHeaders=<a;b;c>, Signature=<hex>}.
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-add-signature-request.html
 */
public record AuthorizationHeader(
    String accessKeyId, CredentialScope scope, List<String> signedHeaders, String signature) {

  private static final String HINT =
      "sign the request with SigV4 (cogsh sign, or api in the shell); an IAM-authorized route does"
          + " not take a bearer token";

  /** Copies the list. */
  public AuthorizationHeader {
    signedHeaders = List.copyOf(signedHeaders);
  }

  /** The header value this record stands for. */
  public String text() {
    return StringToSign.ALGORITHM
        + " Credential="
        + accessKeyId
        + "/"
        + scope.text()
        + ", SignedHeaders="
        + String.join(";", signedHeaders)
        + ", Signature="
        + signature;
  }

  /**
   * Parses a header value, failing with API Gateway's {@code IncompleteSignatureException} text;
   * assumes the request has a date header.
   */
  public static AuthorizationHeader parse(String value) throws IncompleteSignatureException {
    return parse(value, true);
  }

  /**
   * Parses a header value, failing as API Gateway does: {@code "'<x>' not a valid key=value pair
   * (missing equal-sign) in Authorization header: '<value>'."} for a part without {@code =}, else
   * one {@code "Authorization header requires '<name>' parameter."} per missing parameter (and the
   * date-header sentence when {@code hasDateHeader} is false), then {@code
   * "Authorization=<value>"}.
   */
  public static AuthorizationHeader parse(String value, boolean hasDateHeader)
      throws IncompleteSignatureException {
    String trimmed = value.strip();
    int space = trimmed.indexOf(' ');
    String parameters = space < 0 ? "" : trimmed.substring(space + 1);
    String credential = null;
    String signedHeaders = null;
    String signature = null;
    for (String part : parameters.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq < 0) {
        throw new IncompleteSignatureException(
            "'"
                + p
                + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                + value
                + "'.",
            HINT);
      }
      String name = p.substring(0, eq).strip();
      String v = p.substring(eq + 1).strip();
      switch (name) {
        case "Credential" -> credential = v;
        case "SignedHeaders" -> signedHeaders = v;
        case "Signature" -> signature = v;
        default -> {
          // API Gateway ignores parameters it does not know.
        }
      }
    }
    StringBuilder missing = new StringBuilder();
    require(missing, credential, "Credential");
    require(missing, signature, "Signature");
    require(missing, signedHeaders, "SignedHeaders");
    if (!hasDateHeader) {
      missing.append(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    if (missing.length() > 0) {
      throw new IncompleteSignatureException(missing + "Authorization=" + value, HINT);
    }
    int slash = credential.indexOf('/');
    if (slash < 0) {
      throw new IncompleteSignatureException(
          "Credential should be scoped to <date>/<region>/<service>/aws4_request, not '"
              + credential
              + "'. ",
          "the Credential is <access key id>/<yyyyMMdd>/<region>/<service>/aws4_request");
    }
    CredentialScope scope = CredentialScope.parse(credential.substring(slash + 1));
    return new AuthorizationHeader(
        credential.substring(0, slash), scope, Arrays.asList(signedHeaders.split(";")), signature);
  }

  private static void require(StringBuilder missing, String found, String name) {
    if (found == null) {
      missing.append("Authorization header requires '").append(name).append("' parameter. ");
    }
  }

  @Override
  public String toString() {
    return text();
  }
}
