package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code POST /} of both Cognito services: dispatch on {@code X-Amz-Target} ({@code
 * AWSCognitoIdentityProviderService.<Op>} or {@code AWSCognitoIdentityService.<Op>}), AWS JSON 1.1
 * in and out.
 */
final class CognitoService {
  private static final String IDP = "AWSCognitoIdentityProviderService.";
  private static final String IDENTITY = "AWSCognitoIdentityService.";

  private final Map<String, Function<ObjectNode, ObjectNode>> operations;
  private final Stats stats;
  private final Faults faults;

  CognitoService(
      UserPoolSignIn signIn,
      Accounts accounts,
      IdentityPool identityPool,
      DeviceOperations devices,
      Stats stats,
      Faults faults) {
    this.stats = stats;
    this.faults = faults;
    Map<String, Function<ObjectNode, ObjectNode>> all = new HashMap<>(devices.operations());
    all.putAll(
        Map.of(
            IDP + "InitiateAuth", signIn::initiateAuth,
            IDP + "RespondToAuthChallenge", signIn::respondToAuthChallenge,
            IDP + "SignUp", accounts::signUp,
            IDP + "ConfirmSignUp", accounts::confirmSignUp,
            IDP + "GetUser", accounts::getUser,
            IDP + "GlobalSignOut", accounts::globalSignOut,
            IDENTITY + "GetId", identityPool::getId,
            IDENTITY + "GetCredentialsForIdentity", identityPool::getCredentialsForIdentity));
    this.operations = Map.copyOf(all);
  }

  Reply handle(Request request) {
    String target = request.header("x-amz-target");
    if (target == null || target.isBlank()) {
      throw AwsErrorException.cognito(
          "UnknownOperationException", "Missing X-Amz-Target header: no operation to call.");
    }
    Function<ObjectNode, ObjectNode> operation = operations.get(target.trim());
    String name = target.substring(target.lastIndexOf('.') + 1).trim();
    if (operation == null) {
      throw AwsErrorException.cognito(
          "UnknownOperationException",
          "The sandbox does not implement " + (name.isEmpty() ? "this operation" : name) + ".");
    }
    stats.count(name);
    Optional<AwsErrorException> fault = faults.take(name, true);
    if (fault.isPresent()) {
      throw fault.get();
    }
    ObjectNode body = Json.request(request.body());
    if ("RespondToAuthChallenge".equals(name) && body.path("ChallengeName").isTextual()) {
      stats.count(name + "." + body.path("ChallengeName").asText());
    }
    return Reply.amzJson(operation.apply(body));
  }
}
