package dev.cogsh.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-time codes of the account operations (a password reset, an attribute's verification) and
 * the wrong-code counter of every code, sign-up's included: Cognito's {@code
 * CodeMismatchException}, {@code ExpiredCodeException} and, after {@link #MAX_WRONG} wrong codes,
 * {@code LimitExceededException} (until a new code is sent). Codes live in memory: a restarted
 * sandbox asks for a new one.
 */
final class AccountCodes {
  /** Wrong codes in a row after which Cognito stops accepting codes for a while. */
  static final int MAX_WRONG = 5;

  static final String FORGOT_PASSWORD = "FORGOT_PASSWORD";
  static final String SIGN_UP = "SIGN_UP";

  /** How long a code stays valid: an hour for a password reset, a day for the rest. */
  static Duration lifetime(String purpose) {
    return FORGOT_PASSWORD.equals(purpose) ? Duration.ofHours(1) : Duration.ofHours(24);
  }

  private record Issued(String code, long expiresAt) {}

  private final Clock clock;
  private final RandomIds ids;
  private final Map<String, Issued> issued = new ConcurrentHashMap<>();
  private final Map<String, Integer> wrong = new ConcurrentHashMap<>();

  AccountCodes(Clock clock, RandomIds ids) {
    this.clock = clock;
    this.ids = ids;
  }

  /** A new code for {@code purpose} (e.g. {@code VERIFY:email}); it replaces an earlier one. */
  String issue(String username, String purpose) {
    String code = ids.code(6);
    long expires = clock.instant().plus(lifetime(purpose)).toEpochMilli();
    issued.put(key(username, purpose), new Issued(code, expires));
    wrong.remove(key(username, purpose)); // a new code is a fresh start
    return code;
  }

  /** Checks and uses up the code issued for {@code purpose}; throws Cognito's error otherwise. */
  void use(String username, String purpose, String code) {
    String key = key(username, purpose);
    refuseWhenLocked(key);
    Issued pending = issued.get(key);
    if (pending == null || !pending.code().equals(code)) {
      throw mismatch(key);
    }
    if (clock.millis() >= pending.expiresAt()) {
      issued.remove(key);
      throw AwsErrorException.cognito(
          "ExpiredCodeException", "Invalid code provided, please request a code again.");
    }
    issued.remove(key);
    wrong.remove(key);
  }

  /**
   * Counts a code that is checked elsewhere (sign-up's lives in the user record): locked after too
   * many wrong ones, a {@code CodeMismatchException} for a wrong one.
   */
  void check(String username, String purpose, boolean matches) {
    String key = key(username, purpose);
    refuseWhenLocked(key);
    if (!matches) {
      throw mismatch(key);
    }
    wrong.remove(key);
  }

  /** Clears the wrong-code count of {@code purpose}: a new code was sent. */
  void unlock(String username, String purpose) {
    wrong.remove(key(username, purpose));
  }

  /** Forgets everything of a deleted user. */
  void forget(String username) {
    String prefix = username.toLowerCase(Locale.ROOT) + "\n";
    issued.keySet().removeIf(k -> k.startsWith(prefix));
    wrong.keySet().removeIf(k -> k.startsWith(prefix));
  }

  private void refuseWhenLocked(String key) {
    if (wrong.getOrDefault(key, 0) >= MAX_WRONG) {
      throw AwsErrorException.cognito(
          "LimitExceededException", "Attempt limit exceeded, please try after some time.");
    }
  }

  private AwsErrorException mismatch(String key) {
    wrong.merge(key, 1, Integer::sum);
    return AwsErrorException.cognito(
        "CodeMismatchException", "Invalid verification code provided, please try again.");
  }

  private static String key(String username, String purpose) {
    return username.toLowerCase(Locale.ROOT) + "\n" + purpose;
  }
}
