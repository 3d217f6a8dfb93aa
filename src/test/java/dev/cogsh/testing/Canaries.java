package dev.cogsh.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * One value of each secret cogsh must never print, each distinct and unmistakable: drive cogsh with
 * these, then {@link CanaryScan} every byte it wrote. Each looks like the real thing, so that the
 * paths that check a shape accept it: the passwords meet Cognito's default policy, the TOTP secret
 * is valid base32, the tokens are well-formed JWTs (the refresh token a five-part JWE, as
 * Cognito's).
 *
 * <p>The values are derived from a seed rather than written here, so that no source file, and so no
 * checkout, contains one: a scan of a tree that holds the project finds only what cogsh wrote.
 *
 * @param password a user's password
 * @param newPassword the password a user chooses when asked for a new one
 * @param totpSecret a TOTP secret, base32 (32 characters, as Cognito hands them out)
 * @param clientSecret an app client's secret
 * @param secretAccessKey an AWS secret access key
 * @param sessionToken an STS session token
 * @param idToken a Cognito ID token
 * @param accessToken a Cognito access token
 * @param refreshToken a Cognito refresh token
 */
public record Canaries(
    String password,
    String newPassword,
    String totpSecret,
    String clientSecret,
    String secretAccessKey,
    String sessionToken,
    String idToken,
    String accessToken,
    String refreshToken) {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  /** The canaries of the usual seed. */
  public static Canaries standard() {
    return fromSeed(0x5ec7e75L);
  }

  /** Canaries from {@code seed}: the same seed gives the same values. */
  public static Canaries fromSeed(long seed) {
    Random random = new Random(seed);
    return new Canaries(
        "Cnry-Pw1!" + chars(random, ALPHANUMERIC, 12),
        "Cnry-New2#" + chars(random, ALPHANUMERIC, 12),
        chars(random, BASE32, 32),
        chars(random, "abcdefghijklmnopqrstuvwxyz0123456789", 52),
        chars(random, ALPHANUMERIC + "+/", 40),
        "IQoJb3JpZ2luX2VjE" + Base64.getEncoder().encodeToString(bytes(random, 480)),
        jwt(random, "id"),
        jwt(random, "access"),
        jwe(random));
  }

  /** Each canary by its name, in the order of the components. */
  public Map<String, String> byName() {
    Map<String, String> named = new LinkedHashMap<>();
    named.put("password", password);
    named.put("newPassword", newPassword);
    named.put("totpSecret", totpSecret);
    named.put("clientSecret", clientSecret);
    named.put("secretAccessKey", secretAccessKey);
    named.put("sessionToken", sessionToken);
    named.put("idToken", idToken);
    named.put("accessToken", accessToken);
    named.put("refreshToken", refreshToken);
    return named;
  }

  /** The names only: a test report must not carry the values around. */
  @Override
  public String toString() {
    return "Canaries" + byName().keySet();
  }

  private static String jwt(Random random, String use) {
    String header = "{\"kid\":\"canary-" + use + "\",\"alg\":\"RS256\"}";
    String claims =
        "{\"sub\":\""
            + chars(random, "0123456789abcdef", 32)
            + "\",\"iss\":\"https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Canary\""
            + ",\"token_use\":\""
            + use
            + "\",\"exp\":4102444800,\"jti\":\""
            + chars(random, ALPHANUMERIC, 24)
            + "\"}";
    return part(header) + "." + part(claims) + "." + URL.encodeToString(bytes(random, 256));
  }

  private static String jwe(Random random) {
    return part("{\"cty\":\"JWT\",\"enc\":\"A256GCM\",\"alg\":\"RSA-OAEP\"}")
        + "."
        + URL.encodeToString(bytes(random, 256))
        + "."
        + URL.encodeToString(bytes(random, 12))
        + "."
        + URL.encodeToString(bytes(random, 300))
        + "."
        + URL.encodeToString(bytes(random, 16));
  }

  private static String part(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String chars(Random random, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static byte[] bytes(Random random, int count) {
    byte[] out = new byte[count];
    random.nextBytes(out);
    return out;
  }
}
