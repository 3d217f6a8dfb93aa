/**
 * AWS Signature Version 4, as pure functions: canonical request, string to sign, signing key,
 * signature, presigned URLs, each step kept in an immutable {@link dev.cogsh.sigv4.SigningTrace};
 * and the verifier's side: parsing an Authorization header and rebuilding the canonical request
 * from a received one. Imports java.base only; never reads the clock. Explaining a mismatch (API
 * Gateway's "should have been" text, the line-by-line diff, its causes) lives in {@code
 * dev.cogsh.diagnose}.
 *
 * <p>Reference: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html
 */
package dev.cogsh.sigv4;
