package dev.cogsh.sandbox;

/**
 * The fixed names of the emulated resources. They are constants (per region and stage) so that a
 * {@code cogsh.json} written by one run, and state kept with {@code --state}, stay valid across
 * restarts.
 *
 * @param region the region of every service
 * @param stage the API stage
 */
record SandboxIds(String region, String stage) {

  /** The account id in ARNs. */
  static final String ACCOUNT = "123456789012";

  /** The user pool id, {@code <region>_sandbox01}. */
  String userPoolId() {
    return region + "_sandbox01";
  }

  /** The pool name SRP hashes: the part of the pool id after {@code _}. */
  String poolName() {
    return "sandbox01";
  }

  /** The app client id (26 characters, like Cognito's). */
  String appClientId() {
    return "sandboxappclient0000000001";
  }

  /**
   * A second app client of the pool, for machines: {@code client_credentials} only, with the public
   * demo secret {@link #MACHINE_CLIENT_SECRET}. The API's authorizers do not list it, so its tokens
   * show an audience mismatch.
   */
  String machineClientId() {
    return "sandboxmachineclient000002";
  }

  /** The machine client's secret: public, like the demo password. */
  static final String MACHINE_CLIENT_SECRET = "sandbox-machine-client-demo-secret";

  /** The identity pool id. */
  String identityPoolId() {
    return region + ":5a4db0c5-0000-4000-8000-00000000c0de";
  }

  /** The REST API id in execute-api ARNs. */
  String apiId() {
    return "sandboxapi";
  }

  /** The Identity Pool's {@code Logins} key for the user pool. */
  String loginsKey() {
    return "cognito-idp." + region + ".amazonaws.com/" + userPoolId();
  }

  /** The {@code iss} claim of the pool's tokens. */
  String issuer() {
    return "https://" + loginsKey();
  }

  /** The role a guest identity assumes, as IAM names it in a denial. */
  String unauthenticatedRoleSession() {
    return "arn:aws:sts::"
        + ACCOUNT
        + ":assumed-role/Cognito_sandboxUnauth_Role/CognitoIdentityCredentials";
  }
}
