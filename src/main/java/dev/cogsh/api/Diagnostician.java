package dev.cogsh.api;

/**
 * Explains a response: the seam through which the package that knows API Gateway's error answers
 * ({@code dev.cogsh.diagnose}) serves {@code api.diff()}, {@code response.diagnosis()} and the line
 * under an error response, while {@code api} does not depend on it. The composition that builds an
 * {@link Api} passes one with {@link Api#diagnostician(Diagnostician)}; without it, {@link
 * #basic()} says only what the status says.
 */
@FunctionalInterface
public interface Diagnostician {

  /**
   * What {@code response} says about the call.
   *
   * @param identity who signed, as the credential source describes it (for an IAM denial), or null
   */
  Finding diagnose(Response response, String identity);

  /** The status and the error message, and a note that no diagnosis is wired in. */
  static Diagnostician basic() {
    return BasicFinding::of;
  }
}
