package dev.cogsh.creds;

/**
 * Asks STS who a set of credentials is ({@code GetCallerIdentity}); the session supplies it (it
 * signs and sends through {@code api}, which {@code creds} may not use).
 */
@FunctionalInterface
public interface CallerIdentityLookup {

  /**
   * @throws CredsException with a hint when STS cannot be asked or refuses
   */
  CallerIdentity lookUp(AwsCredentials credentials);

  /** The lookup of a {@code Creds} that was given none. */
  CallerIdentityLookup NONE =
      c -> {
        throw new CredsException(
            CredsException.Reason.CONFIGURATION,
            "this creds object cannot ask STS who it is: it was built outside a cogsh session",
            "use the shell's creds, or sign a GetCallerIdentity call with api yourself");
      };
}
