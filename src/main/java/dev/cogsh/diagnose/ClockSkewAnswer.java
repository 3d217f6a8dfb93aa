package dev.cogsh.diagnose;

import dev.cogsh.api.ClockSkew;
import dev.cogsh.api.Finding.Kind;
import dev.cogsh.diagnose.SignatureDiff.Cause;
import dev.cogsh.human.Durations;
import dev.cogsh.sigv4.AmzDate;
import dev.cogsh.sigv4.SignatureTimeError;
import java.util.Optional;

/**
 * Clock skew as API Gateway reports it ("Signature expired: … (… - 5 min.)", "Signature not yet
 * current: …"): when the request was signed, the server's time, the window it accepts, and how far
 * this clock is off. {@code api} corrects its signing clock by itself; this explains the answer
 * when the correction did not help or was not tried ({@code api.send(..)}).
 */
final class ClockSkewAnswer {

  private ClockSkewAnswer() {}

  static Optional<Diagnosis> of(String body, String line) {
    Optional<SignatureTimeError> time = SignatureTimeError.parse(body);
    if (time.isEmpty()) {
      return Optional.empty();
    }
    SignatureTimeError e = time.get();
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
}
