package dev.cogsh.auth;

import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

/**
 * Where Cognito sent a code ({@code CodeDeliveryDetails}): by {@code EMAIL} or {@code SMS}, to a
 * destination Cognito masks itself ({@code d***@e***}).
 *
 * @param medium {@code EMAIL} or {@code SMS}
 * @param destination the masked address or number
 * @param attribute the attribute it was sent to ({@code email}, {@code phone_number})
 */
public record CodeDelivery(String medium, String destination, String attribute) {

  static CodeDelivery of(CodeDeliveryDetailsType details) {
    if (details == null) {
      return new CodeDelivery("UNKNOWN", "?", null);
    }
    return new CodeDelivery(
        details.deliveryMediumAsString(), details.destination(), details.attributeName());
  }

  @Override
  public String toString() {
    return "code sent by " + medium + " to " + destination;
  }
}
