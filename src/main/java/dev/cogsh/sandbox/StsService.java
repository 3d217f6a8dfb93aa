package dev.cogsh.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * STS's {@code GetCallerIdentity} (query protocol: {@code Action=GetCallerIdentity&Version=
 * 2011-06-15} in the query or a form body, SigV4 for service {@code sts}, an XML answer): who the
 * Identity Pool credentials are, as the assumed role's ARN.
 */
final class StsService {

  static final String SERVICE = "sts";
  private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

  private final SandboxIds ids;
  private final SigV4Verifier verifier;
  private final RandomIds random;

  StsService(SandboxIds ids, SigV4Verifier verifier, RandomIds random) {
    this.ids = ids;
    this.verifier = verifier;
    this.random = random;
  }

  /** A query-protocol call at {@code /}: an {@code Action} in the query or in a form body. */
  static boolean isStsCall(Request request) {
    String type = request.header("content-type");
    boolean form =
        type != null
            && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    return request.rawQuery().contains("Action=")
        || form && new String(request.body(), StandardCharsets.UTF_8).contains("Action=");
  }

  Reply handle(Request request) {
    String requestId = random.uuid();
    Map<String, String> params = params(request);
    String action = params.getOrDefault("Action", "");
    if (!action.equals("GetCallerIdentity")) {
      return error(400, "InvalidAction", "Could not find operation " + action, requestId);
    }
    SigV4Verifier.Caller caller;
    try {
      caller = verifier.verify(request);
    } catch (AwsErrorException e) {
      String code =
          switch (e.type()) {
            case "InvalidSignatureException" -> "SignatureDoesNotMatch";
            case "UnrecognizedClientException" -> "InvalidClientTokenId";
            case "MissingAuthenticationTokenException" -> "MissingAuthenticationToken";
            default -> e.type().replace("Exception", "");
          };
      return error(e.status(), code, e.getMessage(), requestId);
    }
    IssuedCredentials c = caller.credentials();
    String role = c.authenticated() ? "Cognito_sandboxAuth_Role" : "Cognito_sandboxUnauth_Role";
    String roleId = c.authenticated() ? "AROASANDBOXAUTHROLE01" : "AROASANDBOXUNAUTHROLE";
    String xml =
        "<GetCallerIdentityResponse xmlns=\""
            + NAMESPACE
            + "\">\n  <GetCallerIdentityResult>\n    <Arn>arn:aws:sts::"
            + SandboxIds.ACCOUNT
            + ":assumed-role/"
            + role
            + "/CognitoIdentityCredentials</Arn>\n    <UserId>"
            + roleId
            + ":CognitoIdentityCredentials</UserId>\n    <Account>"
            + SandboxIds.ACCOUNT
            + "</Account>\n  </GetCallerIdentityResult>\n  <ResponseMetadata>\n    <RequestId>"
            + requestId
            + "</RequestId>\n  </ResponseMetadata>\n</GetCallerIdentityResponse>\n";
    return xml(200, xml, requestId);
  }

  private static Map<String, String> params(Request request) {
    String text =
        request.rawQuery().contains("Action=")
            ? request.rawQuery()
            : new String(request.body(), StandardCharsets.UTF_8);
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static Reply error(int status, String code, String message, String requestId) {
    String xml =
        "<ErrorResponse xmlns=\""
            + NAMESPACE
            + "\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>"
            + code
            + "</Code>\n    <Message>"
            + escape(message)
            + "</Message>\n  </Error>\n  <RequestId>"
            + requestId
            + "</RequestId>\n</ErrorResponse>\n";
    return xml(status, xml, requestId);
  }

  private static Reply xml(int status, String xml, String requestId) {
    return new Reply(
        status,
        Map.of("Content-Type", "text/xml", "x-amzn-RequestId", requestId),
        xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
