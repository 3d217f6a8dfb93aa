package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.human.Masks;
import java.time.Instant;

/**
 * Temporary AWS credentials the Identity Pool handed out, as the API Gateway side looks them up.
 *
 * @param accessKeyId {@code ASIA…}
 * @param secretKey the secret access key (secret)
 * @param sessionToken the session token (secret)
 * @param identityId the identity they belong to
 * @param authenticated whether the identity is a signed-in user's (else a guest's)
 * @param expiration when they stop working
 */
record IssuedCredentials(
    String accessKeyId,
    String secretKey,
    String sessionToken,
    String identityId,
    boolean authenticated,
    Instant expiration) {

  /** Credentials the Identity Pool issued: the API looks them up by their access key id. */
  static final RecordShape SHAPE =
      RecordShape.of(
          "a credentials record",
          "delete it (those credentials then stop working)",
          "accessKeyId",
          "secretKey",
          "sessionToken",
          "identityId");

  ObjectNode toJson() {
    return Json.object()
        .put("accessKeyId", accessKeyId)
        .put("secretKey", secretKey)
        .put("sessionToken", sessionToken)
        .put("identityId", identityId)
        .put("authenticated", authenticated)
        .put("expiration", expiration.toEpochMilli());
  }

  static IssuedCredentials fromJson(JsonNode n) {
    return new IssuedCredentials(
        n.path("accessKeyId").asText(),
        n.path("secretKey").asText(),
        n.path("sessionToken").asText(),
        n.path("identityId").asText(),
        n.path("authenticated").asBoolean(),
        Instant.ofEpochMilli(n.path("expiration").asLong()));
  }

  @Override
  public String toString() {
    return "IssuedCredentials[accessKeyId="
        + Masks.keyId(accessKeyId)
        + ", secretKey="
        + Masks.secret(secretKey)
        + ", sessionToken="
        + Masks.token(sessionToken)
        + ", identityId="
        + identityId
        + ", authenticated="
        + authenticated
        + ", expiration="
        + expiration
        + "]";
  }
}
