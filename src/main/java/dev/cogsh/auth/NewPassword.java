package dev.cogsh.auth;

import dev.cogsh.human.Masks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The answer to {@code NEW_PASSWORD_REQUIRED}: the new password and values for the attributes the
 * pool requires. {@code toString()} masks the password.
 *
 * @param password the new password
 * @param attributes attribute name (without {@code userAttributes.}) to value
 */
public record NewPassword(String password, Map<String, String> attributes) {

  /** Attributes Cognito never lets a client write ("Cannot modify the non-mutable attribute"). */
  static final Set<String> READ_ONLY =
      Set.of("sub", "email_verified", "phone_number_verified", "identities", "updated_at");

  public NewPassword {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** A new password without attributes. */
  public static NewPassword of(String password) {
    return new NewPassword(password, Map.of());
  }

  /**
   * The {@code ChallengeResponses} for {@code challenge} (besides {@code USERNAME}): {@code
   * NEW_PASSWORD} and {@code userAttributes.<name>} for each attribute given, except read-only ones
   * and those equal to the user's current value, unless the pool requires them. Sending read-only
   * or unchanged attributes makes Cognito refuse the new password.
   */
  Map<String, String> responses(Challenge challenge) {
    Map<String, String> current = challenge.userAttributes();
    Map<String, String> responses = new LinkedHashMap<>();
    responses.put("NEW_PASSWORD", password);
    attributes.forEach(
        (name, value) -> {
          boolean required = challenge.requiredAttributes().contains(name);
          boolean unchanged = value != null && value.equals(current.get(name));
          boolean readOnly = READ_ONLY.contains(name) || name.startsWith("cognito:");
          if (!readOnly && (required || !unchanged)) {
            responses.put("userAttributes." + name, value);
          }
        });
    return responses;
  }

  @Override
  public String toString() {
    return "NewPassword[password=" + Masks.secret(password) + ", attributes=" + attributes + "]";
  }
}
