package dev.cogsh.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.auth.AuthException.Reason;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The checks OIDC Core §3.1.3.7 asks of a client for an ID token from the token endpoint: {@code
 * iss} is the pool, {@code aud} is the app client, {@code nonce} is the request's, {@code exp} is
 * in the future, and the RS256 signature verifies with the pool's JWKS key of the token's {@code
 * kid}. Pure: the JWKS and the time are passed in.
 */
final class OauthIdTokenCheck {
  private OauthIdTokenCheck() {}

  static void check(
      Jwt idToken, JsonNode jwks, String issuer, String clientId, String nonce, Instant now) {
    JsonNode claims = idToken.claims();
    expect(issuer.equals(claims.path("iss").asText()), "iss is " + claims.path("iss").asText());
    JsonNode aud = claims.path("aud");
    boolean audience =
        aud.isArray()
            ? java.util.stream.StreamSupport.stream(aud.spliterator(), false)
                .anyMatch(a -> clientId.equals(a.asText()))
            : clientId.equals(aud.asText());
    expect(audience, "aud is not the app client " + clientId);
    expect(Objects.equals(nonce, idToken.claim("nonce")), "its nonce is not this sign-in's");
    Instant exp = idToken.expiry();
    expect(exp != null && exp.isAfter(now), "it has expired");
    expect(verifies(idToken, jwks), "its signature does not verify with the pool's JWKS");
  }

  private static boolean verifies(Jwt token, JsonNode jwks) {
    if (!"RS256".equals(token.header().path("alg").asText())) {
      return false;
    }
    String kid = token.header().path("kid").asText();
    for (JsonNode key : jwks.path("keys")) {
      if (kid.equals(key.path("kid").asText())) {
        return verify(token.raw(), key);
      }
    }
    return false;
  }

  private static boolean verify(String raw, JsonNode jwk) {
    try {
      Base64.Decoder url = Base64.getUrlDecoder();
      BigInteger n = new BigInteger(1, url.decode(jwk.path("n").asText()));
      BigInteger e = new BigInteger(1, url.decode(jwk.path("e").asText()));
      PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
      int dot = raw.lastIndexOf('.');
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update(raw.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
      return rsa.verify(url.decode(raw.substring(dot + 1)));
    } catch (GeneralSecurityException | IllegalArgumentException ex) {
      return false;
    }
  }

  private static void expect(boolean ok, String why) {
    if (!ok) {
      throw new AuthException(
          Reason.PROTOCOL,
          "The ID token from managed login was refused: " + why,
          "check that domain, userPoolId and appClientId belong to the same pool and client");
    }
  }
}
