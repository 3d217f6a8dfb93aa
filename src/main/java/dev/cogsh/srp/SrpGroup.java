package dev.cogsh.srp;

import java.math.BigInteger;

/**
 * The SRP group Cognito uses: the 3072-bit prime of RFC 5054 Appendix A (the same prime as RFC 3526
 * §4), generator {@code g = 2}, and the SRP-6a multiplier {@code k = H(N ‖ g)} (RFC 5054 §2.5.3,
 * with Cognito's padding, see {@link #pad(BigInteger)}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5054#appendix-A">RFC 5054 Appendix A</a>
 */
public final class SrpGroup {

  /** The large safe prime N (RFC 5054 Appendix A, 3072-bit group). */
  public static final BigInteger N =
      new BigInteger(
          "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
              + "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
              + "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
              + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05"
              + "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB"
              + "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
              + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718"
              + "3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33"
              + "A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
              + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864"
              + "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2"
              + "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
          16);

  /** The generator g (RFC 5054 Appendix A). */
  public static final BigInteger g = BigInteger.TWO;

  /** The multiplier parameter {@code k = H(PAD(N) ‖ PAD(g))} (RFC 5054 §2.5.3, SRP-6a). */
  public static final BigInteger k = new BigInteger(1, Digests.hash(pad(N), pad(g)));

  private SrpGroup() {}

  /**
   * The bytes Cognito hashes for a non-negative integer: its minimal two's-complement big-endian
   * form, i.e. {@link BigInteger#toByteArray()} ({@code padHex} in amazon-cognito-identity-js).
   *
   * <p>This is where Cognito departs from RFC 5054 §2.6, whose {@code PAD()} left-pads to the
   * length of N: Cognito prepends a zero byte only when the top bit is set, and never pads a short
   * value. Padding to the length of N breaks a share of sign-ins.
   */
  static byte[] pad(BigInteger n) {
    if (n.signum() < 0) {
      throw new IllegalArgumentException("SRP never hashes a negative number");
    }
    return n.toByteArray();
  }
}
