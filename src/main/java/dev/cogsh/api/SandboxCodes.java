package dev.cogsh.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.sigv4.Header;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The codes the sandbox "sent" (sign-up, password reset, attribute verification, SMS MFA), read
 * from its test hook {@code GET /_sandbox/messages} with the hook token: {@code /codes} in the
 * shell, {@code sandbox.lastCode(user)} in a script. Off a sandbox every call says so.
 */
public final class SandboxCodes {
  private static final String TOKEN_HEADER = "x-cogsh-sandbox-token";
  private static final Transport.Delivery DELIVERY =
      new Transport.Delivery(Duration.ofSeconds(10), Duration.ofSeconds(5), false);

  private final URI messages;
  private final String hookToken;
  private final Transport transport;

  private SandboxCodes(URI messages, String hookToken, Transport transport) {
    this.messages = messages;
    this.hookToken = hookToken;
    this.transport = transport;
  }

  /** The codes of the sandbox at {@code endpoint} whose hooks take {@code hookToken}. */
  public static SandboxCodes at(URI endpoint, String hookToken, Transport transport) {
    String base = endpoint.toString().replaceAll("/+$", "");
    return new SandboxCodes(URI.create(base + "/_sandbox/messages"), hookToken, transport);
  }

  /** A session that runs on no sandbox: every call explains. */
  public static SandboxCodes none() {
    return new SandboxCodes(null, null, null);
  }

  /** Whether this session runs on a sandbox whose codes can be read. */
  public boolean available() {
    return messages != null;
  }

  /** Every code sent, oldest first. */
  public List<SentCode> messages() {
    if (messages == null) {
      throw new ApiException(
          "This session does not run on the sandbox, so there are no codes to read",
          "real user pools send codes by e-mail or SMS; start cogsh --sandbox to try the flows"
              + " offline; for a sandbox started apart, use its --config-out file (cogsh --config"
              + " FILE: it holds the hook token) or set COGSH_SANDBOX_HOOK_TOKEN");
    }
    Transport.Answer answer;
    try {
      answer =
          transport.send(
              new FrozenRequest(
                  "GET", messages, List.of(new Header(TOKEN_HEADER, hookToken)), null),
              DELIVERY);
    } catch (IOException e) {
      throw new ApiException(
          "Cannot read the sandbox's codes at " + messages + ": " + e.getMessage(),
          "is the sandbox still running?",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException("Interrupted while reading the sandbox's codes", "try again", e);
    }
    if (answer.status() != 200) {
      throw new ApiException(
          "The sandbox refused to list its codes (HTTP " + answer.status() + ")",
          "the hook token must be this sandbox's (sandboxHooks.token of --config-out)");
    }
    List<SentCode> all = new ArrayList<>();
    try {
      for (JsonNode m : new ObjectMapper().readTree(answer.body())) {
        all.add(
            new SentCode(
                m.path("channel").asText(),
                m.path("destination").asText(),
                m.path("username").asText(),
                m.path("purpose").asText(),
                m.path("code").asText(),
                m.path("sentAt").asLong()));
      }
    } catch (IOException e) {
      throw new ApiException("The sandbox's code list is not JSON", "is it a cogsh sandbox?", e);
    }
    return all;
  }

  /** The newest code sent for {@code user} (any case), whatever it was for. */
  public String lastCode(String user) {
    return lastCode(user, null);
  }

  /** The newest code sent for {@code user} for {@code purpose} (e.g. {@code FORGOT_PASSWORD}). */
  public String lastCode(String user, String purpose) {
    List<SentCode> all = messages();
    for (int i = all.size() - 1; i >= 0; i--) {
      SentCode m = all.get(i);
      if (m.username().equalsIgnoreCase(user) && (purpose == null || purpose.equals(m.purpose()))) {
        return m.code();
      }
    }
    throw new ApiException(
        "The sandbox sent no " + (purpose == null ? "" : purpose + " ") + "code for " + user,
        "codes come from auth.signUp, auth.resendCode, auth.forgotPassword and"
            + " auth.updateAttributes; /codes lists them all");
  }

  /** The codes as a table, newest last, for {@code /codes}. */
  public String table() {
    List<SentCode> all = messages();
    if (all.isEmpty()) {
      return "no codes sent yet";
    }
    StringBuilder out = new StringBuilder();
    for (SentCode m : all) {
      out.append(out.length() == 0 ? "" : "\n")
          .append(
              String.format(
                  "%-8s %-16s %-5s %s", m.code(), m.purpose(), m.channel(), m.username()));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return messages == null ? "SandboxCodes[no sandbox]" : "SandboxCodes[" + messages + "]";
  }
}
