package dev.cogsh.diagnose;

import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SigV4Signer;
import dev.cogsh.sigv4.SignableRequest;
import dev.cogsh.sigv4.Signatures;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.SigningTrace;
import dev.cogsh.sigv4.StringToSign;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Signs a request, lets a test change it "after signing", and answers as API Gateway would: the
 * canonical request and string to sign recomputed from what was received, in its 403 body.
 */
final class GatewayFixture {

  static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN0123456789abcdefghijklmnop";
  static final SigningCredentials KEYS =
      new SigningCredentials(
          "ASIAEXAMPLEKEY12WXYZ", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", TOKEN);
  static final Instant TIME = Instant.parse("2025-11-29T15:36:00Z");
  static final SigningOptions API = SigningOptions.of("us-east-1", "execute-api");
  static final String HOST = "https://abc123.execute-api.us-east-1.amazonaws.com";

  /** A request as it goes on the wire. */
  record Wire(String method, URI url, List<Header> headers, byte[] body) {
    Wire withUrl(String pathAndQuery) {
      return new Wire(method, URI.create(HOST + pathAndQuery), headers, body);
    }

    Wire withMethod(String value) {
      return new Wire(value, url, headers, body);
    }

    Wire withBody(String value) {
      return new Wire(method, url, headers, value.getBytes(StandardCharsets.UTF_8));
    }

    Wire withHeaders(UnaryOperator<List<Header>> change) {
      return new Wire(method, url, change.apply(new ArrayList<>(headers)), body);
    }

    /** Replaces the value of a header (any case). */
    Wire replacing(String name, String value) {
      return withHeaders(
          hs -> {
            hs.replaceAll(h -> h.name().equalsIgnoreCase(name) ? new Header(h.name(), value) : h);
            return hs;
          });
    }
  }

  private GatewayFixture() {}

  static SigningTrace sign(String method, String pathAndQuery, List<Header> headers, String body) {
    return sign(method, pathAndQuery, headers, body, API);
  }

  static SigningTrace sign(
      String method,
      String pathAndQuery,
      List<Header> headers,
      String body,
      SigningOptions options) {
    SignableRequest r =
        new SignableRequest(
            method,
            URI.create(HOST + pathAndQuery),
            headers,
            body.getBytes(StandardCharsets.UTF_8));
    return new SigV4Signer().sign(r, KEYS, options, TIME);
  }

  /** The request exactly as the trace says to send it. */
  static Wire sent(SigningTrace trace, String method, String body) {
    return new Wire(
        method, trace.url(), trace.headersToSend(), body.getBytes(StandardCharsets.UTF_8));
  }

  /** What API Gateway computes from a received request signed by {@code trace}. */
  static ServerExpectation received(SigningTrace trace, Wire wire) {
    String amzDate = null;
    for (Header h : wire.headers()) {
      if (h.name().toLowerCase(Locale.ROOT).equals("x-amz-date")) {
        amzDate = h.value();
      }
    }
    CanonicalRequest c =
        CanonicalRequest.of(
            wire.method(),
            wire.url().getRawPath(),
            wire.url().getRawQuery(),
            wire.headers(),
            trace.signedHeaders(),
            Signatures.sha256Hex(wire.body()),
            API);
    String sts = StringToSign.of(amzDate, trace.scope(), c.text());
    return ServerExpectation.parse(body(c.text(), sts)).orElseThrow();
  }

  /** API Gateway's 403 body, JSON-escaped as it sends it. */
  static String body(String canonical, String stringToSign) {
    String message =
        "The request signature we calculated does not match the signature you provided. Check"
            + " your AWS Secret Access Key and signing method. Consult the service documentation"
            + " for details.\n\nThe Canonical String for this request should have been\n'"
            + canonical
            + "'\n\nThe String-to-Sign should have been\n'"
            + stringToSign
            + "'\n";
    return "{\"message\":\""
        + message.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        + "\"}";
  }
}
