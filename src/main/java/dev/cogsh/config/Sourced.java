package dev.cogsh.config;

import dev.cogsh.human.Masks;

/** A raw value and where it came from, before validation. */
record Sourced(String value, Origin origin) {

  /** How a value is named in messages: {@code userPoolId "…" (env COGSH_USER_POOL_ID)}. */
  String describe(Field field) {
    return field.key() + " " + quoted(field) + " (" + origin.describe() + ")";
  }

  /** The value in quotes, or {@code ****} for a secret. */
  String quoted(Field field) {
    return field.secret() ? Masks.HIDDEN : "\"" + value + "\"";
  }

  Sourced with(String newValue) {
    return new Sourced(newValue, origin);
  }
}
