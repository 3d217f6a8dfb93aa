package dev.cogsh.diagnose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IAM denial as API Gateway words it: {@code [User:
 * ]arn:aws:sts::<acct>:assumed-role/<role>/<session> is not authorized to perform:
 * execute-api:Invoke on resource: arn:aws:execute-api:…}.
 *
 * @param principal the ARN that was denied
 * @param role the role name of an assumed-role ARN, or null
 * @param session the role session name, or null
 * @param action e.g. {@code execute-api:Invoke}
 * @param resource the ARN of the method: {@code
 *     arn:aws:execute-api:<region>:<acct>:<api>/<stage>/<METHOD>/<path>}
 * @param explicitDeny the message says "with an explicit deny"
 */
public record IamDenial(
    String principal,
    String role,
    String session,
    String action,
    String resource,
    boolean explicitDeny) {

  private static final Pattern DENIAL =
      Pattern.compile(
          "(arn:aws[\\w-]*:(?:sts|iam)::[^\\s\"]+) is not authorized to perform: ([\\w-]+:[\\w*]+)"
              + " on resource: (arn:aws[\\w-]*:[^\\s\"\\\\]+)( with an explicit deny)?");
  private static final Pattern ASSUMED = Pattern.compile(":assumed-role/([^/]+)/(.+)$");

  /** Finds the denial in a response body (JSON or text). */
  public static Optional<IamDenial> parse(String body) {
    if (body == null) {
      return Optional.empty();
    }
    Matcher m = DENIAL.matcher(body);
    if (!m.find()) {
      return Optional.empty();
    }
    String principal = m.group(1);
    Matcher a = ASSUMED.matcher(principal);
    boolean assumed = a.find();
    return Optional.of(
        new IamDenial(
            principal,
            assumed ? a.group(1) : null,
            assumed ? a.group(2) : null,
            m.group(2),
            m.group(3),
            m.group(4) != null));
  }

  /** True when the role looks like an Identity Pool's guest role ({@code …Unauth…}). */
  public boolean guestRole() {
    return role != null && role.toLowerCase(java.util.Locale.ROOT).contains("unauth");
  }

  /** The labelled lines, with the identity in use and what to check. */
  public String text(String identity) {
    StringBuilder out = new StringBuilder("IAM denied the call (the signature was fine)\n");
    line(out, "principal", principal);
    if (role != null) {
      line(out, "role", role + " (session " + session + ")");
    }
    line(out, "action", action);
    line(out, "resource", resource);
    line(out, "identity", identity == null || identity.isBlank() ? "(not known)" : identity);
    out.append('\n');
    if (explicitDeny) {
      out.append("An explicit Deny in a policy matches this call: no Allow can override it.\n");
    } else {
      out.append("The role's policy must allow ")
          .append(action)
          .append(" on ")
          .append(resource)
          .append(" (or a pattern such as ")
          .append(stageWildcard())
          .append(").\n");
    }
    if (guestRole()) {
      out.append(
          "This is the Identity Pool's guest (unauthenticated) role: sign in (auth.login()) and"
              + " fetch credentials again (creds.refresh()) to use the authenticated role.\n");
    }
    return out.toString();
  }

  /** {@code arn:…:<api>/<stage>/*} for the resource's API and stage. */
  String stageWildcard() {
    int slash = resource.indexOf('/');
    int second = slash < 0 ? -1 : resource.indexOf('/', slash + 1);
    return second < 0 ? resource : resource.substring(0, second) + "/*";
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append("  ")
        .append(String.format(java.util.Locale.ROOT, "%-10s", label))
        .append(' ')
        .append(value)
        .append('\n');
  }
}
