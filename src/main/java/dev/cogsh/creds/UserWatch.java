package dev.cogsh.creds;

import dev.cogsh.auth.SessionListener;
import dev.cogsh.auth.Tokens;

/**
 * Follows who is signed in to {@code auth}, so that Identity Pool credentials made for one user are
 * never handed out for another: when someone else signs in (by password, in the browser, or as a
 * federated user), or the session ends, {@code userChanged} drops the credentials held. Then tells
 * {@code next} (the remembered session file, when there is one).
 */
final class UserWatch implements SessionListener {

  private final Runnable userChanged;
  private SessionListener next = SessionListener.NONE;
  private String subject;

  UserWatch(Runnable userChanged) {
    this.userChanged = userChanged;
  }

  /** Also tells {@code listener} of every change from now on. */
  synchronized UserWatch then(SessionListener listener) {
    next = listener == null ? SessionListener.NONE : listener;
    return this;
  }

  @Override
  public void signedIn(String user, Tokens tokens) {
    signedIn(user, tokens, null);
  }

  @Override
  public synchronized void signedIn(String user, Tokens tokens, String deviceKey) {
    String now = tokens.idToken().subject();
    if (subject != null && !subject.equals(now)) {
      userChanged.run();
    }
    subject = now;
    next.signedIn(user, tokens, deviceKey);
  }

  @Override
  public synchronized void signedOut() {
    if (subject != null) {
      userChanged.run();
    }
    subject = null;
    next.signedOut();
  }
}
