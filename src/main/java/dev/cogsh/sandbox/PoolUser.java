package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One User Pool user as stored: the SRP salt and verifier stand in for the password, which the
 * sandbox never keeps.
 *
 * @param username the user name as created (SRP's {@code USER_ID_FOR_SRP})
 * @param sub the user's immutable id
 * @param status {@code UNCONFIRMED}, {@code CONFIRMED} or {@code FORCE_CHANGE_PASSWORD}
 * @param saltHex the SRP salt
 * @param verifierHex the SRP verifier {@code v = g^x mod N}, in hex
 * @param mfa {@code NONE}, {@code SOFTWARE_TOKEN_MFA} or {@code SMS_MFA}
 * @param totpSecret the Base32 TOTP secret of a TOTP user, else {@code null}
 * @param email the {@code email} attribute, or {@code null}
 * @param phoneNumber the {@code phone_number} attribute, or {@code null}
 * @param confirmationCode the pending sign-up code, or {@code null}
 */
record PoolUser(
    String username,
    String sub,
    String status,
    String saltHex,
    String verifierHex,
    String mfa,
    String totpSecret,
    String email,
    String phoneNumber,
    String confirmationCode) {

  static final String CONFIRMED = "CONFIRMED";
  static final String UNCONFIRMED = "UNCONFIRMED";
  static final String FORCE_CHANGE_PASSWORD = "FORCE_CHANGE_PASSWORD";
  static final String RESET_REQUIRED = "RESET_REQUIRED";
  static final String NO_MFA = "NONE";
  static final String TOTP = "SOFTWARE_TOKEN_MFA";
  static final String SMS = "SMS_MFA";

  PoolUser withPassword(String newSaltHex, String newVerifierHex, String newStatus) {
    return new PoolUser(
        username,
        sub,
        newStatus,
        newSaltHex,
        newVerifierHex,
        mfa,
        totpSecret,
        email,
        phoneNumber,
        confirmationCode);
  }

  PoolUser confirmed() {
    return new PoolUser(
        username, sub, CONFIRMED, saltHex, verifierHex, mfa, totpSecret, email, phoneNumber, null);
  }

  /** The same user with a new pending sign-up code ({@code ResendConfirmationCode}). */
  PoolUser withConfirmationCode(String code) {
    return new PoolUser(
        username, sub, status, saltHex, verifierHex, mfa, totpSecret, email, phoneNumber, code);
  }

  /** The same user with another MFA setting and TOTP secret ({@code SetUserMFAPreference}). */
  PoolUser withMfa(String newMfa, String newTotpSecret) {
    return new PoolUser(
        username,
        sub,
        status,
        saltHex,
        verifierHex,
        newMfa,
        newTotpSecret,
        email,
        phoneNumber,
        confirmationCode);
  }

  ObjectNode toJson() {
    ObjectNode json =
        Json.object()
            .put("username", username)
            .put("sub", sub)
            .put("status", status)
            .put("saltHex", saltHex)
            .put("verifierHex", verifierHex)
            .put("mfa", mfa);
    json.put("totpSecret", totpSecret);
    json.put("email", email);
    json.put("phoneNumber", phoneNumber);
    json.put("confirmationCode", confirmationCode);
    return json;
  }

  /**
   * A stored user: its name, {@code sub}, status and SRP salt and verifier (hexadecimal). A {@code
   * {}} must not become a new user with a new {@code sub}, which would orphan the user's notes.
   */
  static final RecordShape SHAPE =
      RecordShape.of(
              "a user record",
              "delete it to forget that user",
              "username",
              "sub",
              "status",
              "saltHex",
              "verifierHex")
          .with(
              n -> {
                for (String field : java.util.List.of("saltHex", "verifierHex")) {
                  if (!n.path(field).asText().matches("[0-9a-fA-F]+")) {
                    return "\"" + field + "\" is not hexadecimal";
                  }
                }
                return null;
              });

  static PoolUser fromJson(JsonNode n) {
    return new PoolUser(
        n.path("username").asText(),
        n.path("sub").asText(),
        n.path("status").asText(),
        n.path("saltHex").asText(),
        n.path("verifierHex").asText(),
        n.path("mfa").asText(NO_MFA),
        text(n, "totpSecret"),
        text(n, "email"),
        text(n, "phoneNumber"),
        text(n, "confirmationCode"));
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).isTextual() ? n.path(field).asText() : null;
  }

  /** The attributes {@code GetUser} and {@code NEW_PASSWORD_REQUIRED} show. */
  ObjectNode attributes() {
    ObjectNode attributes = Json.object().put("sub", sub);
    if (email != null) {
      attributes.put("email_verified", "true").put("email", email);
    }
    if (phoneNumber != null) {
      attributes.put("phone_number_verified", "true").put("phone_number", phoneNumber);
    }
    return attributes;
  }

  @Override
  public String toString() {
    return "PoolUser[username="
        + username
        + ", sub="
        + sub
        + ", status="
        + status
        + ", mfa="
        + mfa
        + "]";
  }
}
