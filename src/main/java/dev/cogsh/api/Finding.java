package dev.cogsh.api;

/**
 * What a response says about why a call failed, as a {@link Diagnostician} judged it: one line for
 * under the response ({@link #summary()}) and the full explanation ({@link #text()}, what {@code
 * api.diff()} and {@code /diff} print). {@code toString()} is the text.
 */
public interface Finding {

  /** What kind of answer the response is. */
  enum Kind {
    /** No response yet. */
    NONE,
    /** 2xx: nothing to explain. */
    OK,
    SIGNATURE_MISMATCH,
    CLOCK_SKEW,
    CREDENTIAL_SCOPE,
    IAM_DENIED,
    TOKEN_EXPIRED,
    TOKEN_INVALID,
    NO_ROUTE,
    INCOMPLETE_SIGNATURE,
    /** A token authorizer's 401: no token, a wrong one, one from another pool. */
    UNAUTHORIZED,
    /** An ID token where an access token is needed, or the reverse. */
    WRONG_TOKEN,
    /** An HTTP API JWT authorizer's {@code insufficient_scope}. */
    INSUFFICIENT_SCOPE,
    /** 403 Forbidden from a missing or wrong API key. */
    API_KEY,
    /** 429 from a usage plan: quota spent or throttled. */
    USAGE_LIMIT,
    /** Any other error, or an error no diagnostician looked at. */
    ERROR
  }

  Kind kind();

  /** One line for under an error response, or null when there is nothing to add. */
  String summary();

  /** The full explanation. */
  String text();

  /**
   * The likely cause of a signature problem in the diagnostician's own terms (e.g. {@code
   * dev.cogsh.diagnose.SignatureDiff.Cause.PATH_ENCODING}), or null.
   */
  default Enum<?> cause() {
    return null;
  }
}
