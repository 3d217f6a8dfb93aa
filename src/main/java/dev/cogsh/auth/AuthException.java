package dev.cogsh.auth;

import dev.cogsh.human.Hinted;

/**
 * A sign-in problem a person can act on: {@link #getMessage()} says what happened, {@link #hint()}
 * what to do next, {@link #reason()} lets code tell the cases apart. Messages never contain a
 * password, a token or a client secret, and never a stack trace.
 */
public class AuthException extends RuntimeException implements Hinted {

  private static final long serialVersionUID = 1L;

  /** What went wrong, for code that reacts to a case (the shell, {@code creds}, tests). */
  public enum Reason {
    /** No tokens yet, or they were forgotten. */
    NOT_SIGNED_IN,
    /** Incomplete or malformed configuration (pool id, client id, region). */
    CONFIGURATION,
    /** Cognito rejected the user name and password. */
    WRONG_PASSWORD,
    /** The user does not exist in the pool. */
    UNKNOWN_USER,
    /** The user signed up but never confirmed. */
    USER_NOT_CONFIRMED,
    /** An administrator reset the password; the user must set a new one with a code. */
    PASSWORD_RESET_REQUIRED,
    /** The account is disabled. */
    USER_DISABLED,
    /** Too many attempts or requests; wait before trying again. */
    TOO_MANY_ATTEMPTS,
    /** The app client does not allow this authentication flow. */
    FLOW_NOT_ENABLED,
    /** SECRET_HASH missing or wrong for the app client's secret. */
    SECRET_HASH,
    /** A challenge needs an answer nobody gave yet; the sign-in can continue. */
    CHALLENGE_UNANSWERED,
    /** A one-time code or answer was wrong or expired. */
    CODE_MISMATCH,
    /** The new password does not meet the pool's password policy. */
    INVALID_PASSWORD,
    /** The refresh token expired or was revoked; sign in again. */
    SESSION_EXPIRED,
    /** Cognito could not be reached. */
    NETWORK,
    /** Cognito answered with something cogsh cannot use. */
    PROTOCOL,
    /** Anything else Cognito refused. */
    OTHER
  }

  private final Reason reason;
  private final String hint;

  /** An exception with a message and a hint for the user. */
  public AuthException(Reason reason, String message, String hint) {
    this(reason, message, hint, null);
  }

  /** An exception with a message, a hint and the underlying cause (kept out of the message). */
  public AuthException(Reason reason, String message, String hint, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.hint = hint;
  }

  /** What to do next, in words a person can follow (may name a cogsh call to type). */
  @Override
  public String hint() {
    return hint;
  }

  /** The case, for code. */
  public Reason reason() {
    return reason;
  }
}
