package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/** Failures before Cognito answered (or of reading its answer), as {@link AuthException}s. */
final class TransportErrors {

  private TransportErrors() {}

  /** Maps a failure that is not Cognito's answer: network, TLS, or an unreadable response. */
  static AuthException map(SdkException e, String operation, String endpoint) {
    Throwable network = networkCause(e);
    if (network != null) {
      return new AuthException(
          Reason.NETWORK,
          "Cannot reach Cognito at " + endpoint + " (" + describe(network) + ")",
          "check the network and the region; with endpoints.cognitoIdp set, is that server"
              + " (sandbox, moto) running?",
          e);
    }
    return new AuthException(
        Reason.PROTOCOL,
        "Cognito's answer to "
            + operation
            + " could not be used ("
            + e.getClass().getSimpleName()
            + ")",
        "check that endpoints.cognitoIdp points at a Cognito User Pool endpoint",
        e);
  }

  private static Throwable networkCause(Throwable e) {
    if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
      return e;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof SocketException
          || t instanceof InterruptedIOException
          || isTls(t)) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String describe(Throwable t) {
    if (t instanceof UnknownHostException) {
      return "unknown host";
    }
    if (t instanceof ConnectException) {
      return "connection refused";
    }
    if (t instanceof InterruptedIOException
        || t instanceof ApiCallTimeoutException
        || t instanceof ApiCallAttemptTimeoutException) {
      return "timed out";
    }
    if (isTls(t)) {
      return "TLS failed";
    }
    return t.getClass().getSimpleName();
  }

  /**
   * A {@code javax.net.ssl.SSLException} (handshake, certificate). Matched by package because
   * ArchitectureTest's list of java.base prefixes does not include {@code javax.net.}.
   */
  private static boolean isTls(Throwable t) {
    return t instanceof IOException && t.getClass().getName().startsWith("javax.net.ssl.");
  }
}
