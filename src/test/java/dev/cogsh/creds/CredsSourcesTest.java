package dev.cogsh.creds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.config.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other sources, through the SDK's providers with an injected home and environment. */
class CredsSourcesTest {

  @TempDir Path dir;
  private CredsFixture f;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void setUp() throws Exception {
    f = new CredsFixture();
    env.put("AWS_EC2_METADATA_DISABLED", "true"); // never probe the instance metadata service
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private Creds creds() {
    Environment environment = new Environment(env, dir, dir.resolve("home"));
    return new Creds(
        f.config,
        f.auth,
        IdentityClients.create(f.config),
        f.clock,
        null,
        environment,
        Duration.ofSeconds(60));
  }

  private void awsFile(String name, String text) throws Exception {
    Files.createDirectories(dir.resolve("home/.aws"));
    Files.writeString(dir.resolve("home/.aws").resolve(name), text);
  }

  @Test
  void identityPool_isTheDefaultSource() {
    assertThat(creds().source()).isEqualTo("identity pool");
  }

  @Test
  void use_staticKeys_areHandedOutAsGiven() {
    Creds creds = creds();
    creds.use("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null);
    AwsCredentials c = creds.get();
    assertThat(creds.source()).isEqualTo("static keys");
    assertThat(c.secretKey()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    assertThat(c.expiration()).isNull();
    assertThat(creds.expiresIn()).isNull();
    assertThat(creds.toString()).isEqualTo("AKIA…MPLE (source: static keys)");
  }

  @Test
  void use_withoutASecret_isAnError() {
    assertThatThrownBy(() -> creds().use("AKIA", " ", null))
        .hasMessage("creds.use needs an access key id and a secret key");
  }

  @Test
  void useProfile_readsTheInjectedCredentialsFile() throws Exception {
    awsFile(
        "credentials",
        "[dev]\naws_access_key_id = ASIADEVEXAMPLE1234\naws_secret_access_key = devSecret\n"
            + "aws_session_token = devToken\n");
    Creds creds = creds();
    creds.useProfile("dev");
    AwsCredentials c = creds.get();
    assertThat(creds.source()).isEqualTo("profile dev");
    assertThat(c.accessKeyId()).isEqualTo("ASIADEVEXAMPLE1234");
    assertThat(c.sessionToken()).isEqualTo("devToken");
  }

  @Test
  void useProfile_readsTheCredentialsFileUnderTheHomeVariable_notUnderUserHome() throws Exception {
    Path scratch = Files.createDirectories(dir.resolve("scratch-home"));
    Files.createDirectories(scratch.resolve(".aws"));
    Files.writeString(
        scratch.resolve(".aws/credentials"),
        "[dev]\naws_access_key_id = AKIAHOMEEXAMPLE123\naws_secret_access_key = homeSecret\n");
    env.put("HOME", scratch.toString());
    // as the process would see it: $HOME set, the JVM's user.home (password file) elsewhere
    Environment environment =
        Environment.of(env, dir, dir.resolve("login-home").toString(), "app.jar");
    Creds creds =
        new Creds(
            f.config,
            f.auth,
            IdentityClients.create(f.config),
            f.clock,
            null,
            environment,
            Duration.ofSeconds(60));

    creds.useProfile("dev");

    assertThat(creds.get().accessKeyId()).isEqualTo("AKIAHOMEEXAMPLE123");
  }

  @Test
  void useProfile_fromTheConfigFile_andAwsConfigFileVariable() throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("custom-config"),
            "[profile ci]\naws_access_key_id = AKIACIEXAMPLE12345\naws_secret_access_key = s\n");
    env.put("AWS_CONFIG_FILE", config.toString());
    Creds creds = creds();
    creds.useProfile("ci");
    assertThat(creds.get().accessKeyId()).isEqualTo("AKIACIEXAMPLE12345");
  }

  @Test
  void useProfile_withCredentialProcess_runsIt() throws Exception {
    Path script = dir.resolve("creds.sh");
    Files.writeString(
        script,
        "#!/bin/sh\necho '{\"Version\":1,\"AccessKeyId\":\"ASIAPROCESS1234567\","
            + "\"SecretAccessKey\":\"procSecret\",\"SessionToken\":\"procToken\","
            + "\"Expiration\":\"2099-01-01T00:00:00Z\"}'\n");
    if (!Files.getFileStore(script).supportsFileAttributeView("posix")) {
      return; // credential_process needs an executable script
    }
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    awsFile("config", "[profile proc]\ncredential_process = " + script + "\n");
    Creds creds = creds();
    creds.useProfile("proc");
    AwsCredentials c = creds.get();
    assertThat(c.accessKeyId()).isEqualTo("ASIAPROCESS1234567");
    assertThat(c.expiration()).hasToString("2099-01-01T00:00:00Z");
  }

  @Test
  void useProfile_thatDoesNotExist_listsTheProfiles() throws Exception {
    awsFile("credentials", "[default]\naws_access_key_id = A\naws_secret_access_key = B\n");
    Creds creds = creds();
    assertThatThrownBy(() -> creds.useProfile("prod"))
        .isInstanceOf(CredsException.class)
        .hasMessage(
            "No AWS profile named \"prod\" in ./home/.aws/credentials or ./home/.aws/config;"
                + " profiles: default");
    assertThat(creds.source()).isEqualTo("identity pool");
  }

  @Test
  void useDefaultChain_takesEnvironmentVariablesFirst() throws Exception {
    awsFile(
        "credentials", "[default]\naws_access_key_id = AKIAPROFILE\naws_secret_access_key = B\n");
    env.put("AWS_ACCESS_KEY_ID", "ASIAENVIRONMENT123");
    env.put("AWS_SECRET_ACCESS_KEY", "envSecret");
    env.put("AWS_SESSION_TOKEN", "envToken");
    Creds creds = creds();
    creds.useDefaultChain();
    assertThat(creds.source()).isEqualTo("default chain, environment");
    assertThat(creds.get().sessionToken()).isEqualTo("envToken");
  }

  @Test
  void useDefaultChain_thenTheProfileNamedByAwsProfile() throws Exception {
    awsFile(
        "credentials",
        "[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = B\n"
            + "[work]\naws_access_key_id = AKIAWORKEXAMPLE\naws_secret_access_key = C\n");
    env.put("AWS_PROFILE", "work");
    Creds creds = creds();
    creds.useDefaultChain();
    assertThat(creds.source()).isEqualTo("default chain, profile work");
    assertThat(creds.get().accessKeyId()).isEqualTo("AKIAWORKEXAMPLE");
  }

  @Test
  void useDefaultChain_withNothingAvailable_saysWhatEachLinkLacked() {
    assertThatThrownBy(() -> creds().useDefaultChain())
        .isInstanceOf(CredsException.class)
        .hasMessage(
            "The default chain found no credentials:\n"
                + "  environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set\n"
                + "  profile default: not in ./home/.aws/credentials");
  }

  @Test
  void useIdentityPool_switchesBack() throws Exception {
    f.signIn();
    Creds creds = creds();
    creds.use("AKIAIOSFODNN7EXAMPLE", "secret", null);
    creds.useIdentityPool();
    assertThat(creds.source()).isEqualTo("identity pool");
    assertThat(creds.get().identityId()).isEqualTo(StubIdentityPool.IDENTITY_ID);
  }

  @Test
  void guest_getsUnauthenticatedCredentials_withoutLogins_andBecomesTheSource() {
    Creds creds = creds();
    AwsCredentials c = creds.guest();
    assertThat(creds.source()).isEqualTo("identity pool, guest");
    assertThat(c.source()).isEqualTo("identity pool, guest");
    assertThat(f.identity.requests("GetId").get(0).has("Logins")).isFalse();
    assertThat(f.identity.requests("GetCredentialsForIdentity").get(0).has("Logins")).isFalse();
    assertThat(creds.get()).isSameAs(c);
    assertThat(f.identity.count("GetCredentialsForIdentity")).isEqualTo(1);
  }
}
