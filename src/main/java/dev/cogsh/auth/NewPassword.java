package dev.cogsh.auth;

import java.util.Map;

/**
 * The answer to {@code NEW_PASSWORD_REQUIRED}: the new password and values for the attributes the
 * pool requires. {@code toString()} masks the password.
 *
 * @param password the new password
 * @param attributes attribute name (without {@code userAttributes.}) to value
 */
public record NewPassword(String password, Map<String, String> attributes) {

  public NewPassword {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** A new password without attributes. */
  public static NewPassword of(String password) {
    return new NewPassword(password, Map.of());
  }

  @Override
  public String toString() {
    return "NewPassword[password=" + Masks.secret(password) + ", attributes=" + attributes + "]";
  }
}
