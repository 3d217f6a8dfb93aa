package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * "Sends" a code to a user's e-mail address or phone number (to {@code GET /_sandbox/messages}) and
 * answers Cognito's {@code CodeDeliveryDetails} with the destination masked as Cognito masks it.
 */
final class CodeDelivery {
  private final Messages messages;

  CodeDelivery(Messages messages) {
    this.messages = messages;
  }

  /**
   * Sends {@code code} for {@code purpose} to the user's e-mail (or, when it has none but a phone,
   * by SMS); the user name stands in for a missing address, as the sandbox's users often are
   * addresses.
   */
  ObjectNode send(PoolUser user, String purpose, String code) {
    boolean byEmail = user.email() != null || user.phoneNumber() == null;
    String destination =
        byEmail ? (user.email() == null ? user.username() : user.email()) : user.phoneNumber();
    return sendTo(byEmail ? "email" : "phone_number", destination, user, purpose, code);
  }

  /** Sends {@code code} to one attribute's value ({@code email} or {@code phone_number}). */
  ObjectNode sendTo(
      String attribute, String destination, PoolUser user, String purpose, String code) {
    boolean byEmail = !"phone_number".equals(attribute);
    messages.send(byEmail ? "EMAIL" : "SMS", destination, user.username(), purpose, code);
    return Json.object()
        .put("AttributeName", attribute)
        .put("DeliveryMedium", byEmail ? "EMAIL" : "SMS")
        .put("Destination", byEmail ? maskEmail(destination) : maskPhone(destination));
  }

  /** {@code demo@example.com} → {@code d***@e***}, as Cognito shows a destination. */
  static String maskEmail(String email) {
    int at = email.indexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return "***";
    }
    return email.charAt(0) + "***@" + email.charAt(at + 1) + "***";
  }

  /** {@code +15555550101} → {@code +*******0101}. */
  static String maskPhone(String phone) {
    if (phone.length() <= 4) {
      return "****";
    }
    return "+" + "*".repeat(Math.max(0, phone.length() - 5)) + phone.substring(phone.length() - 4);
  }
}
