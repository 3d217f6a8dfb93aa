package dev.cogsh.diagnose;

import dev.cogsh.api.Finding.Kind;
import dev.cogsh.api.Response;
import java.util.Optional;

/**
 * API Gateway's answers about API keys and usage plans: 403 {@code {"message":"Forbidden"}} for a
 * method that requires a key and got none or a wrong one, 429 {@code Limit Exceeded} when the usage
 * plan's quota is spent and {@code Too Many Requests} when its rate limit throttles.
 */
final class ApiKeyAnswer {

  private static final String HEADER = "x-api-key";

  private ApiKeyAnswer() {}

  static Optional<Diagnosis> of(Response r, String line) {
    String message = r.errorMessage();
    boolean keySent = r.request().frozen().header(HEADER).isPresent();
    if (r.status() == 403 && message.equals("Forbidden")) {
      if (!keySent) {
        return Optional.of(
            simple(
                Kind.API_KEY,
                "403 Forbidden: no API key was sent, and this method may require one — set apiKey"
                    + " (cogsh.json or COGSH_API_KEY) or .apiKey(..)",
                line
                    + "\nAPI Gateway answers a bare {\"message\":\"Forbidden\"} when a method"
                    + " requires an API key and the request has no x-api-key header. Set apiKey in"
                    + " cogsh.json (or COGSH_API_KEY, or .apiKey(\"…\") on the request); it is sent"
                    + " as x-api-key in every mode.\nIf the method needs no key, the same answer"
                    + " comes from a resource policy or AWS WAF.\n"));
      }
      return Optional.of(
          simple(
              Kind.API_KEY,
              "403 Forbidden: the API key sent was refused — check apiKey: wrong, disabled, or"
                  + " not in a usage plan of this stage",
              line
                  + "\nAn x-api-key header was sent and API Gateway refused it. The key is wrong"
                  + " (copy it again from API Gateway → API keys → Show), disabled, or not"
                  + " associated with a usage plan that includes this API's stage.\n"));
    }
    if (r.status() == 429 && message.equals("Limit Exceeded")) {
      return Optional.of(
          simple(
              Kind.USAGE_LIMIT,
              "429 Limit Exceeded: the usage plan's quota for this API key is spent — wait for"
                  + " the quota period to reset, or raise the quota",
              line
                  + "\nThe API key's usage plan allows a number of calls per day, week or month,"
                  + " and they are used up"
                  + (keySent ? "" : " (no x-api-key was sent: is apiKey set?)")
                  + ". Retrying does not help until the period resets; raise the quota in API"
                  + " Gateway → Usage plans, or use another key.\n"));
    }
    if (r.status() == 429 && message.equals("Too Many Requests")) {
      return Optional.of(
          simple(
              Kind.USAGE_LIMIT,
              "429 Too Many Requests: throttled by the usage plan's or stage's rate limit — slow"
                  + " down (cogsh retries with backoff)",
              line
                  + "\nThe rate or burst limit of the usage plan (or the stage, or the account) was"
                  + " exceeded. cogsh retries 429 with backoff within api.options(); send fewer"
                  + " calls per second, or raise the limit.\n"));
    }
    return Optional.empty();
  }

  private static Diagnosis simple(Kind kind, String summary, String text) {
    return new Diagnosis(kind, null, summary, text, null, null);
  }
}
