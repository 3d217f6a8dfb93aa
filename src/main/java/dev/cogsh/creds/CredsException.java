package dev.cogsh.creds;

import dev.cogsh.human.Hinted;

/**
 * A credentials problem a person can act on: {@link #getMessage()} says what happened (naming the
 * ids involved), {@link #hint()} what to do. Never contains a secret key, a session token or a
 * token.
 */
public class CredsException extends RuntimeException implements Hinted {

  private static final long serialVersionUID = 1L;

  /** The cases code may react to. */
  public enum Reason {
    /** No ID token to exchange: sign in first. */
    NOT_SIGNED_IN,
    /** Something is missing or wrong in the configuration. */
    CONFIGURATION,
    /** The identity pool does not exist (in that region or account). */
    POOL_NOT_FOUND,
    /** The Logins key does not match the token's issuer, or the pool does not trust it. */
    LOGIN_REJECTED,
    /** The ID token expired and could not be refreshed. */
    TOKEN_EXPIRED,
    /** The pool has no usable role for this kind of identity. */
    NO_ROLE,
    /** The pool does not allow unauthenticated (guest) identities. */
    GUEST_NOT_ALLOWED,
    /** Throttled. */
    THROTTLED,
    /** A profile, the default chain or static keys could not give credentials. */
    SOURCE,
    /** The service could not be reached. */
    NETWORK,
    /** Anything else the service refused. */
    OTHER
  }

  private final Reason reason;
  private final String hint;

  public CredsException(Reason reason, String message, String hint) {
    this(reason, message, hint, null);
  }

  public CredsException(Reason reason, String message, String hint, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.hint = hint;
  }

  /** What to do next. */
  @Override
  public String hint() {
    return hint;
  }

  /** The case, for code. */
  public Reason reason() {
    return reason;
  }
}
