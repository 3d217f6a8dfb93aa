package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.otp.Totp;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * TOTP enrolment of a signed-in user: {@code AssociateSoftwareToken} hands out a key, {@code
 * VerifySoftwareToken} checks the first code of the authenticator set up with it, and {@code
 * SetUserMFAPreference} turns MFA on or off. A key not yet verified lives in memory only.
 */
final class SoftwareTokens {
  private static final String IDP = "AWSCognitoIdentityProviderService.";

  private final UserPool pool;
  private final TokenIssuer tokens;
  private final RandomIds ids;
  private final Clock clock;
  private final Map<String, String> associated = new ConcurrentHashMap<>(); // lower-case name

  SoftwareTokens(UserPool pool, TokenIssuer tokens, RandomIds ids, Clock clock) {
    this.pool = pool;
    this.tokens = tokens;
    this.ids = ids;
    this.clock = clock;
  }

  /** The operations by {@code X-Amz-Target}. */
  Map<String, Function<ObjectNode, ObjectNode>> operations() {
    return Map.of(
        IDP + "AssociateSoftwareToken", this::associateSoftwareToken,
        IDP + "VerifySoftwareToken", this::verifySoftwareToken,
        IDP + "SetUserMFAPreference", this::setUserMfaPreference);
  }

  ObjectNode associateSoftwareToken(ObjectNode request) {
    PoolUser user = signedIn(request, "AssociateSoftwareToken");
    String secret = ids.base32(32);
    associated.put(key(user), secret);
    return Json.object().put("SecretCode", secret);
  }

  ObjectNode verifySoftwareToken(ObjectNode request) {
    PoolUser user = signedIn(request, "VerifySoftwareToken");
    String code = Json.text(request, "UserCode");
    String secret = associated.get(key(user));
    if (secret == null) {
      throw AwsErrorException.cognito(
          "InvalidParameterException", "User has not associated a software token.");
    }
    if (!Totp.verify(secret, code, clock.instant(), 1)) {
      throw AwsErrorException.cognito("EnableSoftwareTokenMFAException", "Code mismatch");
    }
    associated.remove(key(user));
    pool.save(user.withMfa(user.mfa(), secret)); // usable once SetUserMFAPreference enables it
    return Json.object().put("Status", "SUCCESS");
  }

  ObjectNode setUserMfaPreference(ObjectNode request) {
    PoolUser user = signedIn(request, "SetUserMFAPreference");
    String mfa = user.mfa();
    JsonNode totp = request.path("SoftwareTokenMfaSettings");
    if (totp.isObject()) {
      boolean on = totp.path("Enabled").asBoolean(false) || totp.path("PreferredMfa").asBoolean();
      if (on && user.totpSecret() == null) {
        throw AwsErrorException.cognito(
            "InvalidParameterException", "User has not verified software token mfa");
      }
      mfa = on ? PoolUser.TOTP : (PoolUser.TOTP.equals(mfa) ? PoolUser.NO_MFA : mfa);
    }
    JsonNode sms = request.path("SMSMfaSettings");
    if (sms.isObject() && !PoolUser.TOTP.equals(mfa)) {
      boolean on = sms.path("Enabled").asBoolean(false) || sms.path("PreferredMfa").asBoolean();
      if (on && user.phoneNumber() == null) {
        throw AwsErrorException.cognito(
            "InvalidParameterException",
            "User does not have delivery config set to turn on SMS_MFA");
      }
      mfa = on ? PoolUser.SMS : (PoolUser.SMS.equals(mfa) ? PoolUser.NO_MFA : mfa);
    }
    pool.save(user.withMfa(mfa, user.totpSecret()));
    return Json.object();
  }

  private PoolUser signedIn(ObjectNode request, String operation) {
    String accessToken = Json.optionalText(request, "AccessToken");
    if (accessToken == null) {
      throw AwsErrorException.cognito(
          "InvalidParameterException",
          operation + " needs an AccessToken here: the sandbox enrols signed-in users only");
    }
    PoolUser user = pool.user(tokens.accessTokenUser(accessToken));
    if (user == null) {
      throw AwsErrorException.cognito("UserNotFoundException", "User does not exist.");
    }
    return user;
  }

  private static String key(PoolUser user) {
    return user.username().toLowerCase(Locale.ROOT);
  }
}
