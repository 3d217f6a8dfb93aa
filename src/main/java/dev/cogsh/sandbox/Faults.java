package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Injected failures ({@code POST /_sandbox/faults {"status":503,"times":1}}): the next {@code
 * times} calls of a target answer {@code status}. The target is {@code "api"} (the default: every
 * request under the stage) or a Cognito operation name such as {@code "GetCredentialsForIdentity"}.
 */
final class Faults {
  private final Map<String, int[]> armed = new HashMap<>(); // target -> {status, remaining}

  /** Arms a fault from the hook's JSON body; returns the normalized target. */
  synchronized String arm(JsonNode body) {
    JsonNode status = body.path("status");
    JsonNode times = body.path("times");
    if (!status.canConvertToInt() || status.asInt() < 400 || status.asInt() > 599) {
      throw AwsErrorException.gateway(
          400, "BadRequestException", "\"status\" must be an HTTP error status, 400 to 599");
    }
    if (!times.isMissingNode() && (!times.canConvertToInt() || times.asInt() < 0)) {
      throw AwsErrorException.gateway(
          400, "BadRequestException", "\"times\" must be a count of calls, 0 or more");
    }
    String target = body.path("target").asText("api");
    int count = times.isMissingNode() ? 1 : times.asInt();
    if (count == 0) {
      armed.remove(target);
    } else {
      armed.put(target, new int[] {status.asInt(), count});
    }
    return target;
  }

  /** The status to fail this call with, or 0; consumes one armed call. */
  synchronized int take(String target) {
    int[] fault = armed.get(target);
    if (fault == null) {
      return 0;
    }
    if (--fault[1] == 0) {
      armed.remove(target);
    }
    return fault[0];
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
