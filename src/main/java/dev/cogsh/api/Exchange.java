package dev.cogsh.api;

import dev.cogsh.human.Durations;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends one request to its final response: each attempt signed afresh (new date, current
 * credentials); a clock-skew rejection corrected and re-signed once; an expired session token
 * refreshed once; 429/5xx retried with backoff when allowed, within the attempt and time bounds.
 */
final class Exchange {

  private final Api api;

  Exchange(Api api) {
    this.api = api;
  }

  Response execute(RequestSpec spec) {
    ApiOptions options = api.options();
    Instant started = api.signing().clock().instant();
    List<String> notes = new ArrayList<>(warnings(spec));
    Response previous = null;
    int attempt = 0;
    int retries = 0;
    boolean skewRetried = false;
    boolean tokenRetried = false;
    while (true) {
      attempt++;
      SignedRequest signed = api.sign(spec);
      Transport.Answer raw;
      try {
        raw = api.transport().send(signed.frozen(), delivery(spec, options));
      } catch (InterruptedException e) {
        throw interrupted(e);
      } catch (IOException e) {
        Duration delay = RetryPolicy.delay(retries + 1, options, api.random(), Optional.empty());
        if (RetryPolicy.allowed(spec)
            && retries + 1 < options.maxAttempts()
            && inBudget(started, delay, options)) {
          retries++;
          notes.add(
              "attempt "
                  + attempt
                  + " failed ("
                  + describe(e)
                  + "): retrying in "
                  + Durations.format(delay));
          pause(delay);
          continue;
        }
        throw new ApiException(
            "could not send " + spec.request().method() + " " + signed.uri() + ": " + describe(e),
            "is the API reachable? check apiUrl (" + api.config().apiUrl() + ") and the network",
            e);
      }
      Response response = api.response(signed, raw, attempt, previous, notes);
      Optional<ClockSkew.Measured> skew =
          ClockSkew.measure(
              raw.status(), raw.headers(), response.text(), signed.signedAt(), api.signing().now());
      if (skew.isPresent()) {
        ClockSkew.Measured m = skew.get();
        Duration offset = api.signing().adjust(m.skew());
        boolean again = m.rejected() && !skewRetried;
        notes.add(
            "clock skew: this clock is "
                + ClockSkew.describe(m.skew())
                + ": "
                + m.evidence()
                + "; offset now "
                + Durations.format(offset)
                + (again ? ", re-signed and sent again" : ", kept for the session"));
        if (again) {
          skewRetried = true;
          previous = response;
          continue;
        }
        response = api.response(signed, raw, attempt, previous, notes);
      }
      if (!tokenRetried
          && response.text().contains("The security token included in the request is expired")) {
        tokenRetried = true;
        api.signing().credentials().invalidate();
        notes.add("the session token had expired: asked for new credentials and re-signed");
        previous = response;
        continue;
      }
      if (!tokenRetried && tokenExpired(signed, response)) {
        tokenRetried = true;
        api.signing().tokens().expired();
        notes.add("the authorizer said the token had expired: refreshed it and sent again");
        previous = response;
        continue;
      }
      if (RetryPolicy.retryableStatus(raw.status()) && RetryPolicy.allowed(spec)) {
        if (retries + 1 < options.maxAttempts()) {
          Duration delay =
              RetryPolicy.delay(
                  retries + 1,
                  options,
                  api.random(),
                  RetryPolicy.retryAfter(raw.headers(), api.signing().now()));
          if (inBudget(started, delay, options)) {
            retries++;
            notes.add(
                "attempt "
                    + attempt
                    + " got "
                    + StatusText.of(raw.status())
                    + ": retried after "
                    + Durations.format(delay));
            pause(delay);
            previous = response;
            continue;
          }
          notes.add(
              "not retried: the retry time budget ("
                  + Durations.format(options.maxRetryTime())
                  + ") is spent");
        } else if (options.maxAttempts() > 1) {
          notes.add("gave up after " + attempt + " attempts");
        }
        response = api.response(signed, raw, attempt, previous, notes);
      }
      return response;
    }
  }

  /** One attempt, exactly as signed: no re-signing, no retries, no clock correction. */
  Response sendAsSigned(SignedRequest signed) {
    RequestSpec spec = signed.spec();
    try {
      Transport.Answer raw = api.transport().send(signed.frozen(), delivery(spec, api.options()));
      return api.response(signed, raw, 1, null, List.of());
    } catch (InterruptedException e) {
      throw interrupted(e);
    } catch (IOException e) {
      throw new ApiException(
          "could not send " + signed.method() + " " + signed.uri() + ": " + describe(e),
          "is the API reachable? check apiUrl (" + api.config().apiUrl() + ")",
          e);
    }
  }

  /** A token mode's request refused as expired (REST Cognito or HTTP API JWT authorizer). */
  private static boolean tokenExpired(SignedRequest signed, Response response) {
    if (response.status() != 401 || !signed.authorization().mode().token()) {
      return false;
    }
    String challenge = response.header("www-authenticate");
    return response.text().contains("The incoming token has expired")
        || challenge != null && challenge.contains("has expired");
  }

  private static Transport.Delivery delivery(RequestSpec spec, ApiOptions options) {
    return new Transport.Delivery(spec.timeout(), options.connectTimeout(), spec.http2());
  }

  private static List<String> warnings(RequestSpec spec) {
    List<String> out = new ArrayList<>();
    spec.warnings().forEach(w -> out.add("warning: " + w));
    return out;
  }

  private boolean inBudget(Instant started, Duration delay, ApiOptions options) {
    Duration spent = Duration.between(started, api.signing().clock().instant());
    return spent.plus(delay).compareTo(options.maxRetryTime()) <= 0;
  }

  private void pause(Duration delay) {
    try {
      api.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException("interrupted while waiting to retry", "send the request again", e);
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  static ApiException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new ApiException(
        "interrupted while waiting for the response", "send the request again", e);
  }
}
