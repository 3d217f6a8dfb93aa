package dev.cogsh.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ID token checks of managed login (OIDC Core §3.1.3.7): each row changes one thing of a token
 * that passes, and the check must refuse it naming that thing. Keys are made here; the time is
 * fixed.
 */
class OauthIdTokenCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc";
  private static final String CLIENT = "client0000000000000000001";
  private static final String NONCE = "n-0S6_WzA2Mj";
  private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
  private static final KeyPair POOL_KEY = rsa();
  private static final KeyPair OTHER_KEY = rsa();

  /**
   * A token as the pool issues it, its header and claims then changed, signed by {@code signer}.
   */
  private record Case(
      String name, Consumer<ObjectNode> header, Consumer<ObjectNode> claims, KeyPair signer) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(
            new Case("another issuer", h -> {}, c -> c.put("iss", ISSUER + "x"), POOL_KEY),
            "iss is " + ISSUER + "x"),
        Arguments.of(
            new Case("another audience", h -> {}, c -> c.put("aud", "someoneelse"), POOL_KEY),
            "aud is not the app client"),
        Arguments.of(
            new Case("another nonce", h -> {}, c -> c.put("nonce", "replayed"), POOL_KEY),
            "nonce is not this sign-in's"),
        Arguments.of(
            new Case("no nonce", h -> {}, c -> c.remove("nonce"), POOL_KEY),
            "nonce is not this sign-in's"),
        Arguments.of(
            new Case(
                "expired",
                h -> {},
                c -> c.put("exp", NOW.minusSeconds(1).getEpochSecond()),
                POOL_KEY),
            "it has expired"),
        Arguments.of(
            new Case("signed with another key", h -> {}, c -> {}, OTHER_KEY),
            "signature does not verify"),
        Arguments.of(
            new Case("unknown kid", h -> h.put("kid", "other-kid"), c -> {}, POOL_KEY),
            "signature does not verify"),
        Arguments.of(
            new Case("alg none", h -> h.put("alg", "none"), c -> {}, POOL_KEY),
            "signature does not verify"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void check_refusesATokenWith(Case row, String why) {
    Jwt token = token(row);

    assertThatThrownBy(() -> check(token))
        .isInstanceOf(AuthException.class)
        .hasMessageContaining("The ID token from managed login was refused")
        .hasMessageContaining(why);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void check_acceptsATokenWith(Case row) {
    assertThatCode(() -> check(token(row))).doesNotThrowAnyException();
  }

  static Stream<Case> accepted() {
    return Stream.of(
        new Case("as issued", h -> {}, c -> {}, POOL_KEY),
        new Case(
            "an audience list naming the client",
            h -> {},
            c -> c.putArray("aud").add("other").add(CLIENT),
            POOL_KEY));
  }

  private static void check(Jwt token) {
    OauthIdTokenCheck.check(token, jwks(), ISSUER, CLIENT, NONCE, NOW);
  }

  private static Jwt token(Case row) {
    ObjectNode header = JSON.createObjectNode().put("kid", "pool-kid").put("alg", "RS256");
    ObjectNode claims =
        JSON.createObjectNode()
            .put("sub", "5f0c2b1e-0000-4000-8000-000000000001")
            .put("iss", ISSUER)
            .put("aud", CLIENT)
            .put("token_use", "id")
            .put("nonce", NONCE)
            .put("iat", NOW.minusSeconds(60).getEpochSecond())
            .put("exp", NOW.plusSeconds(3540).getEpochSecond());
    row.header().accept(header);
    row.claims().accept(claims);
    String signingInput = part(header) + "." + part(claims);
    return Jwt.decode(signingInput + "." + URL.encodeToString(sign(signingInput, row.signer())));
  }

  private static JsonNode jwks() {
    RSAPublicKey key = (RSAPublicKey) POOL_KEY.getPublic();
    ObjectNode jwks = JSON.createObjectNode();
    jwks.putArray("keys")
        .addObject()
        .put("kid", "pool-kid")
        .put("alg", "RS256")
        .put("kty", "RSA")
        .put("use", "sig")
        .put("n", URL.encodeToString(unsigned(key.getModulus().toByteArray())))
        .put("e", URL.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
    return jwks;
  }

  private static byte[] unsigned(byte[] twosComplement) {
    return twosComplement[0] == 0
        ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length)
        : twosComplement;
  }

  private static String part(JsonNode json) {
    return URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sign(String input, KeyPair key) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key.getPrivate());
      rsa.update(input.getBytes(StandardCharsets.US_ASCII));
      return rsa.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
