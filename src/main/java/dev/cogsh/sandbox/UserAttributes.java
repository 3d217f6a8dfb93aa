package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attributes users set themselves ({@code UpdateUserAttributes}), kept over the ones the user
 * record holds ({@code sub}, {@code email}, {@code phone_number}), with the schema rules Cognito
 * applies to a user: standard attributes and {@code custom:…} only, and the read-only ones refused.
 */
final class UserAttributes {
  private static final String ATTRIBUTES = "attributes";

  /** The attributes a user changed: a broken record would silently undo the changes. */
  private static final RecordShape SHAPE =
      RecordShape.of(
              "a user attributes record",
              "delete it to forget that user's attribute changes",
              "username")
          .withObjects("attributes");

  /** The standard attributes of every user pool's schema. */
  static final Set<String> STANDARD =
      Set.of(
          "address",
          "birthdate",
          "email",
          "family_name",
          "gender",
          "given_name",
          "locale",
          "middle_name",
          "name",
          "nickname",
          "phone_number",
          "picture",
          "preferred_username",
          "profile",
          "updated_at",
          "website",
          "zoneinfo");

  private static final Set<String> READ_ONLY =
      Set.of("sub", "email_verified", "phone_number_verified");

  private final StateStore store;
  private final Map<String, ObjectNode> byUser = new ConcurrentHashMap<>(); // lower-case name

  UserAttributes(StateStore store) throws IOException {
    this.store = store;
    for (JsonNode n : store.load(ATTRIBUTES, SHAPE)) {
      byUser.put(key(n.path("username").asText()), (ObjectNode) n.get("attributes"));
    }
  }

  /** What {@code GetUser} shows: the record's attributes, then the user's own over them. */
  ObjectNode of(PoolUser user) {
    ObjectNode all = user.attributes();
    ObjectNode own = byUser.get(key(user.username()));
    if (own != null) {
      all.setAll(own.deepCopy());
    }
    return all;
  }

  /** Refuses a name the user may not set, with Cognito's message. */
  static void checkWritable(String name) {
    if (READ_ONLY.contains(name)) {
      throw AwsErrorException.cognito(
          "InvalidParameterException", "Cannot modify the non-mutable attribute " + name);
    }
    boolean custom = name.startsWith("custom:") && name.length() > "custom:".length();
    if (!custom && !STANDARD.contains(name)) {
      throw AwsErrorException.cognito(
          "InvalidParameterException", "Attribute does not exist in the schema.");
    }
  }

  /** Sets one attribute of a user (and stores it). */
  void set(PoolUser user, String name, String value) {
    ObjectNode own = byUser.computeIfAbsent(key(user.username()), k -> Json.object());
    synchronized (own) {
      own.put(name, value);
    }
    save(user.username(), own);
  }

  /** Forgets the attributes of a deleted user. */
  void forget(PoolUser user) {
    byUser.remove(key(user.username()));
    store.delete(ATTRIBUTES, user.username());
  }

  private void save(String username, ObjectNode own) {
    store.put(
        ATTRIBUTES,
        username,
        () -> Json.object().put("username", username).set("attributes", own.deepCopy()));
  }

  private static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }
}
