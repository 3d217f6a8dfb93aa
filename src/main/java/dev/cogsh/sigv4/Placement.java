package dev.cogsh.sigv4;

/**
 * Where the signature goes: an {@code Authorization} header, or query parameters of a presigned URL
 * ({@code X-Amz-Signature} and friends).
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-add-signature-request.html
 */
public enum Placement {
  /** {@code Authorization}, {@code X-Amz-Date} and {@code X-Amz-Security-Token} headers. */
  HEADER,
  /** {@code X-Amz-*} query parameters with an {@code X-Amz-Expires} lifetime (presigned URL). */
  QUERY
}
