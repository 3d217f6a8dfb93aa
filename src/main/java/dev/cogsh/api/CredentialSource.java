package dev.cogsh.api;

import dev.cogsh.sigv4.SigningCredentials;

/**
 * Where {@link Api} gets the credentials it signs with. The shell adapts {@code creds} to it; tests
 * pass a lambda.
 */
@FunctionalInterface
public interface CredentialSource {

  /** The credentials to sign the next request with (refreshed by the source as needed). */
  SigningCredentials current();

  /** Forgets cached credentials, e.g. after the server said the token expired. */
  default void invalidate() {}

  /** Who signs, for messages: e.g. {@code identity us-east-1:…}; empty when unknown. */
  default String describe() {
    return "";
  }

  /** Fixed credentials (long-term keys or a copied session). */
  static CredentialSource of(SigningCredentials credentials) {
    return () -> credentials;
  }
}
