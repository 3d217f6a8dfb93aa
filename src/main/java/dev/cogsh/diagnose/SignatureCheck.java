package dev.cogsh.diagnose;

import dev.cogsh.human.Durations;
import dev.cogsh.human.Masks;
import dev.cogsh.sigv4.AmzDate;
import dev.cogsh.sigv4.AuthorizationHeader;
import dev.cogsh.sigv4.CanonicalFingerprint;
import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.IncompleteSignatureException;
import dev.cogsh.sigv4.Redaction;
import dev.cogsh.sigv4.Signatures;
import dev.cogsh.sigv4.SigningKey;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.StringToSign;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a captured request's SigV4 signature the way API Gateway does: recompute the canonical
 * request from what was captured, the string to sign and, given the secret key, the signature. When
 * it does not match, names the first signed part that differs: from cogsh's fingerprint when the
 * capture is a cogsh curl export, else by undoing the usual changes ({@link SignatureVariants}).
 */
public final class SignatureCheck {

  /** The outcome. */
  public enum Verdict {
    /** The signature is what the secret key gives for the request. */
    VALID,
    /** It is not (or the signature cannot be parsed). */
    INVALID,
    /** No secret key: the claimed signature was shown, not checked. */
    UNCHECKED
  }

  /** A verdict and the report to print. */
  public record Result(Verdict verdict, String text) {}

  private SignatureCheck() {}

  /**
   * Checks {@code r} as API Gateway would.
   *
   * @param secretKey the secret access key, or null to only show what the signature covers
   * @param envAccessKey the access key id the secret belongs to, if known (for a note), or null
   * @param now when the check runs: a signature older than API Gateway's window gets a note
   * @throws CaptureException when the request carries no signature at all
   */
  public static Result check(CapturedRequest r, String secretKey, String envAccessKey, Instant now)
      throws CaptureException {
    StringBuilder out = new StringBuilder();
    r.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
    ClaimedSignature claimed;
    try {
      claimed = ClaimedSignature.of(r);
    } catch (IncompleteSignatureException e) {
      return new Result(
          Verdict.INVALID,
          out
              + "invalid: API Gateway would answer IncompleteSignatureException:\n  "
              + e.getMessage()
              + "\nhint: "
              + e.hint()
              + "\n");
    }
    AuthorizationHeader auth = claimed.authorization();
    SigningOptions options = SigningOptions.of(auth.scope().region(), auth.scope().service());
    String payloadHash = payloadHash(r, auth);
    CanonicalRequest canonical = canonical(r, auth, options, payloadHash);
    String sts = StringToSign.of(claimed.amzDate(), auth.scope(), canonical.text());
    if (secretKey == null) {
      out.append(
          "no secret key given (--secret-key or AWS_SECRET_ACCESS_KEY): this is what the signature claims to cover\n");
      appendSteps(out, auth, canonical, sts);
      out.append("claimed signature  ").append(auth.signature()).append(" (not checked)\n");
      return new Result(Verdict.UNCHECKED, out.toString());
    }
    String expected = signature(secretKey, auth, sts);
    String time = timeNote(claimed, now);
    if (expected.equalsIgnoreCase(auth.signature())) {
      out.append("valid: the signature matches (key ")
          .append(Masks.keyId(auth.accessKeyId()))
          .append(", scope ")
          .append(auth.scope().text())
          .append(", signed headers ")
          .append(String.join(";", auth.signedHeaders()))
          .append(")\n")
          .append(time);
      return new Result(Verdict.VALID, out.toString());
    }
    out.append(
        "invalid: the signature does not match what the secret key gives for this request\n");
    if (envAccessKey != null && !envAccessKey.equals(auth.accessKeyId())) {
      out.append("note: the request was signed with access key ")
          .append(Masks.keyId(auth.accessKeyId()))
          .append(", AWS_ACCESS_KEY_ID is ")
          .append(Masks.keyId(envAccessKey))
          .append(": is the secret the right one?\n");
    }
    out.append(firstDifference(r, auth, claimed, options, payloadHash, canonical, sts, secretKey));
    out.append(time).append('\n');
    out.append("Recomputed from the captured request:\n");
    appendSteps(out, auth, canonical, sts);
    out.append("expected signature ").append(expected).append('\n');
    out.append("claimed signature  ").append(auth.signature()).append('\n');
    return new Result(Verdict.INVALID, out.toString());
  }

  private static String firstDifference(
      CapturedRequest r,
      AuthorizationHeader auth,
      ClaimedSignature claimed,
      SigningOptions options,
      String payloadHash,
      CanonicalRequest canonical,
      String sts,
      String secretKey) {
    if (r.fingerprint() != null) {
      Optional<String> label = CanonicalFingerprint.firstDifference(r.fingerprint(), canonical);
      return label
          .map(
              l ->
                  "first difference: "
                      + l
                      + " (it is not what cogsh signed: the command was edited after export)\n")
          .orElse(
              "first difference: none in the signed parts: every line matches what cogsh signed, so the"
                  + " signature itself differs: the secret key is wrong (or the signature was edited)\n");
    }
    Optional<SignatureVariants.Variant> variant =
        SignatureVariants.find(
            r,
            options,
            payloadHash,
            v ->
                signature(
                    secretKey,
                    auth,
                    StringToSign.of(
                        claimed.amzDate(),
                        auth.scope(),
                        v.adjust(canonical(v.request(), auth, v.options(), v.payloadHash()))
                            .text())),
            auth.signature());
    if (variant.isEmpty()) {
      return "first difference: not found: no fingerprint in the capture, and none of the usual changes"
          + " (charset, single path encoding, unnormalized path, unsorted query as curl before 8.x"
          + " signs it, doubled header, trailing newline, empty or unsigned body, '+' in the query)"
          + " reproduces the signature. Either the secret key is wrong, or one of the"
          + " signed parts changed: method, path, query, headers "
          + String.join(";", auth.signedHeaders())
          + ", body.\n";
    }
    SignatureVariants.Variant v = variant.get();
    CanonicalRequest signed = v.adjust(canonical(v.request(), auth, v.options(), v.payloadHash()));
    String signedSts = StringToSign.of(claimed.amzDate(), auth.scope(), signed.text());
    SignatureDiff diff =
        SignatureDiff.compare(signed, signedSts, new ServerExpectation("", canonical.text(), sts));
    String first =
        diff.firstDifference().map(SignatureDiff.Line::label).orElse("the signing options");
    return "first difference: "
        + first
        + ": "
        + v.what()
        + " (the signature matches the request without that change)\n"
        + "'local' below is the request as signed, 'server' the captured request:\n"
        + diff.text();
  }

  static CanonicalRequest canonical(
      CapturedRequest r, AuthorizationHeader auth, SigningOptions options, String payloadHash) {
    return CanonicalRequest.of(
        r.method(),
        r.rawPath(),
        r.rawQuery(),
        r.headers(),
        auth.signedHeaders(),
        payloadHash,
        options);
  }

  private static String payloadHash(CapturedRequest r, AuthorizationHeader auth) {
    Optional<String> declared = r.header("x-amz-content-sha256");
    if (declared.isPresent()
        && auth.signedHeaders().stream()
            .anyMatch(h -> h.equalsIgnoreCase("x-amz-content-sha256"))) {
      return declared.get().strip();
    }
    return Signatures.sha256Hex(r.body());
  }

  private static String signature(String secretKey, AuthorizationHeader auth, String sts) {
    byte[] key =
        SigningKey.derive(
            secretKey, auth.scope().date(), auth.scope().region(), auth.scope().service());
    return Signatures.hmacHex(key, sts);
  }

  private static String timeNote(ClaimedSignature claimed, Instant now) {
    Instant signed;
    try {
      signed = AmzDate.parse(claimed.amzDate());
    } catch (IllegalArgumentException e) {
      return "note: the request date '"
          + claimed.amzDate()
          + "' is not a SigV4 date (yyyyMMdd'T'HHmmss'Z')\n";
    }
    Duration age = Duration.between(signed, now);
    Duration window = claimed.expires() != null ? claimed.expires() : Duration.ofMinutes(5);
    if (age.compareTo(window) > 0) {
      return "note: signed "
          + AmzDate.format(signed)
          + ", "
          + Durations.format(age)
          + " ago: API Gateway would now"
          + " answer 'Signature expired' (it accepts "
          + Durations.format(window)
          + ")\n";
    }
    if (age.negated().compareTo(Duration.ofMinutes(5)) > 0) {
      return "note: signed "
          + AmzDate.format(signed)
          + ", in the future: API Gateway would answer 'Signature not yet current'\n";
    }
    return "";
  }

  private static void appendSteps(
      StringBuilder out, AuthorizationHeader auth, CanonicalRequest c, String sts) {
    out.append("Canonical request\n");
    line(out, "method", c.method());
    line(out, "canonical URI", c.canonicalUri());
    line(out, "canonical query", c.canonicalQuery().isEmpty() ? "(empty)" : c.canonicalQuery());
    for (Header h : c.canonicalHeaders()) {
      line(out, "header", Redaction.sessionTokens(h.name() + ":" + h.value()));
    }
    line(out, "signed headers", c.signedHeadersText());
    line(out, "payload hash", c.payloadHash());
    out.append("String to sign\n");
    String[] lines = sts.split("\n", -1);
    String[] labels = {"algorithm", "request date", "credential scope", "canonical hash"};
    for (int k = 0; k < labels.length && k < lines.length; k++) {
      line(out, labels[k], lines[k]);
    }
    line(out, "access key", Masks.keyId(auth.accessKeyId()));
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append("  ").append(label);
    out.append(" ".repeat(Math.max(1, 18 - label.length()))).append(value).append('\n');
  }
}
