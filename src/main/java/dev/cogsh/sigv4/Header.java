package dev.cogsh.sigv4;

import java.util.Objects;

/**
 * One HTTP header as sent or as canonicalized. Names keep the case they were given; canonical
 * headers carry lower-case names and canonical values.
 */
public record Header(String name, String value) {

  /** Rejects null parts; an empty value is a valid header value. */
  public Header {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** {@code name:value}, the form used in a canonical request. */
  @Override
  public String toString() {
    return name + ":" + value;
  }
}
