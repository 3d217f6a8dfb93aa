package dev.cogsh.srp;

import static dev.cogsh.srp.SrpGroup.N;
import static dev.cogsh.srp.SrpGroup.g;

import dev.cogsh.human.Masks;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What a server stores instead of the password (RFC 5054 §2.4): the salt {@code s} and the verifier
 * {@code v = g^x mod N}, with Cognito's {@code x} (see {@link SrpClient}). The verifier allows an
 * offline dictionary attack, so {@code toString()} masks it.
 *
 * @param saltHex the salt as sent in {@code SALT}: lowercase hex
 * @param v the verifier {@code g^x mod N}
 */
public record Verifier(String saltHex, BigInteger v) {

  /** 16 random bytes, the salt length Cognito sends. */
  private static final int SALT_BYTES = 16;

  /**
   * Creates a verifier for a new password: a fresh random salt {@code s}, {@code x = H(s ‖
   * H(poolName ‖ userIdForSrp ‖ ":" ‖ password))} and {@code v = g^x mod N} (RFC 5054 §2.4).
   */
  public static Verifier create(
      String poolName, String userIdForSrp, String password, SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return of(HexFormat.of().formatHex(salt), poolName, userIdForSrp, password);
  }

  /** A verifier for a given salt (hex), for tests and for restoring a stored user. */
  public static Verifier of(String saltHex, String poolName, String userIdForSrp, String password) {
    BigInteger x = Srp.computeX(new BigInteger(saltHex, 16), poolName, userIdForSrp, password);
    return new Verifier(saltHex, g.modPow(x, N));
  }

  @Override
  public String toString() {
    return "Verifier[saltHex=" + saltHex + ", v=" + Masks.HIDDEN + "]";
  }
}
