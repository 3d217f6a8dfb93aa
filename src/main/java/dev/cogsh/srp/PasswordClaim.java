package dev.cogsh.srp;

/**
 * The {@code ChallengeResponses} of a {@code PASSWORD_VERIFIER} answer, as Cognito wants them, or
 * of a {@code DEVICE_PASSWORD_VERIFIER} answer (then with {@code DEVICE_KEY} beside them, see
 * {@link DeviceSrpClient}). None of these is secret: the signature proves knowledge of the password
 * without revealing it.
 *
 * @param userIdForSrp {@code USERNAME}: {@code USER_ID_FOR_SRP}, the identity hashed and signed in
 *     the user step (a device step signs the device keys but still answers with this)
 * @param secretBlock {@code PASSWORD_CLAIM_SECRET_BLOCK}: the {@code SECRET_BLOCK} sent back as is
 * @param timestamp {@code TIMESTAMP}, e.g. {@code Tue Jan 1 06:06:09 UTC 2019}
 * @param signature {@code PASSWORD_CLAIM_SIGNATURE}, base64 of the HMAC-SHA256
 */
public record PasswordClaim(
    String userIdForSrp, String secretBlock, String timestamp, String signature) {}
