package dev.cogsh.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the usual wrong values (an ARN, the other pool's id, an issuer URL) and says so. */
final class IdentifierMistakes {

  private static final Pattern USER_POOL_ARN =
      Pattern.compile("arn:aws[\\w-]*:cognito-idp:[^:]*:\\d*:userpool/(.+)");
  private static final Pattern IDENTITY_POOL_ARN =
      Pattern.compile("arn:aws[\\w-]*:cognito-identity:[^:]*:\\d*:identitypool/(.+)");
  private static final Pattern ISSUER =
      Pattern.compile("https?://cognito-idp\\.[^/]+\\.amazonaws\\.com/(.+)");

  private IdentifierMistakes() {}

  /** A sentence (starting with "; ") explaining what the value looks like instead, or "". */
  static String diagnose(Field field, String value) {
    Matcher m;
    if ((m = USER_POOL_ARN.matcher(value)).matches()
        || (m = IDENTITY_POOL_ARN.matcher(value)).matches()) {
      return "; this is the pool's ARN — use the id at its end: " + m.group(1);
    }
    if ((m = ISSUER.matcher(value)).matches()) {
      return "; this is the pool's issuer URL — use the id at its end: " + m.group(1);
    }
    if (field == Field.USER_POOL_ID && IdentifierShapes.IDENTITY_POOL_ID.matcher(value).matches()) {
      return "; this is an identity pool id (<region>:<uuid>) — did you swap userPoolId and"
          + " identityPoolId?";
    }
    if (field == Field.IDENTITY_POOL_ID && IdentifierShapes.USER_POOL_ID.matcher(value).matches()) {
      return "; this is a user pool id (<region>_<id>) — did you swap userPoolId and"
          + " identityPoolId?";
    }
    if (field == Field.IDENTITY_POOL_ID
        && IdentifierShapes.IDENTITY_POOL_ID
            .matcher(value.toLowerCase(java.util.Locale.ROOT))
            .matches()) {
      return "; the uuid must be lower case";
    }
    if (field == Field.USER_POOL_ID && value.matches(IdentifierShapes.REGION + "-[0-9A-Za-z]+")) {
      return "; the region and the id are joined by '_', not '-'";
    }
    if ((field == Field.USER_POOL_ID || field == Field.IDENTITY_POOL_ID)
        && !value.matches(IdentifierShapes.REGION + "[_:].*")) {
      return "; it must start with the pool's region";
    }
    if ((field == Field.REGION || field == Field.API_REGION)
        && value.matches("(?i)" + IdentifierShapes.REGION)) {
      return "; regions are lower case";
    }
    return "";
  }
}
