/**
 * Why a call failed, and why a signature does not match: everything that reads API Gateway's
 * answers and explains them.
 *
 * <ul>
 *   <li>{@link dev.cogsh.diagnose.ServerExpectation} parses the "should have been" text of a 403
 *       (with Jackson, from any field of a JSON body, or plain text); {@link
 *       dev.cogsh.diagnose.SignatureDiff} lines it up with the local {@code SigningTrace} and names
 *       the likely cause of the first difference ({@code Mismatch}, {@code HeaderMismatch}).
 *   <li>{@link dev.cogsh.diagnose.Diagnosis} reads any response: a signature mismatch, clock skew
 *       ({@code ClockSkewAnswer}), a credential scope error, an {@link dev.cogsh.diagnose.IamDenial
 *       IAM denial}, token and route answers. {@code Diagnosis::of} is the {@link
 *       dev.cogsh.api.Diagnostician} the session hands its {@code api}, so {@code api.diff()},
 *       {@code /diff} and the line under an error response come from here while {@code api} does
 *       not depend on this package.
 *   <li>{@code cogsh verify}'s half: {@link dev.cogsh.diagnose.CapturedRequest#parse} reads a
 *       captured request (a curl command with bash quoting, {@code ShellWords}, or a raw HTTP/1.1
 *       request) and {@link dev.cogsh.diagnose.SignatureCheck} recomputes its signature as API
 *       Gateway would; when it does not match, cogsh's fingerprint or the search for the usual
 *       after-signing changes ({@code SignatureVariants}) names the first difference.
 * </ul>
 *
 * <p>Uses {@code sigv4} (to recompute and compare), {@code api} (the response) and Jackson.
 */
package dev.cogsh.diagnose;
