package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code /login} turns its arguments into the snippet it runs: password or browser sign-in. */
class LoginCommandTest {

  @Test
  void login_withoutArguments_signsInTheConfiguredUser() {
    assertThat(SessionCommands.loginSnippet("")).isEqualTo("auth.login();");
  }

  @Test
  void login_withAUser_signsInThatUser() {
    assertThat(SessionCommands.loginSnippet("ada@example.com"))
        .isEqualTo("auth.login(\"ada@example.com\");");
  }

  @Test
  void login_browser_usesManagedLogin() {
    assertThat(SessionCommands.loginSnippet("--browser")).isEqualTo("auth.loginWithBrowser();");
  }

  @Test
  void login_browserWithAProvider_goesStraightToIt() {
    assertThat(SessionCommands.loginSnippet("--browser  Google"))
        .isEqualTo("auth.loginWithBrowser(\"Google\");");
  }

  @Test
  void login_noBrowser_pastesTheRedirectBack() {
    assertThat(SessionCommands.loginSnippet("--browser --no-browser"))
        .isEqualTo("auth.loginWithoutBrowser();");
    assertThat(SessionCommands.loginSnippet("--no-browser --browser Google"))
        .isEqualTo("auth.loginWithoutBrowser(\"Google\");");
  }
}
