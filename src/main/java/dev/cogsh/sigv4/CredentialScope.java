package dev.cogsh.sigv4;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The credential scope {@code <yyyyMMdd>/<region>/<service>/aws4_request}: the date, region and
 * service a signature (and its signing key) is valid for.
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
public record CredentialScope(String date, String region, String service) {

  /** The fixed last element of every SigV4 scope. */
  public static final String TERMINATOR = "aws4_request";

  private static final Pattern DATE = Pattern.compile("\\d{8}");
  // us-east-1, eu-central-2, us-gov-west-1, cn-north-1 … and not "execute-api" (a swapped scope).
  private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z0-9]+)*-\\d+|local");

  /** Rejects null parts. */
  public CredentialScope {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(service, "service");
  }

  /** {@code 20150830/us-east-1/service/aws4_request}. */
  public String text() {
    return date + "/" + region + "/" + service + "/" + TERMINATOR;
  }

  /**
   * Parses {@code <yyyyMMdd>/<region>/<service>/aws4_request}, the part of a {@code Credential}
   * after the access key id, with API Gateway's messages where it has one.
   */
  public static CredentialScope parse(String text) throws IncompleteSignatureException {
    String[] parts = text.split("/", -1);
    if (parts.length != 4) {
      throw new IncompleteSignatureException(
          "Credential should be scoped to <date>/<region>/<service>/aws4_request, not '"
              + text
              + "'. ",
          "the Credential is <access key id>/<yyyyMMdd>/<region>/<service>/aws4_request");
    }
    if (!TERMINATOR.equals(parts[3])) {
      throw new IncompleteSignatureException(
          "Credential should be scoped with a valid terminator: 'aws4_request', not '"
              + parts[3]
              + "'. ",
          "end the credential scope with /aws4_request");
    }
    if (!DATE.matcher(parts[0]).matches()) {
      throw new IncompleteSignatureException(
          "Credential should be scoped to a valid date (yyyyMMdd), not '" + parts[0] + "'. ",
          "the scope date is the first 8 characters of X-Amz-Date");
    }
    if (!REGION.matcher(parts[1]).matches()) {
      throw new IncompleteSignatureException(
          "Credential should be scoped to a valid region, not '" + parts[1] + "'. ",
          "the scope is <date>/<region>/<service>: check the order of region and service");
    }
    return new CredentialScope(parts[0], parts[1], parts[2]);
  }

  @Override
  public String toString() {
    return text();
  }
}
