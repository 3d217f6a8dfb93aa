package dev.cogsh.auth;

/**
 * What {@code SignUp} answered.
 *
 * @param user the user name signed up
 * @param userSub the new user's immutable id
 * @param confirmed whether the pool confirmed the user at once (a pre-sign-up trigger may)
 * @param delivery where the confirmation code went, or {@code null} when none was sent
 */
public record SignUpResult(String user, String userSub, boolean confirmed, CodeDelivery delivery) {

  /**
   * {@code SignUpResult[user=ann@example.com, confirmed=false, code sent by EMAIL to a***@e***]}:
   * the value's summary; what to do next is the line {@code signUp} prints.
   */
  @Override
  public String toString() {
    return "SignUpResult[user="
        + user
        + ", confirmed="
        + confirmed
        + ", "
        + (delivery == null ? "no code sent" : delivery)
        + "]";
  }

  /** The line {@code signUp} prints: what happened and what to call next. */
  String nextStep() {
    return confirmed
        ? "Signed up " + user + " (confirmed): sign in with auth.login(\"" + user + "\")"
        : "Signed up "
            + user
            + "; "
            + (delivery == null ? "no code sent" : delivery)
            + ": confirm with auth.confirmSignUp(\"…\")";
  }
}
