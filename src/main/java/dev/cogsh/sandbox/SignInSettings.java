package dev.cogsh.sandbox;

import dev.cogsh.human.Masks;
import java.time.Duration;

/**
 * How the sandbox's user pool signs people in beyond its users: token lifetimes (so expiry can be
 * forced from the command line) and the emulated custom-auth Lambda triggers.
 *
 * @param idTokenTtl the lifetime of ID tokens, and of access tokens unless {@code accessTokenTtl}
 *     is set ({@code --id-token-ttl}; 1 h)
 * @param accessTokenTtl the lifetime of access tokens ({@code --access-token-ttl}), or {@code
 *     null}: as ID tokens (an app client sets the two apart, 5 minutes to a day each)
 * @param refreshTokenTtl the lifetime of refresh tokens ({@code --refresh-token-ttl}; 30 days)
 * @param customQuestion the question the create-challenge trigger asks ({@code --custom-challenge
 *     'question=answer'}), or {@code null}: no custom-auth triggers, as in a pool without them
 * @param customAnswer the answer the verify-challenge trigger accepts (with the question)
 */
public record SignInSettings(
    Duration idTokenTtl,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    String customQuestion,
    String customAnswer) {

  /** Cognito's defaults and no custom-auth triggers. */
  public static final SignInSettings DEFAULTS =
      new SignInSettings(Duration.ofHours(1), null, Duration.ofDays(30), null, null);

  public SignInSettings {
    if (idTokenTtl.isNegative() || idTokenTtl.isZero()) {
      throw new IllegalArgumentException("the ID token lifetime must be positive");
    }
    if (accessTokenTtl != null && (accessTokenTtl.isNegative() || accessTokenTtl.isZero())) {
      throw new IllegalArgumentException("the access token lifetime must be positive");
    }
    if (refreshTokenTtl.isNegative() || refreshTokenTtl.isZero()) {
      throw new IllegalArgumentException("the refresh token lifetime must be positive");
    }
    if ((customQuestion == null) != (customAnswer == null)) {
      throw new IllegalArgumentException("a custom challenge has a question and an answer");
    }
  }

  /** With {@code --custom-challenge 'question=answer'} parsed (the last {@code =} splits). */
  public SignInSettings withCustomChallenge(String questionAndAnswer) {
    int split = questionAndAnswer == null ? -1 : questionAndAnswer.lastIndexOf('=');
    if (split <= 0 || split == questionAndAnswer.length() - 1) {
      throw new IllegalArgumentException(
          "--custom-challenge is QUESTION=ANSWER, e.g. 'What is 6 times 7?=42'");
    }
    return new SignInSettings(
        idTokenTtl,
        accessTokenTtl,
        refreshTokenTtl,
        questionAndAnswer.substring(0, split).strip(),
        questionAndAnswer.substring(split + 1).strip());
  }

  /** With ID tokens (and access tokens, unless set apart) that live {@code ttl}. */
  public SignInSettings withIdTokenTtl(Duration ttl) {
    return new SignInSettings(ttl, accessTokenTtl, refreshTokenTtl, customQuestion, customAnswer);
  }

  /** With access tokens that live {@code ttl}, whatever the ID tokens' lifetime. */
  public SignInSettings withAccessTokenTtl(Duration ttl) {
    return new SignInSettings(idTokenTtl, ttl, refreshTokenTtl, customQuestion, customAnswer);
  }

  /** With refresh tokens that live {@code ttl}. */
  public SignInSettings withRefreshTokenTtl(Duration ttl) {
    return new SignInSettings(idTokenTtl, accessTokenTtl, ttl, customQuestion, customAnswer);
  }

  /** How long access tokens live: {@code accessTokenTtl}, else as ID tokens. */
  public Duration accessTokenLifetime() {
    return accessTokenTtl != null ? accessTokenTtl : idTokenTtl;
  }

  /** Whether the custom-auth triggers are emulated. */
  public boolean customAuth() {
    return customQuestion != null;
  }

  @Override
  public String toString() {
    return "SignInSettings[idTokenTtl="
        + idTokenTtl
        + ", accessTokenTtl="
        + accessTokenLifetime()
        + ", refreshTokenTtl="
        + refreshTokenTtl
        + ", customChallenge="
        + (customAuth() ? customQuestion + "=" + Masks.secret(customAnswer) : "none")
        + "]";
  }
}
