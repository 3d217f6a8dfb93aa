package dev.cogsh.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.api.ApiFixture;
import dev.cogsh.api.CredentialSource;
import dev.cogsh.api.Response;
import dev.cogsh.api.SignedRequest;
import dev.cogsh.api.StubServer;
import dev.cogsh.diagnose.SignatureDiff.Cause;
import dev.cogsh.sigv4.AmzDate;
import dev.cogsh.sigv4.AuthorizationHeader;
import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.Signatures;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.StringToSign;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiagnosisTest {

  // From anchors.md §4.1 (aws-amplify/amplify-js#1643), with the placeholders filled in.
  static final String IAM_DENY =
      "{\"Message\":\"User: arn:aws:sts::123456789012:assumed-role/Cognito_notesUnauth_Role/CognitoIdentityCredentials"
          + " is not authorized to perform: execute-api:Invoke on resource:"
          + " arn:aws:execute-api:us-east-1:123456789012:ly55wbovq4/prod/GET/notes\"}";

  private StubServer stub;
  private ApiFixture f;

  @BeforeEach
  void start() throws Exception {
    stub = StubServer.start();
    f =
        new ApiFixture(
            stub.base().resolve("/prod"),
            new CredentialSource() {
              @Override
              public dev.cogsh.sigv4.SigningCredentials current() {
                return ApiFixture.KEYS;
              }

              @Override
              public String describe() {
                return "identity us-east-1:0000-guest";
              }
            });
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  /** Answers every request as API Gateway does when the signature does not match. */
  private void mismatch() {
    stub.replyWith(
        r -> {
          try {
            AuthorizationHeader auth = AuthorizationHeader.parse(r.header("authorization"));
            CanonicalRequest c =
                CanonicalRequest.of(
                    r.method(),
                    r.rawPath(),
                    r.rawQuery(),
                    r.headers(),
                    auth.signedHeaders(),
                    Signatures.sha256Hex(r.body()),
                    SigningOptions.of("us-east-1", "execute-api"));
            String sts = StringToSign.of(r.header("x-amz-date"), auth.scope(), c.text());
            String message =
                "The request signature we calculated does not match the signature you provided.\n\n"
                    + "The Canonical String for this request should have been\n'"
                    + c.text()
                    + "'\n\nThe String-to-Sign should have been\n'"
                    + sts
                    + "'\n";
            String json = "{\"message\":\"" + message.replace("\n", "\\n") + "\"}";
            return StubServer.Reply.of(403, json, "x-amzn-ErrorType", "InvalidSignatureException");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void iamDenial_isParsed_intoRoleActionResource() {
    IamDenial d = IamDenial.parse(IAM_DENY).orElseThrow();

    assertThat(d.principal())
        .isEqualTo(
            "arn:aws:sts::123456789012:assumed-role/Cognito_notesUnauth_Role/CognitoIdentityCredentials");
    assertThat(d.role()).isEqualTo("Cognito_notesUnauth_Role");
    assertThat(d.session()).isEqualTo("CognitoIdentityCredentials");
    assertThat(d.action()).isEqualTo("execute-api:Invoke");
    assertThat(d.resource())
        .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:ly55wbovq4/prod/GET/notes");
    assertThat(d.guestRole()).isTrue();
    assertThat(d.stageWildcard())
        .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:ly55wbovq4/prod/*");
    assertThat(IamDenial.parse("{\"message\":\"Forbidden\"}")).isEmpty();
  }

  @Test
  void iamDenial_response_showsTheIdentityInUse() {
    stub.reply(403, IAM_DENY, "x-amzn-ErrorType", "AccessDeniedException");

    Response r = f.api.get("/notes");

    assertThat(r.toString())
        .contains(
            "IAM denied execute-api:Invoke to role Cognito_notesUnauth_Role (identity us-east-1:0000-guest) on"
                + " arn:aws:execute-api:us-east-1:123456789012:ly55wbovq4/prod/GET/notes — type /diff");
    Diagnosis d = (Diagnosis) f.api.diff();
    assertThat(d.kind()).isEqualTo(Diagnosis.Kind.IAM_DENIED);
    assertThat(d.text())
        .contains("  role       Cognito_notesUnauth_Role (session CognitoIdentityCredentials)")
        .contains("  action     execute-api:Invoke")
        .contains("  identity   identity us-east-1:0000-guest")
        .contains("guest (unauthenticated) role");
  }

  @Test
  void contentTypeChangedAfterSigning_isDiffed_andTheCauseNamed() {
    mismatch();
    SignedRequest signed = f.api.request("POST", "/notes").json("{}").sign();

    Response r = f.api.send(signed.withHeader("Content-Type", "application/json; charset=UTF-8"));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.toString())
        .endsWith(
            "signature mismatch: header content-type differs ('; charset=UTF-8' appended after signing)"
                + " — type /diff\n");
    Diagnosis d = (Diagnosis) f.api.diff();
    assertThat(d.cause()).isEqualTo(Cause.CONTENT_TYPE);
    assertThat(d.text())
        .contains("≠ header content-type")
        .contains("The request was changed after signing")
        .doesNotContain(ApiFixture.TOKEN);
  }

  @Test
  void pathSignedOnce_isDiffedAsPathEncoding() {
    mismatch();

    f.api.request("GET", "/a b").doubleEncodePath(false).send();

    assertThat(f.api.diff().cause()).isEqualTo(Cause.PATH_ENCODING);
    assertThat(f.api.last().toString())
        .contains(
            "signature mismatch: the server's canonical URI differs (path encoded once, expected twice) — type /diff");
  }

  @Test
  void otherAnswers_haveTheirOwnKinds() {
    stub.reply(403, "{\"message\":\"The security token included in the request is invalid.\"}");
    assertThat(f.api.request("GET", "/x").retry(false).send().diagnosis().kind())
        .isEqualTo(Diagnosis.Kind.TOKEN_INVALID);

    stub.reply(
        403, "{\"message\":\"Credential should be scoped to a valid region, not 'eu-west-1'. \"}");
    Diagnosis scope = (Diagnosis) f.api.get("/x").diagnosis();
    assertThat(scope.kind()).isEqualTo(Diagnosis.Kind.CREDENTIAL_SCOPE);
    assertThat(scope.cause()).isEqualTo(Cause.REGION);

    stub.reply(500, "{\"message\":\"boom\"}");
    Diagnosis error = (Diagnosis) f.api.request("GET", "/x").retry(false).send().diagnosis();
    assertThat(error.kind()).isEqualTo(Diagnosis.Kind.ERROR);
    assertThat(error.summary()).isNull();

    assertThat(f.api.get("/x").diagnosis().kind()).isEqualTo(Diagnosis.Kind.OK);
  }

  @Test
  void clockSkewAnswer_saysHowFarOffThisClockIs() {
    SignedRequest signed = f.api.request("GET", "/notes").sign();
    String server = AmzDate.format(signed.signedAt().plusSeconds(600));
    stub.reply(
        403,
        "{\"message\":\"Signature expired: "
            + AmzDate.format(signed.signedAt())
            + " is now earlier than "
            + AmzDate.format(signed.signedAt().plusSeconds(300))
            + " ("
            + server
            + " - 5 min.)\"}",
        "x-amzn-ErrorType",
        "InvalidSignatureException");

    Response r = f.api.send(signed);

    Diagnosis d = (Diagnosis) r.diagnosis();
    assertThat(d.kind()).isEqualTo(Diagnosis.Kind.CLOCK_SKEW);
    assertThat(d.cause()).isEqualTo(Cause.DATE);
    assertThat(d.summary())
        .isEqualTo(
            "clock skew: the signature expired (this clock is 10m 00s behind the server) — type /diff");
    assertThat(d.text())
        .contains("the server's time was " + server + " and it accepts ±5m 00s")
        .contains("api.clockOffset()");
  }

  @Test
  void theSessionsApi_answersWithADiagnosis_andNoResponseYetIsNone() {
    assertThat(f.api.diff().kind()).isEqualTo(Diagnosis.Kind.NONE);

    f.api.get("/notes");

    assertThat(f.api.diff()).isInstanceOf(Diagnosis.class);
    assertThat(f.api.diff().kind()).isEqualTo(Diagnosis.Kind.OK);
  }
}
