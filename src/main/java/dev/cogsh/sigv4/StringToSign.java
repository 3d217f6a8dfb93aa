package dev.cogsh.sigv4;

import java.nio.charset.StandardCharsets;

/**
 * Task 2: the string to sign.
 *
 * <pre>
 * AWS4-HMAC-SHA256 \n
 * RequestDateTime  \n        (X-Amz-Date, yyyyMMdd'T'HHmmss'Z')
 * CredentialScope  \n        (yyyyMMdd/region/service/aws4_request)
 * Hex(SHA256(CanonicalRequest))
 * </pre>
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-string-to-sign
 */
public final class StringToSign {

  /** The only algorithm of SigV4. */
  public static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private StringToSign() {}

  /** The four lines, {@code '\n'}-joined, no trailing newline. */
  public static String of(String amzDate, CredentialScope scope, String canonicalRequestText) {
    return ALGORITHM
        + "\n"
        + amzDate
        + "\n"
        + scope.text()
        + "\n"
        + Signatures.sha256Hex(canonicalRequestText.getBytes(StandardCharsets.UTF_8));
  }
}
