/**
 * AWS Signature Version 4, as pure functions: canonical request, string to sign, signing key,
 * signature, presigned URLs, each step kept in an immutable {@link dev.cogsh.sigv4.SigningTrace};
 * and the parsing of API Gateway's "should have been" text. Imports java.base only; never reads the
 * clock.
 *
 * <p>Reference: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html
 */
package dev.cogsh.sigv4;
