package dev.cogsh.sandbox;

import java.util.List;
import java.util.Locale;

/**
 * What a signed API request must sign, checked before the signature: {@code host} as API Gateway
 * requires, and (the sandbox's stricter choices, listed in docs/sandbox.md) one {@code
 * Authorization} header only, {@code x-amz-date} and {@code x-amz-security-token} signed when sent
 * as headers, and {@code SignedHeaders} lower-case and sorted as SigV4 writes them.
 */
final class SignedHeaderRules {
  private SignedHeaderRules() {}

  static void check(Request request, List<String> signedHeaders, boolean presigned) {
    List<String> authorizations = request.headers().get("authorization");
    if (authorizations != null && authorizations.size() > 1) {
      throw incomplete(
          "The request has "
              + authorizations.size()
              + " Authorization headers; send exactly one (the sandbox refuses more).");
    }
    for (int i = 0; i < signedHeaders.size(); i++) {
      String name = signedHeaders.get(i);
      if (!name.equals(name.toLowerCase(Locale.ROOT))
          || i > 0 && signedHeaders.get(i - 1).compareTo(name) >= 0) {
        throw incomplete(
            "SignedHeaders must be lower-case, sorted and without repeats, as SigV4 writes them;"
                + " got '"
                + String.join(";", signedHeaders)
                + "' (the sandbox is stricter than AWS here).");
      }
    }
    if (!signedHeaders.contains("host")) {
      throw incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    if (presigned) {
      return;
    }
    for (String name : List.of("x-amz-date", "x-amz-security-token")) {
      if (request.header(name) != null && !signedHeaders.contains(name)) {
        throw incomplete(
            "'"
                + name
                + "' is sent but not among the SignedHeaders; sign it (the sandbox is stricter"
                + " than AWS here).");
      }
    }
  }

  private static AwsErrorException incomplete(String message) {
    return AwsErrorException.gateway(403, "IncompleteSignatureException", message);
  }
}
