package dev.cogsh.sigv4;

import dev.cogsh.human.Masks;
import java.util.Locale;

/** The text of {@link SigningTrace#explain(boolean)}: one labelled line per value, by AWS task. */
final class Explanation {

  private static final String DOC =
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html";

  private final StringBuilder out = new StringBuilder(2048);

  private Explanation() {}

  static String of(SigningTrace t, boolean showSigningKey) {
    Explanation e = new Explanation();
    CanonicalRequest c = t.canonicalRequest();
    e.out
        .append("AWS Signature Version 4 (")
        .append(StringToSign.ALGORITHM)
        .append("), signature in the ")
        .append(
            t.placement() == Placement.HEADER ? "Authorization header" : "query (presigned URL)")
        .append('\n')
        .append(DOC)
        .append('\n');

    e.section("Task 1: canonical request");
    e.line("method", c.method());
    e.line("canonical URI", c.canonicalUri());
    e.line("canonical query", c.canonicalQuery().isEmpty() ? "(empty)" : c.canonicalQuery());
    for (Header h : c.canonicalHeaders()) {
      e.line("header", h.name() + ":" + h.value());
    }
    e.line("signed headers", c.signedHeadersText());
    e.line("payload hash", c.payloadHash());

    e.section("Task 2: string to sign");
    String[] sts = t.stringToSign().split("\n", -1);
    e.line("algorithm", sts[0]);
    e.line("request date", sts.length > 1 ? sts[1] : "");
    e.line("credential scope", sts.length > 2 ? sts[2] : "");
    e.line("canonical hash", sts.length > 3 ? sts[3] : "");

    e.section("Task 3: signature");
    CredentialScope s = t.scope();
    e.line(
        "signing key",
        showSigningKey
            ? t.signingKeyHex()
            : "HMAC chain \"AWS4\"+secret → "
                + s.date()
                + " → "
                + s.region()
                + " → "
                + s.service()
                + " → aws4_request (hidden; explain(true) or --show-signing-key shows it)");
    e.line("signature", t.signature());

    e.section("Task 4: add the signature to the request");
    if (t.placement() == Placement.HEADER) {
      e.line("Authorization", t.authorization());
      for (Header h : t.headersToSend()) {
        String name = h.name().toLowerCase(Locale.ROOT);
        if (name.startsWith("x-amz-") || name.equals("host")) {
          e.line(h.name(), h.value());
        }
      }
    }
    e.line("URL", t.url().toString());
    return mask(e.out.toString(), t.sessionToken());
  }

  private void section(String title) {
    out.append('\n').append(title).append('\n');
  }

  private void line(String label, String value) {
    out.append("  ").append(label);
    for (int i = label.length(); i < 18; i++) {
      out.append(' ');
    }
    out.append(' ').append(value).append('\n');
  }

  /** Replaces the session token, raw and percent-encoded, wherever it appears. */
  private static String mask(String text, String token) {
    if (token == null) {
      return text;
    }
    String masked = Masks.token(token);
    return text.replace(token, masked).replace(UriEncoding.encode(token), masked);
  }
}
