package dev.cogsh.srp;

/**
 * The {@code ChallengeResponses} of a {@code PASSWORD_VERIFIER} answer, as Cognito wants them. None
 * of these is secret: the signature proves knowledge of the password without revealing it.
 *
 * @param userIdForSrp {@code USER_ID_FOR_SRP}, the identity that was hashed and signed
 * @param secretBlock {@code PASSWORD_CLAIM_SECRET_BLOCK}: the {@code SECRET_BLOCK} sent back as is
 * @param timestamp {@code TIMESTAMP}, e.g. {@code Tue Jan 1 06:06:09 UTC 2019}
 * @param signature {@code PASSWORD_CLAIM_SIGNATURE}, base64 of the HMAC-SHA256
 */
public record PasswordClaim(
    String userIdForSrp, String secretBlock, String timestamp, String signature) {}
