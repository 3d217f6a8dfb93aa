package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A Lambda function URL with {@code AuthType: AWS_IAM}, under {@code /lambda/…} (any method, any
 * path below): SigV4 for service {@code lambda}, then a function that answers with the parts of its
 * event a caller wants to see: the path, method and the IAM caller ({@code
 * requestContext.authorizer.iam}, as the payload format 2.0 event carries it).
 *
 * <p>On loopback the host says nothing, so {@code api} signs for {@code lambda} only when told
 * ({@code .service("lambda")}); a real {@code *.lambda-url.<region>.on.aws} host is inferred.
 * Errors are the function URL's: 403 {@code {"Message":"Forbidden. …"}} without a signature or for
 * a guest (the unauthenticated role may not call {@code lambda:InvokeFunctionUrl}), and the SigV4
 * messages for a wrong signature.
 */
final class LambdaUrl {
  static final String SERVICE = "lambda";
  static final String PREFIX = "/lambda";
  static final String FORBIDDEN =
      "Forbidden. For troubleshooting Function URL authorization issues, see:"
          + " https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html";

  private final SandboxIds ids;
  private final SigV4Verifier verifier;

  LambdaUrl(SandboxIds ids, SigV4Verifier verifier) {
    this.ids = ids;
    this.verifier = verifier;
  }

  /** Whether {@code path} is the function URL's. */
  static boolean owns(String path) {
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  Reply handle(Request request) {
    SigV4Verifier.Caller caller;
    try {
      caller = verifier.verify(request);
    } catch (AwsErrorException e) {
      if (e.type().equals("MissingAuthenticationTokenException")) {
        throw AwsErrorException.accessDenied(FORBIDDEN);
      }
      throw e;
    }
    IssuedCredentials c = caller.credentials();
    if (!c.authenticated()) {
      throw AwsErrorException.accessDenied(FORBIDDEN);
    }
    String rawPath = request.rawPath().substring(PREFIX.length());
    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("rawPath", rawPath.isEmpty() ? "/" : rawPath);
    event.put("rawQueryString", request.rawQuery());
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", SandboxIds.ACCOUNT);
    context.putObject("http").put("method", request.method()).put("path", rawPath);
    ObjectNode iam = context.putObject("authorizer").putObject("iam");
    iam.put("accessKey", c.accessKeyId());
    iam.put("accountId", SandboxIds.ACCOUNT);
    iam.put("callerId", "AROASANDBOXAUTHROLE01:CognitoIdentityCredentials");
    iam.put(
        "userArn",
        "arn:aws:sts::"
            + SandboxIds.ACCOUNT
            + ":assumed-role/Cognito_sandboxAuth_Role/CognitoIdentityCredentials");
    iam.putObject("cognitoIdentity")
        .put("identityId", c.identityId())
        .put("identityPoolId", ids.identityPoolId());
    event.put("body", new String(request.body(), StandardCharsets.UTF_8));
    return new Reply(
        200,
        Map.of("Content-Type", Reply.JSON),
        Json.write(event).getBytes(StandardCharsets.UTF_8));
  }
}
