package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.BrowserLauncher;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Prompter;
import dev.cogsh.auth.Tokens;
import dev.cogsh.config.Config;
import dev.cogsh.testing.HeadlessChromium;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real browser: headless Chromium opens the authorize URL cogsh prints, the test types into the
 * sandbox's login form, and cogsh ends signed in. The login page's screenshot is saved as {@code
 * target/managed-login.png} (docs/images/managed-login.png is a copy). Skipped, with the reason
 * printed, where chromium or chromedriver is not installed.
 */
class ManagedLoginBrowserTest {

  @Test
  void chromium_signsInThroughTheLoginForm_andCogshGetsTheTokens() throws Exception {
    var missing = HeadlessChromium.missing();
    if (missing.isPresent()) {
      System.out.println("ManagedLoginBrowserTest skipped: " + missing.get());
      Assumptions.abort(missing.get());
    }
    URI redirect;
    try (ServerSocket s = new ServerSocket(0)) {
      redirect = URI.create("http://localhost:" + s.getLocalPort() + "/callback");
    }
    Path target = Path.of("target");
    Files.createDirectories(target);
    try (Sandbox sandbox =
            Sandbox.start(SandboxOptions.builder().callbackUrl(redirect.toString()).build());
        HeadlessChromium chromium = HeadlessChromium.start(target)) {
      Config config =
          sandbox.config().withOauth(sandbox.config().oauth().withRedirectUri(redirect));
      BlockingQueue<String> printed = new LinkedBlockingQueue<>();
      Auth auth = Auth.create(config, ChallengeAnswers.interactive(lines(printed)));
      auth.setBrowser(BrowserLauncher.NONE); // the test is the user who opens the printed URL
      auth.setBrowserTimeout(Duration.ofSeconds(90));

      CompletableFuture<Tokens> signIn = CompletableFuture.supplyAsync(auth::loginWithBrowser);
      URI authorize = printedUrl(printed);
      chromium.navigate(authorize);
      byte[] loginPage = chromium.screenshot();
      Files.write(target.resolve("managed-login.png"), loginPage);
      chromium.type("#username", SandboxOptions.DEMO_USER);
      chromium.type("#password", SandboxOptions.DEMO_PASSWORD);
      chromium.click("#submit");
      Tokens tokens = signIn.get(90, TimeUnit.SECONDS);

      assertThat(loginPage).startsWith(0x89, 'P', 'N', 'G');
      assertThat(tokens.idToken().claim("cognito:username")).isEqualTo(SandboxOptions.DEMO_USER);
      assertThat(auth.whoami()).startsWith("Signed in as " + SandboxOptions.DEMO_USER);
      assertThat(chromium.currentUrl()).startsWith(redirect + "?code=");
      assertThat(chromium.bodyText()).contains("you can close this window");
    }
  }

  private static URI printedUrl(BlockingQueue<String> printed) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      String line = printed.poll(1, TimeUnit.SECONDS);
      if (line != null && line.startsWith("Sign in with your browser: ")) {
        return URI.create(line.substring("Sign in with your browser: ".length()));
      }
    }
    throw new AssertionError("cogsh printed no authorize URL");
  }

  private static Prompter lines(BlockingQueue<String> printed) {
    return new Prompter() {
      @Override
      public String readLine(String prompt) {
        return null;
      }

      @Override
      public String readSecret(String prompt) {
        return null;
      }

      @Override
      public void println(String text) {
        printed.add(text);
      }
    };
  }
}
