package dev.cogsh.sandbox;

import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * The setup the API-emulation tests share: a sandbox on a test clock with two confirmed users,
 * demo@example.com signed in with SRP and holding Identity Pool credentials, and a request to the
 * echo route signed by the AWS SDK's own signer.
 */
final class SignedInSandbox implements AutoCloseable {

  final SandboxClients clients;
  final Credentials creds;
  final URI base;

  private SignedInSandbox(SandboxClients clients) throws Exception {
    this.clients = clients;
    this.creds = clients.credentials(clients.signInSrp("demo@example.com", "Passw0rd!").idToken());
    this.base = clients.sandbox.endpoint();
  }

  static SignedInSandbox start(MutableClock clock) throws Exception {
    return new SignedInSandbox(
        new SandboxClients(
            Sandbox.start(
                SandboxOptions.builder()
                    .clock(clock)
                    .user("demo@example.com", "Passw0rd!")
                    .user("other@example.com", "Passw0rd!")
                    .build()),
            clock));
  }

  /**
   * A POST to the echo route with a query, two headers and a JSON body, signed as of {@code at}.
   */
  SdkSigning.Wire echoRequest(Instant at) {
    return SdkSigning.sign(
        "POST",
        URI.create(base + "/prod/echo/abc?a=1&b=x%2Fy"),
        Map.of("Content-Type", "application/json", "X-Custom", "hello"),
        "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
        creds,
        at);
  }

  /** Sends {@code w} byte for byte, as signed. */
  RawHttp.Response send(SdkSigning.Wire w) throws Exception {
    return RawHttp.send(base, w.method(), w.target(), w.headers(), w.body());
  }

  @Override
  public void close() {
    clients.close();
  }
}
