package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * The User Pool's RS256 signing key: mints JWTs, serves them as a JWKS and verifies tokens. The key
 * pair arrives as a future so that {@link Sandbox#start} does not wait for RSA key generation.
 */
final class JwtKeys {
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

  private final CompletableFuture<KeyPair> keyPair;
  private volatile String kid;

  JwtKeys(CompletableFuture<KeyPair> keyPair) {
    this.keyPair = keyPair;
  }

  /** Why a token was refused. */
  static final class InvalidJwtException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidJwtException(String message) {
      super(message);
    }
  }

  private KeyPair pair() {
    return keyPair.join();
  }

  /** The key id: Base64 of the SHA-256 of the public key, Cognito-like in shape. */
  String kid() {
    if (kid != null) {
      return kid;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(pair().getPublic().getEncoded());
      kid = Base64.getEncoder().encodeToString(digest);
      return kid;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Signs the claims as a compact RS256 JWT. */
  String sign(ObjectNode claims) {
    ObjectNode header = Json.object().put("kid", kid()).put("alg", "RS256");
    String signingInput = encode(Json.write(header)) + "." + encode(Json.write(claims));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(pair().getPrivate());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + URL.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RS256 signing failed", e);
    }
  }

  /** The JWKS document served at {@code /<poolId>/.well-known/jwks.json}. */
  ObjectNode jwks() {
    RSAPublicKey key = (RSAPublicKey) pair().getPublic();
    ObjectNode jwk =
        Json.object()
            .put("alg", "RS256")
            .put("e", URL.encodeToString(unsigned(key.getPublicExponent())))
            .put("kid", kid())
            .put("kty", "RSA")
            .put("n", URL.encodeToString(unsigned(key.getModulus())))
            .put("use", "sig");
    ObjectNode jwks = Json.object();
    jwks.putArray("keys").add(jwk);
    return jwks;
  }

  /**
   * Checks the token's form and signature and returns its claims; the caller checks the claims.
   *
   * @throws InvalidJwtException "malformed" or "signature" as the reason
   */
  ObjectNode verify(String token) throws InvalidJwtException {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidJwtException("malformed");
    }
    JsonNode header;
    JsonNode claims;
    byte[] signature;
    try {
      header = Json.parseOrNull(URL_DECODER.decode(parts[0]));
      claims = Json.parseOrNull(URL_DECODER.decode(parts[1]));
      signature = URL_DECODER.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new InvalidJwtException("malformed");
    }
    if (header == null || claims == null || !header.isObject() || !claims.isObject()) {
      throw new InvalidJwtException("malformed");
    }
    if (!"RS256".equals(header.path("alg").asText())
        || !kid().equals(header.path("kid").asText())) {
      throw new InvalidJwtException("signature");
    }
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(pair().getPublic());
      rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!rsa.verify(signature)) {
        throw new InvalidJwtException("signature");
      }
    } catch (GeneralSecurityException e) {
      throw new InvalidJwtException("signature");
    }
    return (ObjectNode) claims;
  }

  private static String encode(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
