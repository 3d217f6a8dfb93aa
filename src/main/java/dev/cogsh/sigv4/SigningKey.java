package dev.cogsh.sigv4;

import java.nio.charset.StandardCharsets;

/**
 * Task 3, step 1: derive the signing key from the secret access key.
 *
 * <pre>
 * kDate    = HMAC("AWS4" + secret, date)
 * kRegion  = HMAC(kDate, region)
 * kService = HMAC(kRegion, service)
 * kSigning = HMAC(kService, "aws4_request")
 * </pre>
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#derive-signing-key
 */
public final class SigningKey {

  private SigningKey() {}

  /** The 32-byte signing key for a scope; depends only on the secret, date, region and service. */
  public static byte[] derive(String secretKey, String date, String region, String service) {
    byte[] kDate = Signatures.hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    byte[] kRegion = Signatures.hmac(kDate, region);
    byte[] kService = Signatures.hmac(kRegion, service);
    return Signatures.hmac(kService, CredentialScope.TERMINATOR);
  }
}
