package dev.cogsh.shell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snippet that asks for a secret by name, {@code creds.get().secretKey()} or {@code
 * auth.tokens().idToken().raw()}, or for a presigned URL ({@code api.presign(..)}: a URL to hand to
 * curl or a browser, useless with its session token masked): its value is shown as it is, after a
 * line that says why. Every other output goes through the redactor.
 */
final class ExplicitAsk {

  /** The accessors that hand out a secret, called last in the snippet. */
  private static final Pattern ASKED =
      Pattern.compile(
          "(?s).*\\.((?:secretKey|sessionToken|refreshToken)\\(\\s*\\)"
              + "|(?:idToken|accessToken)\\(\\s*\\)\\s*\\.\\s*raw\\(\\s*\\)"
              // the whole snippet ends with presign(..), its arguments nesting one call deep
              + "|presign\\((?:[^;()]|\\([^;()]*\\))*\\))\\s*;?\\s*");

  private ExplicitAsk() {}

  /** The accessor {@code source} ends with, when it asks for a secret by name. */
  static Optional<String> in(String source) {
    if (source == null) {
      return Optional.empty();
    }
    Matcher m = ASKED.matcher(source);
    if (!m.matches()) {
      return Optional.empty();
    }
    String accessor = m.group(1).replaceAll("\\s", "");
    return Optional.of(accessor.startsWith("presign(") ? "presign(…)" : accessor);
  }

  /** The note printed before such a value. */
  static String note(String accessor) {
    return "|  shown because asked by name ("
        + accessor
        + "); everywhere else cogsh prints it masked";
  }
}
