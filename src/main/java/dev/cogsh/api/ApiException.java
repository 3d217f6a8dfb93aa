package dev.cogsh.api;

import dev.cogsh.human.Hinted;

/**
 * A request that could not be built or sent, or a response that is an error when the caller asked
 * for errors to throw ({@link Response#orThrow()}, {@link ApiOptions#throwOnError()}).
 */
public class ApiException extends RuntimeException implements Hinted {

  private static final long serialVersionUID = 1L;

  private final String hint;
  private final transient Response response;

  /** An error with what to do about it. */
  public ApiException(String message, String hint) {
    this(message, hint, null, null);
  }

  /** An error caused by another. */
  public ApiException(String message, String hint, Throwable cause) {
    this(message, hint, null, cause);
  }

  ApiException(String message, String hint, Response response, Throwable cause) {
    super(message, cause);
    this.hint = hint;
    this.response = response;
  }

  /** What the user can do about it. */
  @Override
  public String hint() {
    return hint;
  }

  /** The error response, when the exception stands for one; else null. */
  public Response response() {
    return response;
  }
}
