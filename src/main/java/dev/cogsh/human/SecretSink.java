package dev.cogsh.human;

/**
 * Where an object that learns a secret (a token from Cognito, credentials from STS, a password it
 * was given) reports it, so that the session's redactor masks it from then on. The session wires a
 * {@link SecretRegistry}; objects built on their own report to {@link #NONE}.
 */
@FunctionalInterface
public interface SecretSink {

  /** Forgets everything: for objects used outside a session. */
  SecretSink NONE = (kind, value) -> {};

  /** Reports {@code value}, a secret of {@code kind}; {@code null} and blank values are ignored. */
  void learned(SecretKind kind, String value);
}
