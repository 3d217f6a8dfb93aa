package dev.cogsh.sandbox;

import dev.cogsh.human.Masks;

/**
 * A user the sandbox creates at start. The password is used once, to compute the SRP verifier, and
 * is then dropped.
 *
 * @param name the user name (also the {@code email} attribute when it contains {@code @})
 * @param password the initial password (the temporary one for {@link Kind#NEW_PASSWORD})
 * @param kind how the user signs in
 * @param totpSecret the Base32 TOTP secret of a {@link Kind#TOTP} user, else {@code null}
 */
public record SeedUser(String name, String password, Kind kind, String totpSecret) {

  /** How a seeded user signs in. */
  public enum Kind {
    /** Confirmed, password only. */
    CONFIRMED,
    /** {@code FORCE_CHANGE_PASSWORD}: the first sign-in answers {@code NEW_PASSWORD_REQUIRED}. */
    NEW_PASSWORD,
    /** Confirmed with {@code SOFTWARE_TOKEN_MFA}. */
    TOTP,
    /** Confirmed with {@code SMS_MFA}; codes appear at {@code GET /_sandbox/messages}. */
    SMS,
    /**
     * {@code RESET_REQUIRED}: an administrator reset the password; sign-in answers {@code
     * PasswordResetRequiredException}.
     */
    RESET_REQUIRED
  }

  /** The states {@code --user NAME:PASSWORD:STATE} may name, and the kinds they seed. */
  private static final java.util.Map<String, Kind> STATES =
      java.util.Map.of(
          ":FORCE_CHANGE_PASSWORD", Kind.NEW_PASSWORD, ":RESET_REQUIRED", Kind.RESET_REQUIRED);

  public SeedUser {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a seeded user needs a name");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("user " + name + " needs a password");
    }
    if ((kind == Kind.TOTP) != (totpSecret != null)) {
      throw new IllegalArgumentException("only a TOTP user has a TOTP secret");
    }
  }

  /**
   * Parses a command-line value: {@code NAME:PASSWORD}, or {@code NAME:PASSWORD:BASE32} for TOTP; a
   * confirmed user's value may end with {@code :FORCE_CHANGE_PASSWORD} or {@code :RESET_REQUIRED}
   * to seed the user in that state. The password may contain {@code :} except for TOTP users, whose
   * secret is the last field.
   */
  public static SeedUser parse(String text, Kind kind) {
    int first = text.indexOf(':');
    if (first <= 0 || first == text.length() - 1) {
      throw new IllegalArgumentException(
          "a user is NAME:PASSWORD"
              + (kind == Kind.TOTP ? ":BASE32SECRET" : "")
              + " (the value given is not shown: it may hold a password)");
    }
    String name = text.substring(0, first);
    String rest = text.substring(first + 1);
    if (kind == Kind.CONFIRMED) {
      for (java.util.Map.Entry<String, Kind> state : STATES.entrySet()) {
        if (rest.endsWith(state.getKey()) && rest.length() > state.getKey().length()) {
          return new SeedUser(
              name,
              rest.substring(0, rest.length() - state.getKey().length()),
              state.getValue(),
              null);
        }
      }
    }
    if (kind != Kind.TOTP) {
      return new SeedUser(name, rest, kind, null);
    }
    int last = rest.lastIndexOf(':');
    if (last <= 0 || last == rest.length() - 1) {
      throw new IllegalArgumentException("expected NAME:PASSWORD:BASE32SECRET for user " + name);
    }
    String secret = rest.substring(last + 1).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!secret.matches("[A-Z2-7]+=*")) {
      throw new IllegalArgumentException("the TOTP secret of user " + name + " is not Base32");
    }
    return new SeedUser(name, rest.substring(0, last), kind, secret);
  }

  @Override
  public String toString() {
    return "SeedUser[name="
        + name
        + ", kind="
        + kind
        + ", password="
        + Masks.secret(password)
        + "]";
  }
}
