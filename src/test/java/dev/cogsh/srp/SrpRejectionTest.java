package dev.cogsh.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Illegal values from the peer stop the exchange with a message that says why. */
class SrpRejectionTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BLOCK = "AAAA";

  private static PasswordClaim claimWithB(String srpB) throws SrpException {
    return SrpClient.start(RANDOM).claim("pool", "alice", "pw", "ab12", srpB, BLOCK, Instant.EPOCH);
  }

  @Test
  void claim_withBEqualToZero_isRejected() {
    assertThatThrownBy(() -> claimWithB("0"))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("B mod N is 0");
  }

  @Test
  void claim_withBEqualToN_isRejected() {
    assertThatThrownBy(() -> claimWithB(SrpGroup.N.toString(16)))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("B mod N is 0");
  }

  @Test
  void claim_withBAMultipleOfN_isRejected() {
    assertThatThrownBy(() -> claimWithB(SrpGroup.N.shiftLeft(3).toString(16)))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("B mod N is 0");
  }

  @Test
  void claim_withNonHexB_namesTheField() {
    assertThatThrownBy(() -> claimWithB("12zz"))
        .isInstanceOf(SrpException.class)
        .hasMessage("SRP_B is not hexadecimal (character 3)");
  }

  @Test
  void claim_withNonHexSalt_namesTheField() {
    assertThatThrownBy(
            () ->
                SrpClient.start(RANDOM)
                    .claim("pool", "alice", "pw", "salt!", "1234", BLOCK, Instant.EPOCH))
        .isInstanceOf(SrpException.class)
        .hasMessageStartingWith("SALT is not hexadecimal");
  }

  @Test
  void claim_withNonBase64SecretBlock_namesTheField() {
    assertThatThrownBy(
            () ->
                SrpClient.start(RANDOM)
                    .claim("pool", "alice", "pw", "ab", "1234", "not base64!", Instant.EPOCH))
        .isInstanceOf(SrpException.class)
        .hasMessageStartingWith("SECRET_BLOCK is not base64");
  }

  @Test
  void secretBlock_isDecodedLikeNodesBuffer_urlSafeAlphabetAndWhitespaceAccepted()
      throws SrpException {
    assertThat(Srp.parseBase64("SECRET_BLOCK", "ab-_\ncd"))
        .isEqualTo(Srp.parseBase64("SECRET_BLOCK", "ab+/cd=="));
    // moto sends its session UUID as SECRET_BLOCK
    assertThat(Srp.parseBase64("SECRET_BLOCK", "0f8fad5b-d9cb-469f-a165-70867728950e")).hasSize(27);
  }

  @Test
  void uEqualToZero_isRejected() {
    // H(A ‖ B) = 0 cannot be constructed; the guard both sides call is tested directly
    assertThatThrownBy(() -> Srp.requireNonZeroU(BigInteger.ZERO))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("u = H(A ‖ B) is 0");
  }

  @Test
  void verifyClaim_withAEqualToN_isRejected() {
    SrpServer server = SrpServer.start(Verifier.create("pool", "alice", "pw", RANDOM), RANDOM);
    assertThatThrownBy(
            () ->
                server.verifyClaim(
                    "pool", "alice", SrpGroup.N.toString(16), BLOCK, "t", "c2lnbmF0dXJl"))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("A mod N is 0");
  }

  @Test
  void verifyClaim_withAEqualToZero_isRejected() {
    SrpServer server = SrpServer.start(Verifier.create("pool", "alice", "pw", RANDOM), RANDOM);
    assertThatThrownBy(() -> server.verifyClaim("pool", "alice", "0", BLOCK, "t", "c2ln"))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("A mod N is 0");
  }

  @Test
  void verifyClaim_withMalformedSignature_isFalse() throws SrpException {
    SrpServer server = SrpServer.start(Verifier.create("pool", "alice", "pw", RANDOM), RANDOM);
    String srpA = SrpClient.start(RANDOM).srpA();
    assertThat(server.verifyClaim("pool", "alice", srpA, BLOCK, "t", "%%%")).isFalse();
  }

  @Test
  void toString_hidesSecrets() {
    Verifier verifier = Verifier.create("pool", "alice", "pw", RANDOM);
    assertThat(verifier.toString()).contains("v=****").doesNotContain(verifier.v().toString(16));
  }
}
