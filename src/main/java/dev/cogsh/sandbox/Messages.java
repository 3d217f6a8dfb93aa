package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The codes the sandbox "sent" by SMS or e-mail ({@code GET /_sandbox/messages}), newest last. Only
 * the latest 1000 are kept.
 */
final class Messages {
  private static final int KEEP = 1000;

  /**
   * One message.
   *
   * @param channel {@code SMS} or {@code EMAIL}
   * @param destination the phone number or address
   * @param username the user it was sent for
   * @param purpose what the code is for: {@code SMS_MFA}, {@code SIGN_UP}
   * @param code the code
   * @param sentAt epoch milliseconds
   */
  record Message(
      String channel,
      String destination,
      String username,
      String purpose,
      String code,
      long sentAt) {}

  private final Clock clock;
  private final List<Message> messages = new ArrayList<>();

  Messages(Clock clock) {
    this.clock = clock;
  }

  synchronized void send(
      String channel, String destination, String username, String purpose, String code) {
    messages.add(
        new Message(channel, destination, username, purpose, code, clock.instant().toEpochMilli()));
    if (messages.size() > KEEP) {
      messages.remove(0);
    }
  }

  synchronized ArrayNode toJson() {
    ArrayNode json = Json.array();
    for (Message m : messages) {
      json.addObject()
          .put("channel", m.channel())
          .put("destination", m.destination())
          .put("username", m.username())
          .put("purpose", m.purpose())
          .put("code", m.code())
          .put("sentAt", m.sentAt());
    }
    return json;
  }
}
