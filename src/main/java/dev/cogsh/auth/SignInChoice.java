package dev.cogsh.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The first factors of a choice-based sign-in ({@code USER_AUTH}): what {@code PREFERRED_CHALLENGE}
 * asks for and what {@code SELECT_CHALLENGE} answers with. In the shell, {@code
 * auth.login("ada@example.com", EMAIL_OTP)} (the start-up script imports these names).
 */
public enum SignInChoice {
  /** The password, sent to Cognito over TLS. */
  PASSWORD,
  /** The password proven by SRP: it never leaves this process. */
  PASSWORD_SRP,
  /** A one-time code sent by e-mail (passwordless). */
  EMAIL_OTP,
  /** A one-time code sent by SMS (passwordless). */
  SMS_OTP,
  /** A passkey: needs a browser, so cogsh points to managed login instead. */
  WEB_AUTHN;

  /** The choice Cognito calls {@code name} (any case), or an error listing the choices. */
  public static SignInChoice parse(String name) {
    String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (SignInChoice choice : values()) {
      if (choice.name().equals(key)) {
        return choice;
      }
    }
    throw new AuthException(
        AuthException.Reason.CONFIGURATION,
        "'" + name + "' is not a way to sign in",
        "choose one of "
            + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** Whether this choice needs the user's password. */
  public boolean needsPassword() {
    return this == PASSWORD || this == PASSWORD_SRP;
  }

  /** A line for the menu. */
  String describe() {
    return switch (this) {
      case PASSWORD -> "PASSWORD      password (sent to Cognito over TLS)";
      case PASSWORD_SRP -> "PASSWORD_SRP  password, proven by SRP (never sent)";
      case EMAIL_OTP -> "EMAIL_OTP     a code sent by e-mail";
      case SMS_OTP -> "SMS_OTP       a code sent by SMS";
      case WEB_AUTHN -> "WEB_AUTHN     a passkey (needs a browser: managed login)";
    };
  }

  /** Passkeys need a browser's WebAuthn: the error that says so and where to go. */
  static AuthException passkeysNeedABrowser() {
    return new AuthException(
        AuthException.Reason.CONFIGURATION,
        "Passkeys (WEB_AUTHN) need a browser: cogsh cannot sign in with a passkey from the shell",
        "sign in through managed login with auth.loginWithBrowser() (the pool's hosted pages offer"
            + " passkeys), or choose another way: auth.login(user, EMAIL_OTP)");
  }
}
