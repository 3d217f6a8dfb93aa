package dev.cogsh.creds;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.Tokens;
import dev.cogsh.config.Config;
import dev.cogsh.creds.CredsException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * Identity Pool credentials: {@code GetId} (skipped when the identity id is cached) then {@code
 * GetCredentialsForIdentity}, for the signed-in user or, as a guest, without {@code Logins}.
 *
 * <p>Credentials are reused while they are valid for longer than the margin. Refreshing is single
 * flight: callers that find them stale queue on one lock, the first one exchanges, the others find
 * fresh credentials when they get the lock and return them without another call.
 */
final class IdentityPoolSource implements Source {

  private final Config config;
  private final Auth auth;
  private final CognitoIdentityClient client;
  private final Clock clock;
  private final IdentityIdCache ids;
  private final Duration margin;
  private final boolean guest;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile AwsCredentials cached;
  private volatile Consumer<AwsCredentials> exchanged = c -> {};

  IdentityPoolSource(
      Config config,
      Auth auth,
      CognitoIdentityClient client,
      Clock clock,
      IdentityIdCache ids,
      Duration margin,
      boolean guest) {
    this.config = config;
    this.auth = auth;
    this.client = client;
    this.clock = clock;
    this.ids = ids;
    this.margin = margin;
    this.guest = guest;
  }

  @Override
  public AwsCredentials get(boolean force) {
    AwsCredentials current = cached;
    if (!force && fresh(current)) {
      return current; // the fast path takes no lock
    }
    lock.lock();
    try {
      current = cached;
      if (!force && fresh(current)) {
        return current; // another caller refreshed while this one waited
      }
      cached = guest ? exchange(null, Map.of(), true) : authenticated();
      exchanged.accept(cached);
      return cached;
    } finally {
      lock.unlock();
    }
  }

  /** Starts from credentials an earlier process kept (the remembered session). */
  void seed(AwsCredentials remembered) {
    cached = remembered;
  }

  /** Forgets the credentials held: they belong to someone who is no longer signed in. */
  void forget() {
    cached = null;
  }

  /** Tells {@code listener} of every new exchange. */
  void onExchange(Consumer<AwsCredentials> listener) {
    exchanged = listener;
  }

  @Override
  public Optional<AwsCredentials> cached() {
    return Optional.ofNullable(cached);
  }

  @Override
  public String name() {
    return guest ? "identity pool, guest" : "identity pool";
  }

  private boolean fresh(AwsCredentials c) {
    return c != null
        && (c.expiration() == null || c.expiration().isAfter(clock.instant().plus(margin)));
  }

  private AwsCredentials authenticated() {
    Tokens tokens = validTokens();
    try {
      return exchange(tokens, logins(tokens), true);
    } catch (CredsException e) {
      if (e.reason() != Reason.TOKEN_EXPIRED) {
        throw e;
      }
      // The pool judged the token expired although auth did not (clock skew): refresh once.
      Tokens refreshed = refreshTokens();
      return exchange(refreshed, logins(refreshed), true);
    }
  }

  /** GetId (unless cached) and GetCredentialsForIdentity; retries once with a stale cached id. */
  private AwsCredentials exchange(Tokens tokens, Map<String, String> logins, boolean mayRetry) {
    requireConfig();
    String cacheKey =
        tokens == null
            ? IdentityIdCache.key(config.identityPoolId(), "unauthenticated", "guest")
            : IdentityIdCache.key(
                config.identityPoolId(), config.loginsKey(), tokens.idToken().subject());
    Optional<String> known = ids.get(cacheKey);
    String identityId = known.isPresent() ? known.get() : getId(logins, tokens);
    Credentials c;
    try {
      c =
          client
              .getCredentialsForIdentity(
                  r -> {
                    r.identityId(identityId);
                    if (!logins.isEmpty()) {
                      r.logins(logins); // a guest sends no Logins at all, not an empty map
                    }
                  })
              .credentials();
    } catch (CognitoIdentityException e) {
      String aws = IdentityErrors.message(e);
      boolean stale =
          e instanceof ResourceNotFoundException
                  && aws.startsWith(IdentityErrors.IDENTITY_NOT_FOUND)
              || e instanceof NotAuthorizedException
                  && aws.contains(IdentityErrors.LOGINS_DONT_MATCH);
      if (known.isPresent() && stale && mayRetry) {
        ids.remove(cacheKey); // an identity id from an old cache: ask GetId again
        return exchange(tokens, logins, false);
      }
      throw map("GetCredentialsForIdentity", e, tokens);
    } catch (SdkClientException e) {
      throw IdentityErrors.network("GetCredentialsForIdentity", e, config);
    }
    if (known.isEmpty()) {
      ids.put(cacheKey, identityId);
    }
    return new AwsCredentials(
        c.accessKeyId(), c.secretKey(), c.sessionToken(), c.expiration(), identityId, name());
  }

  private String getId(Map<String, String> logins, Tokens tokens) {
    try {
      return client
          .getId(
              r -> {
                r.identityPoolId(config.identityPoolId());
                if (!logins.isEmpty()) {
                  r.logins(logins);
                }
              })
          .identityId();
    } catch (CognitoIdentityException e) {
      throw map("GetId", e, tokens);
    } catch (SdkClientException e) {
      throw IdentityErrors.network("GetId", e, config);
    }
  }

  private CredsException map(String operation, CognitoIdentityException e, Tokens tokens) {
    return IdentityErrors.map(
        operation,
        e,
        config,
        tokens == null ? null : config.loginsKey(),
        tokens == null ? null : tokens.idToken().claim("iss"));
  }

  private Map<String, String> logins(Tokens tokens) {
    return Map.of(config.loginsKey(), tokens.idToken().raw());
  }

  private Tokens validTokens() {
    try {
      return auth.validTokens();
    } catch (AuthException e) {
      throw fromAuth(e);
    }
  }

  private Tokens refreshTokens() {
    try {
      return auth.refresh();
    } catch (AuthException e) {
      throw fromAuth(e);
    }
  }

  private static CredsException fromAuth(AuthException e) {
    return switch (e.reason()) {
      case NOT_SIGNED_IN ->
          new CredsException(
              Reason.NOT_SIGNED_IN,
              "Not signed in: the identity pool trades an ID token for credentials",
              "type auth.login() (or creds.guest() for guest credentials)",
              e);
      case SESSION_EXPIRED ->
          new CredsException(
              Reason.TOKEN_EXPIRED,
              "The session expired and could not be refreshed: " + e.getMessage(),
              "sign in again with auth.login()",
              e);
      default ->
          new CredsException(
              Reason.OTHER, "Could not get a valid ID token: " + e.getMessage(), e.hint(), e);
    };
  }

  private void requireConfig() {
    if (config.identityPoolId() == null) {
      throw new CredsException(
          Reason.CONFIGURATION,
          "No identity pool configured",
          "set identityPoolId (e.g. us-east-1:1b2c3d4e-…) in cogsh.json or COGSH_IDENTITY_POOL_ID,"
              + " or use creds.useProfile(NAME) / creds.useDefaultChain()");
    }
    if (!guest && config.userPoolId() == null) {
      throw new CredsException(
          Reason.CONFIGURATION,
          "No user pool configured: the Logins key is cognito-idp.<region>.amazonaws.com/<userPoolId>",
          "set userPoolId in cogsh.json or COGSH_USER_POOL_ID");
    }
  }
}
