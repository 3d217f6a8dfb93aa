package dev.cogsh.creds;

import java.util.Objects;

/**
 * Who AWS says the current credentials are ({@code sts:GetCallerIdentity}): the first thing to
 * check when IAM says no.
 *
 * @param account the AWS account id
 * @param arn the caller's ARN: for Identity Pool credentials, the assumed role's session ({@code
 *     arn:aws:sts::123456789012:assumed-role/Cognito_Auth_Role/CognitoIdentityCredentials})
 * @param userId the unique id of the caller ({@code AROA…:CognitoIdentityCredentials} for a role)
 */
public record CallerIdentity(String account, String arn, String userId) {

  public CallerIdentity {
    Objects.requireNonNull(arn, "arn");
  }

  /** The role of an {@code assumed-role} ARN ({@code Cognito_Auth_Role}), else {@code null}. */
  public String role() {
    String marker = ":assumed-role/";
    int at = arn.indexOf(marker);
    if (at < 0) {
      return null;
    }
    String rest = arn.substring(at + marker.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /**
   * {@code arn:aws:sts::…:assumed-role/R/S} then {@code account …, role R, user id …} on a second
   * line.
   */
  @Override
  public String toString() {
    String role = role();
    return arn
        + "\n  account "
        + account
        + (role == null ? "" : ", role " + role)
        + ", user id "
        + userId;
  }
}
