package dev.cogsh.srp;

import static dev.cogsh.srp.SrpGroup.N;
import static dev.cogsh.srp.SrpGroup.g;
import static dev.cogsh.srp.SrpGroup.k;

import dev.cogsh.human.Masks;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * The client half of one Cognito {@code USER_SRP_AUTH} sign-in (SRP-6a, RFC 5054 §2.5–2.6).
 *
 * <ol>
 *   <li>{@link #start(SecureRandom)} draws the private value {@code a} and computes {@code A = g^a
 *       mod N}; send {@link #srpA()} as {@code SRP_A} in {@code InitiateAuth}.
 *   <li>Cognito answers {@code PASSWORD_VERIFIER} with {@code SALT}, {@code SRP_B}, {@code
 *       SECRET_BLOCK} and {@code USER_ID_FOR_SRP}; {@link #claim} turns them into the {@code
 *       PASSWORD_CLAIM_SIGNATURE} of {@code RespondToAuthChallenge}.
 * </ol>
 *
 * <p>One instance serves one sign-in attempt; it is immutable and holds no clock or random source.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5054#section-2.6">RFC 5054 §2.6</a>
 */
public final class SrpClient {

  /** 128 random bytes, as amazon-cognito-identity-js draws them. */
  private static final int PRIVATE_VALUE_BYTES = 128;

  private final BigInteger a;
  private final BigInteger A;

  private SrpClient(BigInteger a) {
    this.a = a;
    this.A = g.modPow(a, N);
  }

  /** Draws a fresh private value {@code a} (1024 bits) and computes {@code A = g^a mod N}. */
  public static SrpClient start(SecureRandom random) {
    while (true) {
      byte[] bytes = new byte[PRIVATE_VALUE_BYTES];
      random.nextBytes(bytes);
      SrpClient client = new SrpClient(new BigInteger(1, bytes));
      // A mod N = 0 cannot happen for 0 < a < N, but the check costs nothing (RFC 5054 §2.5.4)
      if (client.A.mod(N).signum() != 0) {
        return client;
      }
    }
  }

  /** A client with a fixed private value, for known-answer tests. */
  static SrpClient withPrivateValue(BigInteger a) {
    return new SrpClient(a);
  }

  /** {@code SRP_A}: {@code A} in lowercase hex without leading zeros, as Cognito expects it. */
  public String srpA() {
    return A.toString(16);
  }

  BigInteger publicValue() {
    return A;
  }

  /**
   * Computes the answer to Cognito's {@code PASSWORD_VERIFIER} challenge.
   *
   * @param poolName the part of the user pool id after {@code _}
   * @param userIdForSrp {@code USER_ID_FOR_SRP} from the challenge (not what the user typed)
   * @param password the password, hashed as its exact UTF-8 bytes
   * @param saltHex {@code SALT} as sent
   * @param srpBHex {@code SRP_B} as sent
   * @param secretBlockBase64 {@code SECRET_BLOCK} as sent
   * @param now the instant to put in {@code TIMESTAMP}
   * @throws SrpException when B mod N = 0, u = 0, or a value is not hex / base64
   */
  public PasswordClaim claim(
      String poolName,
      String userIdForSrp,
      String password,
      String saltHex,
      String srpBHex,
      String secretBlockBase64,
      Instant now)
      throws SrpException {
    byte[] secretBlock = Srp.parseBase64("SECRET_BLOCK", secretBlockBase64);
    ClientKey derived = deriveKey(poolName, userIdForSrp, password, saltHex, srpBHex);
    String timestamp = CognitoTimestamp.format(now);
    byte[] message = Srp.signedMessage(poolName, userIdForSrp, secretBlock, timestamp);
    String signature = Base64.getEncoder().encodeToString(Srp.signature(derived.key(), message));
    return new PasswordClaim(userIdForSrp, secretBlockBase64, timestamp, signature);
  }

  /** RFC 5054 §2.6, client side: every intermediate from {@code B} to the session key. */
  ClientKey deriveKey(
      String poolName, String userIdForSrp, String password, String saltHex, String srpBHex)
      throws SrpException {
    BigInteger B = Srp.parseHex("SRP_B", srpBHex);
    Srp.requireNonZeroModN("B", B);
    BigInteger u = Srp.computeU(A, B);
    Srp.requireNonZeroU(u);
    BigInteger salt = Srp.parseHex("SALT", saltHex);
    BigInteger x = Srp.computeX(salt, poolName, userIdForSrp, password);
    // S = (B - k * g^x) ^ (a + u * x) % N; reduce the base into [0, N) first (it is negative)
    BigInteger base = B.subtract(k.multiply(g.modPow(x, N))).mod(N);
    BigInteger S = base.modPow(a.add(u.multiply(x)), N);
    return new ClientKey(u, x, S, Srp.sessionKey(S, u));
  }

  /**
   * The client's intermediates: {@code u}, {@code x}, the premaster secret {@code S} and the HKDF
   * session key. All but {@code u} are secret, so {@code toString()} shows none of them.
   */
  record ClientKey(BigInteger u, BigInteger x, BigInteger S, byte[] key) {
    @Override
    public String toString() {
      return "ClientKey[u="
          + u.toString(16)
          + ", x="
          + Masks.HIDDEN
          + ", S="
          + Masks.HIDDEN
          + ", key="
          + Masks.HIDDEN
          + "]";
    }
  }
}
