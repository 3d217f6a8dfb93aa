package dev.cogsh.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;

/**
 * Client and server, both from this package, agree on random inputs — and only with the password.
 */
class SrpRoundTripProperties {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static String secretBlock() {
    byte[] block = new byte[64];
    RANDOM.nextBytes(block);
    return Base64.getEncoder().encodeToString(block);
  }

  @Property(tries = 15)
  void claim_withTheRightPassword_isAccepted(
      @ForAll @NotBlank @StringLength(max = 20) String poolName,
      @ForAll @NotBlank @StringLength(max = 40) String userIdForSrp,
      @ForAll @StringLength(max = 64) String password,
      @ForAll("instants") Instant now)
      throws SrpException {
    Verifier verifier = Verifier.create(poolName, userIdForSrp, password, RANDOM);
    SrpServer server = SrpServer.start(verifier, RANDOM);
    SrpClient client = SrpClient.start(RANDOM);
    String block = secretBlock();

    PasswordClaim claim =
        client.claim(poolName, userIdForSrp, password, server.saltHex(), server.srpB(), block, now);

    assertThat(
            server.verifyClaim(
                poolName,
                userIdForSrp,
                client.srpA(),
                claim.secretBlock(),
                claim.timestamp(),
                claim.signature()))
        .isTrue();
  }

  @Property(tries = 15)
  void claim_withAnotherPassword_isRejected(
      @ForAll @NotBlank @StringLength(max = 20) String poolName,
      @ForAll @NotBlank @StringLength(max = 40) String userIdForSrp,
      @ForAll @StringLength(max = 64) String password)
      throws SrpException {
    Verifier verifier = Verifier.create(poolName, userIdForSrp, password, RANDOM);
    SrpServer server = SrpServer.start(verifier, RANDOM);
    SrpClient client = SrpClient.start(RANDOM);
    String block = secretBlock();

    PasswordClaim claim =
        client.claim(
            poolName,
            userIdForSrp,
            password + "x",
            server.saltHex(),
            server.srpB(),
            block,
            Instant.EPOCH);

    assertThat(
            server.verifyClaim(
                poolName,
                userIdForSrp,
                client.srpA(),
                claim.secretBlock(),
                claim.timestamp(),
                claim.signature()))
        .isFalse();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Instant> instants() {
    return net.jqwik.api.Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond);
  }
}
