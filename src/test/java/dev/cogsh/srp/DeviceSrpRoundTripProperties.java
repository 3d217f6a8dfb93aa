package dev.cogsh.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;

/**
 * A device confirmed with {@link DeviceConfirmation}, signed in with {@link DeviceSrpClient} and
 * checked by {@link DeviceSrpServer}: accepted with its own device password, and only with it.
 */
class DeviceSrpRoundTripProperties {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static String secretBlock() {
    byte[] block = new byte[64];
    RANDOM.nextBytes(block);
    return Base64.getEncoder().encodeToString(block);
  }

  /** Signs in as {@code client}, against the server for {@code registered}'s verifier. */
  private static boolean signIn(
      DeviceConfirmation registered, DeviceSecret client, String userIdForSrp, Instant now)
      throws SrpException {
    DeviceSrpServer server = DeviceSrpServer.start(registered.verifierConfig(), RANDOM);
    DeviceSrpClient device = DeviceSrpClient.start(RANDOM);

    PasswordClaim claim =
        device.claim(client, userIdForSrp, server.saltHex(), server.srpB(), secretBlock(), now);

    DeviceSecret stored = registered.secret();
    return server.verifyClaim(
        stored.deviceGroupKey(),
        stored.deviceKey(),
        device.srpA(),
        claim.secretBlock(),
        claim.timestamp(),
        claim.signature());
  }

  @Property(tries = 15)
  void claim_withTheDevicePassword_isAccepted(
      @ForAll @NotBlank @StringLength(max = 20) String deviceGroupKey,
      @ForAll @NotBlank @StringLength(max = 60) String deviceKey,
      @ForAll @NotBlank @StringLength(max = 40) String userIdForSrp,
      @ForAll("instants") Instant now)
      throws SrpException {
    DeviceConfirmation registered = DeviceConfirmation.create(deviceGroupKey, deviceKey, RANDOM);

    assertThat(signIn(registered, registered.secret(), userIdForSrp, now)).isTrue();
  }

  @Property(tries = 15)
  void claim_withAnotherDevicePassword_isRejected(
      @ForAll @NotBlank @StringLength(max = 20) String deviceGroupKey,
      @ForAll @NotBlank @StringLength(max = 60) String deviceKey,
      @ForAll @NotBlank @StringLength(max = 40) String userIdForSrp,
      @ForAll("instants") Instant now)
      throws SrpException {
    DeviceConfirmation registered = DeviceConfirmation.create(deviceGroupKey, deviceKey, RANDOM);
    // the same device confirmed again draws a new password: the old verifier must refuse it
    DeviceSecret otherPassword =
        DeviceConfirmation.create(deviceGroupKey, deviceKey, RANDOM).secret();

    assertThat(signIn(registered, otherPassword, userIdForSrp, now)).isFalse();
  }

  @Property(tries = 10)
  void claim_fromAnotherDeviceOfTheGroup_isRejected(
      @ForAll @NotBlank @StringLength(max = 20) String deviceGroupKey,
      @ForAll @NotBlank @StringLength(max = 60) String deviceKey,
      @ForAll("instants") Instant now)
      throws SrpException {
    DeviceConfirmation registered = DeviceConfirmation.create(deviceGroupKey, deviceKey, RANDOM);
    DeviceSecret stored = registered.secret();
    // the right password, presented under another device key
    DeviceSecret otherDevice =
        new DeviceSecret(deviceGroupKey, deviceKey + "x", stored.devicePassword());

    assertThat(signIn(registered, otherDevice, "user", now)).isFalse();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond);
  }
}
