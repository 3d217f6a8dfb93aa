package dev.cogsh.creds;

import dev.cogsh.auth.SessionListener;
import dev.cogsh.auth.Tokens;
import java.util.Objects;

/**
 * Keeps the remembered session file in step with {@code auth} and {@code creds}: written after a
 * sign-in, a token refresh and a credentials exchange, deleted at {@code logout()}. Writing is best
 * effort: a read-only home never breaks a sign-in.
 */
final class SessionMemory implements SessionListener {

  private final SessionFile file;
  private final RememberKey key;
  private final Runnable userChanged;
  private RememberedSession current;

  /**
   * @param current the session taken up at start, {@code null} for none
   * @param userChanged called when someone else signs in (the credentials held are not theirs)
   */
  SessionMemory(
      SessionFile file, RememberKey key, RememberedSession current, Runnable userChanged) {
    this.file = file;
    this.key = key;
    this.current = current;
    this.userChanged = userChanged;
  }

  @Override
  public void signedIn(String user, Tokens tokens) {
    signedIn(user, tokens, null);
  }

  @Override
  public synchronized void signedIn(String user, Tokens tokens, String deviceKey) {
    if (current != null
        && current.tokens().equals(tokens)
        && current.user().equals(user)
        && Objects.equals(current.deviceKey(), deviceKey)) {
      return; // nothing new (the session just taken up)
    }
    boolean sameSubject =
        current != null
            && Objects.equals(current.tokens().idToken().subject(), tokens.idToken().subject());
    if (current != null && !sameSubject) {
      userChanged.run();
    }
    current =
        new RememberedSession(
            key, user, tokens, sameSubject ? current.credentials() : null, deviceKey);
    file.write(current);
  }

  @Override
  public synchronized void signedOut() {
    current = null;
    file.delete(key);
  }

  /** After an Identity Pool exchange for the signed-in user. */
  synchronized void exchanged(AwsCredentials credentials) {
    if (current != null) {
      current = current.with(credentials);
      file.write(current);
    }
  }
}
