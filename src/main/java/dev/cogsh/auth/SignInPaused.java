package dev.cogsh.auth;

/**
 * Thrown when a challenge was not answered (or answered wrongly and may be retried): the message
 * and hint say how to continue; {@link Auth} keeps {@link #pending()} for that.
 */
final class SignInPaused extends AuthException {

  private static final long serialVersionUID = 1L;

  private final transient Pending pending;

  SignInPaused(Pending pending, AuthException why) {
    super(why.reason(), why.getMessage(), why.hint());
    this.pending = pending;
  }

  Pending pending() {
    return pending;
  }
}
