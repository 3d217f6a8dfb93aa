package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Device;
import dev.cogsh.auth.Tokens;
import dev.cogsh.auth.UnsignedClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * Remembered devices end to end: cogsh's {@code auth} (real SDK client) against the sandbox's
 * device tracking, whose device SRP verification is real. Each {@link Auth} stands for a new cogsh
 * process: it shares nothing with the last but the device file.
 */
class RememberedDevicesTest {
  static final String USER = "totp@example.com";
  static final String PASSWORD = "Passw0rd!";
  static final String SECRET = "JBSWY3DPEHPK3PXP";

  @TempDir Path state;
  Sandbox sandbox;

  Sandbox start(DeviceTracking devices) throws Exception {
    sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .userTotp(USER, PASSWORD, SECRET)
                .clientSecret("a-client-secret-for-the-sandbox")
                .devices(devices)
                .build());
    return sandbox;
  }

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  Path deviceFile() {
    return state.resolve("cogsh").resolve("devices.json");
  }

  /** A new session: nothing in common with the last but the device file. */
  Auth session(ChallengeAnswers answers) {
    return Auth.create(sandbox.config(), answers, deviceFile());
  }

  Auth withTotp() {
    return session(ChallengeAnswers.scripted().withTotpSecret(SECRET));
  }

  @Test
  void always_firstSignInAsksForTotp_secondSkipsMfaByDeviceSrp_andRefreshWorks() throws Exception {
    start(DeviceTracking.ALWAYS);

    withTotp().login(USER, PASSWORD);
    assertThat(stats().path("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA").asLong()).isEqualTo(1);
    assertThat(stats().path("ConfirmDevice").asLong()).isEqualTo(1);

    Auth second = session(ChallengeAnswers.none()); // no TOTP secret: MFA would pause it
    Tokens tokens = second.login(USER, PASSWORD);

    assertThat(tokens.idToken().claim("cognito:username")).isEqualTo(USER);
    JsonNode stats = stats();
    assertThat(stats.path("RespondToAuthChallenge.DEVICE_SRP_AUTH").asLong()).isEqualTo(1);
    assertThat(stats.path("RespondToAuthChallenge.DEVICE_PASSWORD_VERIFIER").asLong()).isEqualTo(1);
    assertThat(stats.path("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA").asLong()).isEqualTo(1);
    assertThat(stats.path("ConfirmDevice").asLong()).isEqualTo(1);
    assertThat(second.refresh().idToken().subject()).isEqualTo(tokens.idToken().subject());
    assertThat(second.devices())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.remembered()).isTrue();
              assertThat(d.thisDevice()).isTrue();
              assertThat(d.name()).isEqualTo("cogsh");
            });
  }

  @Test
  void deviceFile_isOwnerOnly_andHoldsTheDevicePasswordPerPoolAndUser() throws Exception {
    start(DeviceTracking.ALWAYS);

    withTotp().login(USER, PASSWORD);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(deviceFile())))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(deviceFile().getParent())))
        .isEqualTo("rwx------");
    JsonNode all = new ObjectMapper().readTree(deviceFile().toFile());
    JsonNode entry = all.path(sandbox.config().userPoolId() + " " + USER);
    assertThat(entry.path("deviceKey").asText()).startsWith("us-east-1_");
    assertThat(entry.path("deviceGroupKey").asText()).isNotEmpty();
    assertThat(entry.path("devicePassword").asText()).hasSize(56); // base64 of 40 bytes
  }

  @Test
  void wrongDevicePassword_isRejectedByTheVerifier_andTheDeviceIsForgottenHere() throws Exception {
    start(DeviceTracking.ALWAYS);
    withTotp().login(USER, PASSWORD);
    ObjectNode all = (ObjectNode) new ObjectMapper().readTree(deviceFile().toFile());
    ObjectNode entry = (ObjectNode) all.path(sandbox.config().userPoolId() + " " + USER);
    entry.put("devicePassword", "bm90IHRoZSBkZXZpY2UgcGFzc3dvcmQ=");
    Files.writeString(deviceFile(), all.toString());

    assertThatThrownBy(() -> session(ChallengeAnswers.none()).login(USER, PASSWORD))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(AuthException.Reason.WRONG_PASSWORD);
              assertThat(e.getMessage()).contains("no longer accepts this device");
              assertThat(e.hint()).contains("auth.login()");
            });
    assertThat(new ObjectMapper().readTree(deviceFile().toFile()).size()).isZero();
    // the next sign-in is a first one again: MFA, and a new device
    withTotp().login(USER, PASSWORD);
    assertThat(stats().path("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA").asLong()).isEqualTo(2);
  }

  @Test
  void optIn_confirmsButRemembersOnlyWhenTheUserSaysSo() throws Exception {
    start(DeviceTracking.OPT_IN);
    Auth first = withTotp();
    first.login(USER, PASSWORD);
    assertThat(first.devices())
        .singleElement()
        .satisfies(d -> assertThat(d.remembered()).isFalse());

    withTotp().login(USER, PASSWORD); // not remembered: MFA again
    assertThat(stats().path("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA").asLong()).isEqualTo(2);
    assertThat(stats().path("RespondToAuthChallenge.DEVICE_SRP_AUTH").asLong()).isZero();

    first.rememberDevice();
    session(ChallengeAnswers.none()).login(USER, PASSWORD);
    assertThat(stats().path("RespondToAuthChallenge.DEVICE_SRP_AUTH").asLong()).isEqualTo(1);
  }

  @Test
  void forgetDevice_makesTheNextSignInAskForMfaAgain() throws Exception {
    start(DeviceTracking.ALWAYS);
    Auth auth = withTotp();
    auth.login(USER, PASSWORD);

    auth.forgetDevice();

    assertThat(auth.devices()).isEmpty();
    assertThat(new ObjectMapper().readTree(deviceFile().toFile()).size()).isZero();
    assertThatThrownBy(() -> session(ChallengeAnswers.none()).login(USER, PASSWORD))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.CHALLENGE_UNANSWERED));
  }

  @Test
  void refreshWithoutTheDeviceKey_isRejected_asOnADeviceTrackingPool() throws Exception {
    start(DeviceTracking.ALWAYS);
    Auth auth = withTotp();
    Tokens tokens = auth.login(USER, PASSWORD);
    String deviceKey = auth.devices().get(0).key();

    try (CognitoIdentityProviderClient client =
        UnsignedClients.build(
            CognitoIdentityProviderClient.builder(), "us-east-1", sandbox.endpoint())) {
      String hash =
          dev.cogsh.srp.SecretHash.compute(
              USER, sandbox.config().appClientId(), "a-client-secret-for-the-sandbox");
      assertThatThrownBy(
              () ->
                  client.initiateAuth(
                      b ->
                          b.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                              .clientId(sandbox.config().appClientId())
                              .authParameters(
                                  Map.of(
                                      "REFRESH_TOKEN",
                                      tokens.refreshToken(),
                                      "SECRET_HASH",
                                      hash))))
          .isInstanceOf(NotAuthorizedException.class)
          .hasMessageContaining("Invalid Refresh Token");
      assertThat(
              client
                  .initiateAuth(
                      b ->
                          b.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                              .clientId(sandbox.config().appClientId())
                              .authParameters(
                                  Map.of(
                                      "REFRESH_TOKEN", tokens.refreshToken(),
                                      "SECRET_HASH", hash,
                                      "DEVICE_KEY", deviceKey)))
                  .authenticationResult()
                  .idToken())
          .isNotNull();
    }
  }

  @Test
  void authRefresh_withoutTheDeviceKey_saysADeviceTrackingPoolNeedsIt() throws Exception {
    start(DeviceTracking.ALWAYS);
    Tokens tokens = withTotp().login(USER, PASSWORD);
    // a process that has the tokens but not the device (no device file, no key in the session)
    Auth elsewhere = Auth.create(sandbox.config(), ChallengeAnswers.none());
    elsewhere.restore(USER, tokens, null);

    assertThatThrownBy(elsewhere::refresh)
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(AuthException.Reason.SESSION_EXPIRED);
              assertThat(e.hint())
                  .contains("on a pool that tracks devices, a refresh must send the DEVICE_KEY");
            });
  }

  @Test
  void off_tracksNoDevice_andWritesNoFile() throws Exception {
    start(DeviceTracking.OFF);

    withTotp().login(USER, PASSWORD);
    withTotp().login(USER, PASSWORD);

    assertThat(stats().path("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA").asLong()).isEqualTo(2);
    assertThat(stats().has("ConfirmDevice")).isFalse();
    assertThat(deviceFile()).doesNotExist();
  }

  @Test
  void devices_parsesEachMode() {
    assertThat(DeviceTracking.parse("always")).isEqualTo(DeviceTracking.ALWAYS);
    assertThat(DeviceTracking.parse("Opt-In")).isEqualTo(DeviceTracking.OPT_IN);
    assertThat(DeviceTracking.parse("off")).isEqualTo(DeviceTracking.OFF);
    assertThatThrownBy(() -> DeviceTracking.parse("sometimes"))
        .hasMessageContaining("always, opt-in or off");
  }

  @Test
  void device_toStringNamesItsState() {
    assertThat(new Device("k1", "cogsh", true, null, true).toString())
        .isEqualTo("k1 cogsh remembered (this device)");
  }

  JsonNode stats() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/_sandbox/stats"))
                    .header("x-cogsh-sandbox-token", sandbox.hookToken())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body());
  }
}
