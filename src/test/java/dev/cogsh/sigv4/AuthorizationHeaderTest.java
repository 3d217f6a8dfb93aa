package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing an Authorization header, failing in API Gateway's words (anchors.md §4.1). */
class AuthorizationHeaderTest {

  private static final String VALID =
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
          + " SignedHeaders=host;x-amz-date,"
          + " Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

  @Test
  void parse_validHeader_givesItsParts_andTextRoundTrips() throws IncompleteSignatureException {
    AuthorizationHeader h = AuthorizationHeader.parse(VALID);
    assertThat(h.accessKeyId()).isEqualTo("AKIDEXAMPLE");
    assertThat(h.scope()).isEqualTo(new CredentialScope("20150830", "us-east-1", "service"));
    assertThat(h.signedHeaders()).containsExactly("host", "x-amz-date");
    assertThat(h.signature()).startsWith("5fa00fa3");
    assertThat(h.text()).isEqualTo(VALID);
  }

  @Test
  void parse_toleratesExtraSpacesAndCommasWithoutSpaces() throws IncompleteSignatureException {
    AuthorizationHeader h =
        AuthorizationHeader.parse(
            "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/execute-api/aws4_request,SignedHeaders=host,  Signature=ab");
    assertThat(h.signedHeaders()).containsExactly("host");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Bearer SomeKey|'SomeKey' not a valid key=value pair (missing equal-sign) in Authorization"
            + " header: 'Bearer SomeKey'.",
        "Basic ZDQ6eA|'ZDQ6eA' not a valid key=value pair (missing equal-sign) in Authorization"
            + " header: 'Basic ZDQ6eA'.",
        "eyJraWQiOiJ4In0.eyJzdWIiOiJ5In0.c2ln|Authorization header requires 'Credential'"
            + " parameter. Authorization header requires 'Signature' parameter. Authorization"
            + " header requires 'SignedHeaders' parameter. Authorization=eyJraWQiOiJ4In0.eyJzdWIiOiJ5In0.c2ln",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/execute-api/aws4_request,"
            + " SignedHeaders=host|Authorization header requires 'Signature' parameter."
            + " Authorization=AWS4-HMAC-SHA256"
            + " Credential=AKID/20150830/us-east-1/execute-api/aws4_request, SignedHeaders=host",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/execute-api/us-east-1/aws4_request,"
            + " SignedHeaders=host, Signature=ab|`Credential should be scoped to a valid region,"
            + " not 'execute-api'. `",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/execute-api/aws4,"
            + " SignedHeaders=host, Signature=ab|`Credential should be scoped with a valid"
            + " terminator: 'aws4_request', not 'aws4'. `",
      })
  void parse_badHeader_failsWithApiGatewaysMessage(String value, String message) {
    assertThatThrownBy(() -> AuthorizationHeader.parse(value))
        .isInstanceOf(IncompleteSignatureException.class)
        .hasMessage(message)
        .extracting(e -> ((IncompleteSignatureException) e).hint())
        .isNotNull();
  }

  @Test
  void parse_withoutADateHeader_addsApiGatewaysDateSentence() {
    String jwt = "eyJhbGciOiJSUzI1NiJ9.e30.c2ln";
    assertThatThrownBy(() -> AuthorizationHeader.parse(jwt, false))
        .hasMessage(
            "Authorization header requires 'Credential' parameter. Authorization header requires"
                + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
                + " Authorization header requires existence of either a 'X-Amz-Date' or a 'Date'"
                + " header. Authorization="
                + jwt);
  }

  @Test
  void credentialScope_textAndParse_roundTrip() throws IncompleteSignatureException {
    CredentialScope scope = CredentialScope.parse("20150830/us-east-1/service/aws4_request");
    assertThat(scope.text()).isEqualTo("20150830/us-east-1/service/aws4_request");
    for (String bad : List.of("20150830/us-east-1/service", "2015083/us-east-1/s/aws4_request")) {
      assertThatThrownBy(() -> CredentialScope.parse(bad))
          .isInstanceOf(IncompleteSignatureException.class)
          .hasMessageStartingWith("Credential should be scoped");
    }
  }
}
