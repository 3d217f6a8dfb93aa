package dev.cogsh.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.api.Api;
import dev.cogsh.api.RequestBuilder;
import dev.cogsh.api.Response;
import dev.cogsh.api.SandboxFixture;
import dev.cogsh.api.SignedRequest;
import dev.cogsh.diagnose.SignatureDiff.Cause;
import dev.cogsh.sigv4.AmzDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One deliberately broken request per cause, made by changing the frozen request after signing,
 * sent to the sandbox (which answers as API Gateway does); {@code api.diff()} must name the cause.
 */
class BrokenSignatureSandboxTest {

  static SandboxFixture sandbox;
  static Api api;

  @BeforeAll
  static void start() throws Exception {
    sandbox = new SandboxFixture();
    api = sandbox.api();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Diagnosis broken(RequestBuilder request, UnaryOperator<SignedRequest> change) {
    Response r = api.send(change.apply(request.sign()));
    assertThat(r.status()).as(r.toString()).isEqualTo(403);
    assertThat(api.last()).isSameAs(r);
    return (Diagnosis) api.diff();
  }

  private static String authorization(SignedRequest s) {
    return s.frozen().header("Authorization").orElseThrow();
  }

  @Test
  void pathEncodedOnceBySigner_isPathEncoding() {
    Diagnosis d = broken(api.request("GET", "/echo/a b").doubleEncodePath(false), s -> s);

    assertThat(d.cause()).isEqualTo(Cause.PATH_ENCODING);
    assertThat(d.summary())
        .isEqualTo(
            "signature mismatch: the server's canonical URI differs (path encoded once, expected twice) — type /diff");
  }

  @Test
  void pathEncodedAgainAfterSigning_isPathEncoding() {
    Diagnosis d = broken(api.request("GET", "/echo/a b"), s -> s.withTarget("/prod/echo/a%2520b"));

    assertThat(d.kind()).isEqualTo(Diagnosis.Kind.SIGNATURE_MISMATCH);
    assertThat(d.cause()).isEqualTo(Cause.PATH_ENCODING);
  }

  @Test
  void spaceSentAsPlus_isQueryEncoding() {
    Diagnosis d =
        broken(
            api.request("GET", "/echo/q").query("q", "a b"),
            s -> s.withTarget("/prod/echo/q?q=a+b"));

    assertThat(d.cause()).isEqualTo(Cause.QUERY_ENCODING);
    assertThat(d.summary()).contains("a space sent as '+'");
  }

  @Test
  void parameterAddedAfterSigning_isQuery() {
    Diagnosis d =
        broken(
            api.request("GET", "/echo/q").query("a", "1"),
            s -> s.withTarget("/prod/echo/q?a=1&b=2"));

    assertThat(d.cause()).isEqualTo(Cause.QUERY);
  }

  @Test
  void headerChangedAfterSigning_isHeaderChanged() {
    Diagnosis d =
        broken(
            api.request("GET", "/echo/h").header("X-Trace", "abc"),
            s -> s.withHeader("X-Trace", "abd"));

    assertThat(d.cause()).isEqualTo(Cause.HEADER_CHANGED);
    assertThat(d.summary()).contains("header x-trace differs (changed after signing)");
  }

  @Test
  void securityTokenAddedAgain_isHeaderAdded() {
    Diagnosis d =
        broken(
            api.request("GET", "/echo/h"),
            s -> s.addHeader("X-Amz-Security-Token", sandbox.credentials.sessionToken()));

    assertThat(d.cause()).isEqualTo(Cause.HEADER_ADDED);
    assertThat(d.text()).doesNotContain(sandbox.credentials.sessionToken());
  }

  @Test
  void charsetAppendedAfterSigning_isContentType() {
    Diagnosis d =
        broken(
            api.request("POST", "/echo/ct").json("{\"a\":1}"),
            s -> s.withHeader("Content-Type", "application/json; charset=UTF-8"));

    assertThat(d.cause()).isEqualTo(Cause.CONTENT_TYPE);
  }

  @Test
  void bodyChangedAfterSigning_isPayload() {
    Diagnosis d =
        broken(api.request("POST", "/echo/b").json("{\"a\":1}"), s -> s.withBody("{\"a\": 1}"));

    assertThat(d.cause()).isEqualTo(Cause.PAYLOAD);
    assertThat(d.summary())
        .contains("the payload hash differs (the body sent is not the body signed)");
  }

  @Test
  void dateChangedAfterSigning_isDate() {
    Diagnosis d =
        broken(
            api.request("GET", "/echo/d"),
            s -> s.withHeader("X-Amz-Date", AmzDate.format(s.signedAt().minusSeconds(1))));

    assertThat(d.cause()).isEqualTo(Cause.DATE);
  }

  @Test
  void regionChangedInTheScope_isRegion() {
    Diagnosis d =
        broken(
            api.request("GET", "/echo/r"),
            s ->
                s.withHeader(
                    "Authorization", authorization(s).replace("/us-east-1/", "/eu-west-1/")));

    assertThat(d.kind()).isEqualTo(Diagnosis.Kind.CREDENTIAL_SCOPE);
    assertThat(d.cause()).isEqualTo(Cause.REGION);
    assertThat(d.summary()).contains("signed for region eu-west-1");
  }

  @Test
  void serviceChangedInTheScope_isService() {
    Diagnosis d =
        broken(
            api.request("GET", "/echo/s"),
            s ->
                s.withHeader(
                    "Authorization", authorization(s).replace("/execute-api/", "/apigateway/")));

    assertThat(d.cause()).isEqualTo(Cause.SERVICE);
  }

  @Test
  void signatureChanged_isSignatureOnly() {
    Diagnosis d =
        broken(
            api.request("GET", "/echo/k"),
            s ->
                s.withHeader(
                    "Authorization",
                    authorization(s).replaceAll("Signature=[0-9a-f]{8}", "Signature=00000000")));

    assertThat(d.cause()).isEqualTo(Cause.SIGNATURE_ONLY);
    assertThat(d.summary()).contains("wrong secret key");
  }

  @Test
  void methodChangedAfterSigning_isMethod() {
    Diagnosis d = broken(api.request("GET", "/echo/m"), s -> s.withMethod("DELETE"));

    assertThat(d.cause()).isEqualTo(Cause.METHOD);
  }

  @Test
  void theUntouchedRequest_isAccepted() {
    Response r = api.send(api.request("POST", "/echo/ok").json("{\"a\":1}").sign());

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(api.diff().kind()).isEqualTo(Diagnosis.Kind.OK);
  }

  @Test
  void wrongRegionWhenSigning_isAlsoNamed() {
    Response r = api.request("GET", "/echo/w").region("eu-west-1").send();

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.diagnosis().cause()).isEqualTo(Cause.REGION);
  }
}
