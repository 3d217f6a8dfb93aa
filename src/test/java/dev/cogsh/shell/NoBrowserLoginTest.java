package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import dev.cogsh.testing.FormBrowser;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /login --browser --no-browser} at a real terminal against the sandbox: cogsh prints the
 * authorize URL; the test, as the user's browser elsewhere, posts the sandbox's login form over
 * HTTP and takes the redirect's {@code Location}; pasted back, it signs the shell in. Nothing
 * listens on the redirect URI, as over SSH.
 */
class NoBrowserLoginTest {

  private static final Pattern PRINTED_URL =
      Pattern.compile(
          "(?:Open this URL in a browser \\(on any machine\\) and sign in|Sign in with your"
              + " browser): (\\S+)");

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  private static URI redirectAfterSignIn(String printed) {
    Matcher url = PRINTED_URL.matcher(printed);
    assertThat(url.find()).as("the authorize URL is printed: " + printed).isTrue();
    FormBrowser browser =
        new FormBrowser(
            Map.of("username", SandboxOptions.DEMO_USER, "password", SandboxOptions.DEMO_PASSWORD),
            "http://localhost:8765",
            u -> u);
    return browser.redirectFor(URI.create(url.group(1)));
  }

  private static String code(URI redirect) {
    Matcher code = Pattern.compile("(?:^|&)code=([^&]+)").matcher(redirect.getRawQuery());
    assertThat(code.find()).as(redirect.getRawQuery()).isTrue();
    return code.group(1);
  }

  private ShellDriver shell(Sandbox sandbox) {
    Environment environment = new Environment(Map.of(), home, home);
    return new ShellDriver(
        ShellDriver.setup(
            home, SessionFactory.given(sandbox.config(), environment, SessionRequest.Answers.ASK)));
  }

  @Test
  void pastedRedirect_signsTheShellIn_andTheCodeIsNeverShown() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build());
        ShellDriver shell = shell(sandbox)) {
      shell.awaitPrompt();
      shell.type("/login --browser --no-browser\n");
      URI redirect = redirectAfterSignIn(shell.await("Redirected address (hidden): "));

      shell.type(redirect + "\n");
      // the signed-in line, printed as the sign-in ends (the user was away in a browser)
      assertThat(shell.awaitPrompt()).contains("Signed in as " + SandboxOptions.DEMO_USER);
      shell.type("auth.whoami()\n");

      assertThat(shell.awaitPrompt()).contains("Signed in as " + SandboxOptions.DEMO_USER);
      assertThat(shell.output()).doesNotContain(code(redirect));
      shell.type("api.get(\"/notes\").status()\n");
      assertThat(shell.awaitPrompt()).contains("==> 200");
    }
  }

  @Test
  void loginWithBrowser_whenNoBrowserCanBeOpened_takesThePastedRedirect() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build());
        ShellDriver shell = shell(sandbox)) {
      shell.awaitPrompt();
      shell.type("auth.setBrowser(url -> false)\n"); // an opener that fails, as with no display
      shell.awaitPrompt();
      shell.type("auth.loginWithBrowser()\n");
      String asked = shell.await("Redirected address (hidden): ");
      assertThat(asked).contains("no browser could be opened here");
      URI redirect = redirectAfterSignIn(asked);

      shell.type(redirect + "\n");
      shell.awaitPrompt();
      shell.type("auth.whoami()\n");

      assertThat(shell.awaitPrompt()).contains("Signed in as " + SandboxOptions.DEMO_USER);
    }
  }

  @Test
  void pastedRedirect_withAnotherState_isRefused() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build());
        ShellDriver shell = shell(sandbox)) {
      shell.awaitPrompt();
      shell.type("auth.loginWithoutBrowser()\n");
      URI redirect = redirectAfterSignIn(shell.await("Redirected address (hidden): "));
      String forged = redirect.toString().replaceAll("state=[^&]+", "state=forged-state");

      shell.type(forged + "\n");

      assertThat(shell.awaitPrompt())
          .contains("state does not match this sign-in")
          .contains("start again with auth.loginWithoutBrowser()");
      assertThat(shell.output()).doesNotContain(code(redirect));
      shell.type("auth.signedIn()\n");
      assertThat(shell.awaitPrompt()).contains("==> false");
    }
  }

  @Test
  void pastedTextThatIsNotTheRedirect_isRefused_withoutRepeatingIt() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build());
        ShellDriver shell = shell(sandbox)) {
      shell.awaitPrompt();
      shell.type("/login --no-browser\n");
      shell.await("Redirected address (hidden): ");

      shell.type("https://example.com/elsewhere?code=not-a-real-code-123\n");

      String output = shell.awaitPrompt();
      assertThat(output)
          .contains("not the address the browser was sent to")
          .contains("http://localhost:8765/callback");
      assertThat(shell.output()).doesNotContain("not-a-real-code-123");
    }
  }
}
