package dev.cogsh.script;

/**
 * What a run sent over the network, counted apart: sign-in and credentials calls to Cognito, and
 * requests to the API. Every attempt counts (a retried request is two).
 *
 * @param cognitoCalls calls to the User Pool and Identity Pool
 * @param apiRequests HTTP requests {@code api} sent
 */
public record Traffic(long cognitoCalls, long apiRequests) {

  /** {@code 3 Cognito calls, 2 API requests}. */
  public String describe() {
    return cognitoCalls
        + (cognitoCalls == 1 ? " Cognito call, " : " Cognito calls, ")
        + apiRequests
        + (apiRequests == 1 ? " API request" : " API requests");
  }
}
