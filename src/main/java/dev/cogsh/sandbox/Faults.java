package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Injected failures ({@code POST /_sandbox/faults {"status":503,"times":1}}): the next {@code
 * times} calls of a target answer {@code status}. The target is {@code "api"} (the default: every
 * request under the stage) or a Cognito operation name such as {@code "GetCredentialsForIdentity"}.
 * {@code "retryAfter"} (seconds, or an HTTP date) is sent as the answer's {@code Retry-After};
 * {@code {"times":0}} disarms the target.
 */
final class Faults {
  private final Map<String, Armed> armed = new HashMap<>();

  /** One armed fault; {@code remaining} counts down as calls take it. */
  private static final class Armed {
    final int status;
    final String retryAfter;
    int remaining;

    Armed(int status, int remaining, String retryAfter) {
      this.status = status;
      this.remaining = remaining;
      this.retryAfter = retryAfter;
    }
  }

  /**
   * Arms (or with {@code "times":0} disarms) a fault from the hook's JSON body; returns the answer:
   * {@code {"armed":target,"status":…,"times":…}} or {@code {"disarmed":target}}.
   */
  synchronized ObjectNode arm(JsonNode body) {
    JsonNode status = body.path("status");
    JsonNode times = body.path("times");
    if (!times.isMissingNode() && (!times.canConvertToInt() || times.asInt() < 0)) {
      throw AwsErrorException.gateway(
          400, "BadRequestException", "\"times\" must be a count of calls, 0 or more");
    }
    String target = body.path("target").asText("api");
    int count = times.isMissingNode() ? 1 : times.asInt();
    if (count == 0) {
      armed.remove(target);
      return Json.object().put("disarmed", target);
    }
    if (!status.canConvertToInt() || status.asInt() < 400 || status.asInt() > 599) {
      throw AwsErrorException.gateway(
          400, "BadRequestException", "\"status\" must be an HTTP error status, 400 to 599");
    }
    JsonNode retryAfter = body.path("retryAfter");
    if (!retryAfter.isMissingNode() && !retryAfter.isNull() && !retryAfter.isValueNode()) {
      throw AwsErrorException.gateway(
          400,
          "BadRequestException",
          "\"retryAfter\" must be seconds or an HTTP date, e.g. 2 or \"Wed, 21 Oct 2015 07:28:00"
              + " GMT\"");
    }
    String after = retryAfter.isValueNode() ? retryAfter.asText() : null;
    armed.put(target, new Armed(status.asInt(), count, after));
    return Json.object().put("armed", target).put("status", status.asInt()).put("times", count);
  }

  /** The error to fail this call with, if a fault is armed for the target; consumes one call. */
  synchronized Optional<AwsErrorException> take(String target, boolean cognito) {
    Armed fault = armed.get(target);
    if (fault == null) {
      return Optional.empty();
    }
    if (--fault.remaining == 0) {
      armed.remove(target);
    }
    return Optional.of(error(fault.status, cognito).withRetryAfter(fault.retryAfter));
  }

  /** The error a gateway answers with a status (what the fault returns). */
  static AwsErrorException error(int status, boolean cognito) {
    String type;
    String message;
    switch (status) {
      case 429 -> {
        type = "TooManyRequestsException";
        message = cognito ? "Rate exceeded" : "Too Many Requests";
      }
      case 500, 502 -> {
        type = cognito ? "InternalErrorException" : "InternalServerErrorException";
        message = "Internal server error";
      }
      case 503 -> {
        type = "ServiceUnavailableException";
        message = "Service Unavailable";
      }
      case 504 -> {
        type = "EndpointRequestTimeoutException";
        message = "Endpoint request timed out";
      }
      default -> {
        type = "SandboxFaultException";
        message = "Fault injected by POST /_sandbox/faults";
      }
    }
    return new AwsErrorException(
        status,
        type,
        message,
        cognito ? AwsErrorException.Shape.JSON_1_1 : AwsErrorException.Shape.GATEWAY);
  }
}
