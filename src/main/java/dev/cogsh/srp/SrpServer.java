package dev.cogsh.srp;

import static dev.cogsh.srp.SrpGroup.N;
import static dev.cogsh.srp.SrpGroup.g;
import static dev.cogsh.srp.SrpGroup.k;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The server half of one Cognito {@code USER_SRP_AUTH} sign-in (SRP-6a, RFC 5054 §2.5–2.6), as the
 * sandbox plays it.
 *
 * <ol>
 *   <li>{@link #start} draws {@code b} and computes {@code B = (k·v + g^b) mod N}; send {@link
 *       #srpB()} as {@code SRP_B} with the verifier's salt.
 *   <li>{@link #verifyClaim} computes {@code S = (A·v^u)^b mod N}, the same HKDF key as the client,
 *       and compares the client's {@code PASSWORD_CLAIM_SIGNATURE} in constant time.
 * </ol>
 *
 * <p>It does not judge the {@code TIMESTAMP}'s age: the caller owns the clock (see {@link
 * CognitoTimestamp#parse}).
 */
public final class SrpServer {

  /** 32 random bytes: RFC 5054 §2.5.3 asks for at least 256 bits. */
  private static final int PRIVATE_VALUE_BYTES = 32;

  private final Verifier verifier;
  private final BigInteger b;
  private final BigInteger B;

  private SrpServer(Verifier verifier, BigInteger b) {
    this.verifier = verifier;
    this.b = b;
    this.B = k.multiply(verifier.v()).add(g.modPow(b, N)).mod(N);
  }

  /** Draws {@code b} and computes {@code B = (k·v + g^b) mod N} (RFC 5054 §2.5.3). */
  public static SrpServer start(Verifier verifier, SecureRandom random) {
    while (true) {
      byte[] bytes = new byte[PRIVATE_VALUE_BYTES];
      random.nextBytes(bytes);
      SrpServer server = new SrpServer(verifier, new BigInteger(1, bytes));
      if (server.B.signum() != 0) {
        return server;
      }
    }
  }

  /** A server with a fixed private value, for known-answer tests. */
  static SrpServer withPrivateValue(Verifier verifier, BigInteger b) {
    return new SrpServer(verifier, b);
  }

  /** {@code SRP_B}: {@code B} in lowercase hex without leading zeros. */
  public String srpB() {
    return B.toString(16);
  }

  /** The salt to send as {@code SALT} with {@link #srpB()}. */
  public String saltHex() {
    return verifier.saltHex();
  }

  /**
   * Checks a {@code PASSWORD_VERIFIER} answer: whether the client that sent {@code SRP_A} knows the
   * password behind the verifier.
   *
   * @return true when the signature matches; false for a wrong password or a malformed signature
   * @throws SrpException when A mod N = 0, u = 0, or {@code SRP_A} / {@code SECRET_BLOCK} is
   *     malformed
   */
  public boolean verifyClaim(
      String poolName,
      String userIdForSrp,
      String srpAHex,
      String secretBlockBase64,
      String timestamp,
      String signatureBase64)
      throws SrpException {
    BigInteger A = Srp.parseHex("SRP_A", srpAHex);
    Srp.requireNonZeroModN("A", A);
    byte[] secretBlock = Srp.parseBase64("PASSWORD_CLAIM_SECRET_BLOCK", secretBlockBase64);
    BigInteger u = Srp.computeU(A, B);
    Srp.requireNonZeroU(u);
    // S = (A * v^u) ^ b % N
    BigInteger S = A.multiply(verifier.v().modPow(u, N)).mod(N).modPow(b, N);
    byte[] key = Srp.sessionKey(S, u);
    byte[] expected =
        Srp.signature(key, Srp.signedMessage(poolName, userIdForSrp, secretBlock, timestamp));
    byte[] given;
    try {
      given = Srp.parseBase64("PASSWORD_CLAIM_SIGNATURE", signatureBase64);
    } catch (SrpException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, given);
  }
}
