package dev.cogsh.creds;

import dev.cogsh.human.Durations;
import dev.cogsh.human.Masks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Temporary (or static) AWS credentials. {@link #toString()} shows {@code ASIA…WXYZ, identity
 * us-east-1:5f0c…, expires in 58m 12s (source: identity pool)}: the secret key and the session
 * token never print; ask for them by name ({@link #secretKey()}, {@link #sessionToken()}).
 *
 * @param accessKeyId the access key id ({@code ASIA…} for temporary credentials)
 * @param secretKey the secret access key (secret)
 * @param sessionToken the session token, {@code null} for long-term keys (secret)
 * @param expiration when they stop working, {@code null} when they do not expire
 * @param identityId the Identity Pool identity they belong to, {@code null} for other sources
 * @param source where they came from, e.g. {@code identity pool}, {@code profile dev}
 */
public record AwsCredentials(
    String accessKeyId,
    String secretKey,
    String sessionToken,
    Instant expiration,
    String identityId,
    String source) {

  public AwsCredentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretKey, "secretKey");
  }

  /** How long they stay valid after {@code now}; {@code null} when they never expire. */
  public Duration validFor(Instant now) {
    return expiration == null ? null : Duration.between(now, expiration);
  }

  /** Past a day away, the expiry is shown as a date: {@code 2099-12-31 23:59 UTC}. */
  private static final DateTimeFormatter LATER =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The masked one-line description at {@code now}. */
  public String describe(Instant now) {
    StringBuilder out = new StringBuilder(Masks.keyId(accessKeyId));
    if (identityId != null) {
      out.append(", identity ").append(Masks.shortId(identityId));
    }
    if (expiration != null) {
      Duration left = validFor(now);
      out.append(
          left.isNegative() || left.isZero()
              ? ", expired " + Durations.format(left.negated()) + " ago"
              : left.compareTo(Duration.ofDays(1)) > 0
                  ? ", expires " + LATER.format(expiration)
                  : ", expires in " + Durations.format(left));
    }
    return out.append(" (source: ").append(source).append(')').toString();
  }

  @Override
  public String toString() {
    return describe(Clock.systemUTC().instant()); // display only; logic takes an injected clock
  }
}
