package dev.cogsh.sandbox;

/**
 * How much the sandbox keeps in memory: beyond these, a new note or a new user is refused with
 * {@code LimitExceededException} instead of growing until the JVM runs out of heap.
 *
 * @param maxNotes the most notes the whole pool may hold ({@code --max-notes})
 * @param maxUsers the most users the User Pool may hold, seeded ones included ({@code --max-users})
 */
public record StoreLimits(int maxNotes, int maxUsers) {

  /** 100,000 notes and 10,000 users: far beyond a test, well inside a small heap. */
  public static final StoreLimits DEFAULTS = new StoreLimits(100_000, 10_000);

  public StoreLimits {
    if (maxNotes < 1) {
      throw new IllegalArgumentException("--max-notes must be 1 or more, got " + maxNotes);
    }
    if (maxUsers < 1) {
      throw new IllegalArgumentException("--max-users must be 1 or more, got " + maxUsers);
    }
  }

  /** The answer to a note over the cap, as API Gateway relays a refused write (HTTP 400). */
  AwsErrorException notesFull() {
    return AwsErrorException.gateway(
        400,
        "LimitExceededException",
        "The sandbox holds at most "
            + maxNotes
            + " notes (--max-notes): delete some, or restart it with a larger --max-notes");
  }

  /** Cognito's answer to a sign-up over the cap. */
  AwsErrorException usersFull() {
    return AwsErrorException.cognito(
        "LimitExceededException",
        "The sandbox's user pool holds at most "
            + maxUsers
            + " users (--max-users): restart it with a larger --max-users");
  }
}
