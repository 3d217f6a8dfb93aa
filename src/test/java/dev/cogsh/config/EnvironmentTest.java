package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user's directories, resolved in one place: $HOME first, then XDG and the AWS files. */
class EnvironmentTest {

  private static final Path CWD = Path.of("/work/project");
  private static final String JVM_HOME = "/home/login-user"; // user.home, from the password file

  private static Environment of(Map<String, String> variables) {
    return Environment.of(variables, CWD, JVM_HOME, "app.jar");
  }

  @Test
  void home_isTheHomeVariable_notTheJvmsUserHome() {
    Environment env = of(Map.of("HOME", "/tmp/scratch"));

    assertThat(env.home()).isEqualTo(Path.of("/tmp/scratch"));
    assertThat(env.historyFile()).isEqualTo(Path.of("/tmp/scratch/.local/share/cogsh/history"));
    assertThat(env.userStartupScript())
        .isEqualTo(Path.of("/tmp/scratch/.config/cogsh/startup.jsh"));
    assertThat(env.userConfigFile()).isEqualTo(Path.of("/tmp/scratch/.config/cogsh/config.json"));
    assertThat(env.identityCacheFile())
        .isEqualTo(Path.of("/tmp/scratch/.cache/cogsh/identities.json"));
    assertThat(env.awsCredentialsFile()).isEqualTo(Path.of("/tmp/scratch/.aws/credentials"));
    assertThat(env.awsConfigFile()).isEqualTo(Path.of("/tmp/scratch/.aws/config"));
  }

  @Test
  void home_withoutAUsableHomeVariable_isTheJvmsUserHome() {
    assertThat(of(Map.of()).home()).isEqualTo(Path.of(JVM_HOME));
    assertThat(of(Map.of("HOME", "")).home()).isEqualTo(Path.of(JVM_HOME));
    assertThat(of(Map.of("HOME", "relative/home")).home()).isEqualTo(Path.of(JVM_HOME));
  }

  @Test
  void xdgVariables_moveCogshsFolders_whenAbsolute() {
    Environment env =
        of(
            Map.of(
                "HOME", "/h",
                "XDG_CONFIG_HOME", "/conf",
                "XDG_DATA_HOME", "/data",
                "XDG_CACHE_HOME", "cache")); // relative: ignored, as the XDG spec says

    assertThat(env.configDir()).isEqualTo(Path.of("/conf/cogsh"));
    assertThat(env.dataDir()).isEqualTo(Path.of("/data/cogsh"));
    assertThat(env.historyFile()).isEqualTo(Path.of("/data/cogsh/history"));
    assertThat(env.identityCacheFile()).isEqualTo(Path.of("/h/.cache/cogsh/identities.json"));
  }

  @Test
  void awsFileVariables_win_withTildeForTheHomeAndRelativeToTheWorkingDirectory() {
    Environment env =
        of(
            Map.of(
                "HOME", "/h",
                "AWS_SHARED_CREDENTIALS_FILE", "~/keys/credentials",
                "AWS_CONFIG_FILE", "aws/config"));

    assertThat(env.awsCredentialsFile()).isEqualTo(Path.of("/h/keys/credentials"));
    assertThat(env.awsConfigFile()).isEqualTo(Path.of("/work/project/aws/config"));
  }

  @Test
  void classPath_isKept_andTheThreeArgumentFormUsesTheJvmsOwn() {
    assertThat(of(Map.of()).classPath()).isEqualTo("app.jar");
    assertThat(new Environment(Map.of(), CWD, CWD).classPath()).isNotBlank();
  }
}
