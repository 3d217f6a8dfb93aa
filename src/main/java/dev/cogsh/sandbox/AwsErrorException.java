package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answered the way AWS answers it: a status, the {@code x-amzn-ErrorType} header and a
 * JSON body whose shape depends on the service that speaks.
 */
final class AwsErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Who answers, which decides the body's shape. */
  enum Shape {
    /** Cognito (AWS JSON 1.1): {@code {"__type":…,"message":…}}. */
    JSON_1_1,
    /** API Gateway: {@code {"message":…}}. */
    GATEWAY,
    /** An IAM policy decision relayed by API Gateway: {@code {"Message":…}}. */
    IAM
  }

  private final int status;
  private final String type;
  private final Shape shape;
  private final String retryAfter;
  private final String challenge;

  AwsErrorException(int status, String type, String message, Shape shape) {
    this(status, type, message, shape, null, null);
  }

  private AwsErrorException(
      int status, String type, String message, Shape shape, String retryAfter, String challenge) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.shape = shape;
    this.retryAfter = retryAfter;
    this.challenge = challenge;
  }

  /** The same error with a {@code Retry-After} header (seconds or an HTTP date), or none. */
  AwsErrorException withRetryAfter(String value) {
    return new AwsErrorException(status, type, getMessage(), shape, value, challenge);
  }

  /** The same error with a {@code www-authenticate} header (an HTTP API JWT authorizer's). */
  AwsErrorException withChallenge(String value) {
    return new AwsErrorException(status, type, getMessage(), shape, retryAfter, value);
  }

  /** A Cognito error: HTTP 400, {@code {"__type":type,"message":message}}. */
  static AwsErrorException cognito(String type, String message) {
    return new AwsErrorException(400, type, message, Shape.JSON_1_1);
  }

  /** An API Gateway error: HTTP {@code status}, {@code {"message":message}}. */
  static AwsErrorException gateway(int status, String type, String message) {
    return new AwsErrorException(status, type, message, Shape.GATEWAY);
  }

  /** The IAM decision to deny: HTTP 403 {@code AccessDeniedException}, {@code {"Message":…}}. */
  static AwsErrorException accessDenied(String message) {
    return new AwsErrorException(403, "AccessDeniedException", message, Shape.IAM);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  /** The answer AWS would send. */
  Reply reply() {
    ObjectNode body = Json.object();
    String contentType = Reply.JSON;
    switch (shape) {
      case JSON_1_1 -> {
        body.put("__type", type);
        body.put("message", getMessage());
        contentType = Reply.AMZ_JSON;
      }
      case GATEWAY -> body.put("message", getMessage());
      case IAM -> body.put("Message", getMessage());
    }
    Reply reply = Reply.json(status, contentType, body).withHeader("x-amzn-ErrorType", type);
    if (challenge != null) {
      reply = reply.withHeader("www-authenticate", challenge);
    }
    return retryAfter == null ? reply : reply.withHeader("Retry-After", retryAfter);
  }
}
