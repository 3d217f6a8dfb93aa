package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.srp.SecretHash;
import dev.cogsh.srp.Verifier;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The User Pool's users and the rules every operation shares: the app client, {@code SECRET_HASH},
 * the password policy, and passwords kept only as SRP verifiers. User names match
 * case-insensitively, as in a pool created today; the stored spelling is {@code USER_ID_FOR_SRP}.
 */
final class UserPool {
  private static final String USERS = "users";

  private final SandboxIds ids;
  private final String clientSecret;
  private final SecureRandom random;
  private final RandomIds idGen;
  private final StateStore store;
  private final StoreLimits limits;
  private final Map<String, PoolUser> users = new ConcurrentHashMap<>(); // lower-case name -> user
  private volatile boolean emailAsUsername;
  private volatile CompletableFuture<Void> seeded = CompletableFuture.completedFuture(null);

  UserPool(
      SandboxIds ids,
      String clientSecret,
      SecureRandom random,
      RandomIds idGen,
      StateStore store,
      StoreLimits limits)
      throws IOException {
    this.limits = limits;
    this.ids = ids;
    this.clientSecret = clientSecret;
    this.random = random;
    this.idGen = idGen;
    this.store = store;
    // never a silent new user: a new sub would orphan the user's identity and notes
    for (JsonNode record : store.load(USERS, PoolUser.SHAPE)) {
      PoolUser user = PoolUser.fromJson(record);
      users.put(key(user.username()), user);
    }
  }

  /**
   * Makes e-mail addresses the way users sign in ({@code UsernameAttributes: [email]}): users
   * seeded from now on with an address as their name get a UUID user name (their {@code sub}, as
   * Cognito's), and {@link #user} finds a user by its {@code email} too.
   */
  void emailAsUsername(boolean on) {
    emailAsUsername = on;
  }

  /**
   * Seeds users on {@code executor}: computing a 3072-bit verifier on a cold JVM takes a few
   * hundred milliseconds, which {@link Sandbox#start} does not wait for. Every lookup waits for it
   * instead.
   */
  void seedInBackground(List<SeedUser> seeds, Executor executor) {
    seeded = CompletableFuture.runAsync(() -> seed(seeds), executor);
  }

  /** Creates the seeded users that the state does not hold yet; their passwords are dropped. */
  void seed(List<SeedUser> seeds) {
    int phone = 100;
    for (SeedUser seed : seeds) {
      phone++;
      if (find(seed.name()) != null) {
        continue; // kept from --state: its password may have changed since
      }
      boolean byEmail = emailAsUsername && seed.name().contains("@");
      String sub = idGen.uuid();
      String username = byEmail ? sub : seed.name();
      Verifier verifier = Verifier.create(ids.poolName(), username, seed.password(), random);
      String status =
          switch (seed.kind()) {
            case NEW_PASSWORD -> PoolUser.FORCE_CHANGE_PASSWORD;
            case RESET_REQUIRED -> PoolUser.RESET_REQUIRED;
            default -> PoolUser.CONFIRMED;
          };
      String mfa =
          switch (seed.kind()) {
            case TOTP -> PoolUser.TOTP;
            case SMS -> PoolUser.SMS;
            default -> PoolUser.NO_MFA;
          };
      save(
          new PoolUser(
              username,
              sub,
              status,
              verifier.saltHex(),
              verifier.v().toString(16),
              mfa,
              seed.totpSecret(),
              seed.name().contains("@") ? seed.name() : null,
              seed.kind() == SeedUser.Kind.SMS ? "+1555555" + String.format("%04d", phone) : null,
              null));
    }
  }

  /** The user with this name (any case), or {@code null}. */
  PoolUser user(String username) {
    awaitSeeded();
    return find(username);
  }

  /** By user name, else (e-mail as user name) by {@code email}; does not wait for seeding. */
  private PoolUser find(String name) {
    if (name == null) {
      return null;
    }
    PoolUser user = users.get(key(name));
    if (user == null && emailAsUsername && name.contains("@")) {
      user =
          users.values().stream()
              .filter(u -> name.equalsIgnoreCase(u.email()))
              .findFirst()
              .orElse(null);
    }
    return user;
  }

  private void awaitSeeded() {
    try {
      seeded.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("seeding the sandbox's users failed", e.getCause());
    }
  }

  /** Stores a new or changed user (state first, then memory). */
  void save(PoolUser user) {
    store.put(USERS, user.username(), user::toJson);
    users.put(key(user.username()), user);
  }

  /**
   * Adds a user unless the name is taken; returns whether it was added.
   *
   * @throws AwsErrorException {@code LimitExceededException} when the pool holds {@code maxUsers}
   */
  boolean add(PoolUser user) {
    awaitSeeded();
    if (users.size() >= limits.maxUsers()) {
      throw limits.usersFull(); // a race may pass one or two over: a guard, not an exact quota
    }
    PoolUser existing = users.putIfAbsent(key(user.username()), user);
    if (existing != null) {
      return false;
    }
    store.put(USERS, user.username(), user::toJson);
    return true;
  }

  /** Deletes a user ({@code DeleteUser}); its state file goes too. */
  void remove(PoolUser user) {
    awaitSeeded();
    users.remove(key(user.username()));
    store.delete(USERS, user.username());
  }

  int size() {
    awaitSeeded();
    return users.size();
  }

  /** Checks the {@code ClientId} of a request. */
  void checkClient(JsonNode request) {
    String clientId = Json.text(request, "ClientId");
    if (!clientId.equals(ids.appClientId())) {
      throw AwsErrorException.cognito(
          "ResourceNotFoundException", "User pool client " + clientId + " does not exist.");
    }
  }

  /**
   * Enforces {@code SECRET_HASH} when the app client has a secret. {@code usernames} are the names
   * the hash may have been computed with (the user name, and for refresh also the {@code sub}).
   */
  void checkSecretHash(String secretHash, String... usernames) {
    if (clientSecret == null) {
      return;
    }
    if (secretHash == null || secretHash.isEmpty()) {
      throw AwsErrorException.cognito(
          "NotAuthorizedException",
          "Client " + ids.appClientId() + " is configured for secret but secret was not received");
    }
    for (String username : usernames) {
      String expected = SecretHash.compute(username, ids.appClientId(), clientSecret);
      if (MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.UTF_8), secretHash.getBytes(StandardCharsets.UTF_8))) {
        return;
      }
    }
    throw AwsErrorException.cognito(
        "NotAuthorizedException", "Unable to verify secret hash for client " + ids.appClientId());
  }

  /**
   * Checks the {@code ClientSecret} of {@code RevokeToken}, which sends the secret itself rather
   * than a hash: required when the app client has one.
   */
  void checkClientSecret(String given) {
    if (clientSecret == null) {
      return;
    }
    if (given == null
        || !MessageDigest.isEqual(
            clientSecret.getBytes(StandardCharsets.UTF_8),
            given.getBytes(StandardCharsets.UTF_8))) {
      throw AwsErrorException.cognito(
          "NotAuthorizedException", "Client " + ids.appClientId() + " secret mismatch.");
    }
  }

  /** The stored verifier of a user. */
  Verifier verifier(PoolUser user) {
    return new Verifier(user.saltHex(), new BigInteger(user.verifierHex(), 16));
  }

  /** Whether a clear password is the user's: recompute the verifier with the stored salt. */
  boolean passwordMatches(PoolUser user, String password) {
    Verifier candidate = Verifier.of(user.saltHex(), ids.poolName(), user.username(), password);
    return candidate.v().equals(verifier(user).v());
  }

  /** A user with a new password (new salt and verifier) and status, after the policy check. */
  PoolUser withNewPassword(PoolUser user, String password, String status) {
    checkPolicy(password);
    Verifier verifier = Verifier.create(ids.poolName(), user.username(), password, random);
    return user.withPassword(verifier.saltHex(), verifier.v().toString(16), status);
  }

  /** Cognito's default password policy, with its messages. */
  static void checkPolicy(String password) {
    String problem = null;
    if (password.length() < 8) {
      problem = "Password not long enough";
    } else if (password.chars().noneMatch(Character::isLowerCase)) {
      problem = "Password must have lowercase characters";
    } else if (password.chars().noneMatch(Character::isUpperCase)) {
      problem = "Password must have uppercase characters";
    } else if (password.chars().noneMatch(Character::isDigit)) {
      problem = "Password must have numeric characters";
    } else if (password.chars().allMatch(Character::isLetterOrDigit)) {
      problem = "Password must have symbol characters";
    }
    if (problem != null) {
      throw AwsErrorException.cognito(
          "InvalidPasswordException", "Password did not conform with policy: " + problem);
    }
  }

  private static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }
}
