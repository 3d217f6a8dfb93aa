package dev.cogsh.api;

/**
 * A code the sandbox "sent" by e-mail or SMS, as {@code GET /_sandbox/messages} lists it.
 *
 * @param channel {@code EMAIL} or {@code SMS}
 * @param destination the address or number
 * @param username the user it was sent for
 * @param purpose what it is for: {@code SIGN_UP}, {@code FORGOT_PASSWORD}, {@code VERIFY_EMAIL},
 *     {@code SMS_MFA}
 * @param code the code
 * @param sentAt epoch milliseconds
 */
public record SentCode(
    String channel,
    String destination,
    String username,
    String purpose,
    String code,
    long sentAt) {}
