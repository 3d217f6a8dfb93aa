package dev.cogsh.diagnose;

import dev.cogsh.api.ClockSkew;
import dev.cogsh.api.Finding.Kind;
import dev.cogsh.api.SignedRequest;
import dev.cogsh.diagnose.SignatureDiff.Cause;
import dev.cogsh.human.Durations;
import dev.cogsh.sigv4.AmzDate;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SignatureTimeError;
import java.util.Optional;

/**
 * Clock skew as API Gateway reports it ("Signature expired: … (… - 5 min.)", "Signature not yet
 * current: …"): when the request was signed, the server's time, the window it accepts, and how far
 * this clock is off. {@code api} corrects its signing clock by itself; this explains the answer
 * when the correction did not help or was not tried ({@code api.send(..)}). When the request's
 * X-Amz-Date was edited after signing, that edit is named instead of the clock.
 */
final class ClockSkewAnswer {

  private ClockSkewAnswer() {}

  static Optional<Diagnosis> of(String body, String line, SignedRequest request) {
    Optional<SignatureTimeError> time = SignatureTimeError.parse(body);
    if (time.isEmpty()) {
      return Optional.empty();
    }
    SignatureTimeError e = time.get();
    Optional<String> edited = editedDate(request);
    if (edited.isPresent()) {
      return Optional.of(editedDate(e, line, request.trace().amzDate(), edited.get()));
    }
    String skew = ClockSkew.describe(ClockSkew.wholeSeconds(e.skew()));
    return Optional.of(
        new Diagnosis(
            Kind.CLOCK_SKEW,
            Cause.DATE,
            "clock skew: the signature "
                + (e.expired() ? "expired" : "is not yet current")
                + " (this clock is "
                + skew
                + ") — type /diff",
            line
                + "\nThe request was signed at "
                + AmzDate.format(e.requestTime())
                + "; the server's time was "
                + AmzDate.format(e.serverTime())
                + " and it accepts ±"
                + Durations.format(e.window())
                + ": this clock is "
                + skew
                + ".\ncogsh re-signs once with the corrected time and keeps the offset for the"
                + " session (api.clockOffset()); fix the system clock (NTP) for other tools.\n",
            null,
            null));
  }

  /**
   * The X-Amz-Date the request was sent with (header, else presigned query), when it is not the one
   * it was signed with: the server judged that date, so this clock is not to blame.
   */
  static Optional<String> editedDate(SignedRequest request) {
    if (!request.signed() || !request.changedAfterSigning()) {
      return Optional.empty();
    }
    String signed = request.trace().amzDate();
    Optional<String> sent =
        request.headers().stream()
            .filter(h -> h.name().equalsIgnoreCase("X-Amz-Date"))
            .map(Header::value)
            .findFirst()
            .or(() -> queryDate(request.uri().getRawQuery()));
    return sent.map(String::strip).filter(d -> !d.equals(signed));
  }

  private static Optional<String> queryDate(String rawQuery) {
    if (rawQuery == null) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.regionMatches(true, 0, "X-Amz-Date=", 0, "X-Amz-Date=".length())) {
        return Optional.of(pair.substring("X-Amz-Date=".length()));
      }
    }
    return Optional.empty();
  }

  private static Diagnosis editedDate(
      SignatureTimeError e, String line, String signed, String sent) {
    return new Diagnosis(
        Kind.SIGNATURE_MISMATCH,
        Cause.DATE,
        "X-Amz-Date was changed after signing (signed "
            + signed
            + ", sent "
            + sent
            + "): the server judged the edited date, not this clock — type /diff",
        line
            + "\nThe request was signed at "
            + signed
            + ", but its X-Amz-Date was changed to "
            + sent
            + " after signing. The server compared "
            + sent
            + " with its time ("
            + AmzDate.format(e.serverTime())
            + ", accepting ±"
            + Durations.format(e.window())
            + ") and rejected it; this clock was not consulted.\nSend the request as signed, or"
            + " sign it again (api.request(..).send()).\n",
        null,
        null);
  }
}
