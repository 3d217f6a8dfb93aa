package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtKeysTest {
  static JwtKeys keys;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    keys = new JwtKeys(CompletableFuture.completedFuture(rsa.generateKeyPair()));
  }

  @Test
  void sign_producesAnRs256JwtThatTheJwksKeyVerifies() throws Exception {
    String jwt = keys.sign(Json.object().put("sub", "abc"));
    String[] parts = jwt.split("\\.");
    JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
    JsonNode jwk = keys.jwks().path("keys").get(0);

    assertThat(header.path("alg").asText()).isEqualTo("RS256");
    assertThat(header.path("kid").asText()).isEqualTo(jwk.path("kid").asText());
    RSAPublicKey key =
        (RSAPublicKey)
            KeyFactory.getInstance("RSA")
                .generatePublic(
                    new RSAPublicKeySpec(
                        new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("n").asText())),
                        new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("e").asText()))));
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    assertThat(keys.verify(jwt).path("sub").asText()).isEqualTo("abc");
  }

  @Test
  void verify_refusesGarbageTamperingAndOtherKeys() throws Exception {
    String jwt = keys.sign(Json.object().put("sub", "abc"));
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPair other = rsa.generateKeyPair();
    String foreign = new JwtKeys(CompletableFuture.completedFuture(other)).sign(Json.object());
    String tampered =
        jwt.substring(0, jwt.lastIndexOf('.') - 2) + "xx" + jwt.substring(jwt.lastIndexOf('.'));

    for (String bad : new String[] {"", "a.b", "a.b.c", "!!.??.##", foreign, tampered, jwt + "x"}) {
      assertThatThrownBy(() -> keys.verify(bad)).isInstanceOf(JwtKeys.InvalidJwtException.class);
    }
  }
}
