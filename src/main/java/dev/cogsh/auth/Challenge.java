package dev.cogsh.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A challenge Cognito put between a sign-in and its tokens, as it arrived: the {@code
 * ChallengeName} and {@code ChallengeParameters}, plus the instant the answer is asked for (so a
 * TOTP code can be computed without a clock of its own).
 *
 * @param name the challenge name, e.g. {@code SOFTWARE_TOKEN_MFA}
 * @param parameters the challenge parameters (never secret: Cognito sends them to any client)
 * @param username the user name shown to people (what they typed)
 * @param at when the answer is asked for
 */
public record Challenge(String name, Map<String, String> parameters, String username, Instant at) {

  public static final String PASSWORD_VERIFIER = "PASSWORD_VERIFIER";
  public static final String NEW_PASSWORD_REQUIRED = "NEW_PASSWORD_REQUIRED";
  public static final String SMS_MFA = "SMS_MFA";
  public static final String SOFTWARE_TOKEN_MFA = "SOFTWARE_TOKEN_MFA";
  public static final String EMAIL_OTP = "EMAIL_OTP";
  public static final String SMS_OTP = "SMS_OTP";
  public static final String SELECT_MFA_TYPE = "SELECT_MFA_TYPE";
  public static final String MFA_SETUP = "MFA_SETUP";
  public static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";
  public static final String DEVICE_SRP_AUTH = "DEVICE_SRP_AUTH";
  public static final String SELECT_CHALLENGE = "SELECT_CHALLENGE";
  public static final String WEB_AUTHN = "WEB_AUTHN";

  /**
   * The parameter that carries {@code SELECT_CHALLENGE}'s {@code AvailableChallenges} (Cognito
   * sends them beside the parameters; cogsh keeps them here as a JSON array).
   */
  public static final String AVAILABLE_CHALLENGES = "AvailableChallenges";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ATTRIBUTE_PREFIX = "userAttributes.";

  public Challenge {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }

  /** A parameter, or {@code null}. */
  public String parameter(String key) {
    return parameters.get(key);
  }

  /** The same challenge, asked at another instant. */
  public Challenge at(Instant when) {
    return new Challenge(name, parameters, username, when);
  }

  /** Whether the answer is a one-time code sent by SMS or e-mail or shown by an authenticator. */
  public boolean isCode() {
    return List.of(SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP, SMS_OTP).contains(name);
  }

  /**
   * {@code NEW_PASSWORD_REQUIRED}: the attributes the pool requires and the user lacks, without the
   * {@code userAttributes.} prefix Cognito puts in {@code requiredAttributes}.
   */
  public List<String> requiredAttributes() {
    List<String> names = new ArrayList<>();
    for (String item : jsonList("requiredAttributes")) {
      names.add(
          item.startsWith(ATTRIBUTE_PREFIX) ? item.substring(ATTRIBUTE_PREFIX.length()) : item);
    }
    return names;
  }

  /** {@code NEW_PASSWORD_REQUIRED}: the user's current attributes ({@code userAttributes}). */
  public Map<String, String> userAttributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    JsonNode node = json("userAttributes");
    if (node != null && node.isObject()) {
      node.properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
    }
    return attributes;
  }

  /**
   * The MFA types offered: {@code MFAS_CAN_CHOOSE} of {@code SELECT_MFA_TYPE}, {@code
   * MFAS_CAN_SETUP} of {@code MFA_SETUP}. Cognito sends a JSON array as text; anything that is not
   * a challenge name is dropped (moto sends a bare JSON array, which the SDK reads as {@code "["}),
   * so an unreadable list is empty.
   */
  public List<String> mfaOptions() {
    return jsonList(MFA_SETUP.equals(name) ? "MFAS_CAN_SETUP" : "MFAS_CAN_CHOOSE").stream()
        .filter(option -> option.matches("[A-Z][A-Z_]*"))
        .toList();
  }

  /** {@code SELECT_CHALLENGE}: the first factors Cognito offers, e.g. {@code EMAIL_OTP}. */
  public List<String> availableChallenges() {
    return jsonList(AVAILABLE_CHALLENGES).stream()
        .filter(option -> option.matches("[A-Z][A-Z_]*"))
        .toList();
  }

  /** Where a code was sent ({@code CODE_DELIVERY_DESTINATION}, e.g. {@code +*******1234}). */
  public String destination() {
    return parameter("CODE_DELIVERY_DESTINATION");
  }

  private List<String> jsonList(String key) {
    List<String> items = new ArrayList<>();
    JsonNode node = json(key);
    if (node != null && node.isArray()) {
      node.forEach(n -> items.add(n.asText()));
    } else if (node != null && node.isTextual() && !node.asText().isBlank()) {
      items.add(node.asText());
    }
    return items;
  }

  private JsonNode json(String key) {
    String text = parameters.get(key);
    if (text == null) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      // Cognito sends JSON text here; anything else is taken as one plain value
      return JSON.getNodeFactory().textNode(text);
    }
  }
}
