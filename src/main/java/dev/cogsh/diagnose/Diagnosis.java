package dev.cogsh.diagnose;

import dev.cogsh.api.Diagnostician;
import dev.cogsh.api.Finding;
import dev.cogsh.api.Finding.Kind;
import dev.cogsh.api.Response;
import dev.cogsh.api.SignedRequest;
import dev.cogsh.diagnose.SignatureDiff.Cause;
import dev.cogsh.sigv4.SigningTrace;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a response says about the request's signature or permission, in one line ({@link
 * #summary()}, printed under an error response) and in full ({@link #text()}, what {@code
 * api.diff()} and {@code /diff} show). {@link #of(Response, String)} is the {@link
 * dev.cogsh.api.Diagnostician} the session gives its {@code api}.
 *
 * @param cause the likely cause of a signature problem, or null
 * @param summary one line for the response display, or null when there is nothing to say
 * @param diff the line-by-line comparison for a signature mismatch, else null
 * @param denial the parsed IAM denial, else null
 */
public record Diagnosis(
    Kind kind, Cause cause, String summary, String text, SignatureDiff diff, IamDenial denial)
    implements Finding {

  private static final Pattern REGION =
      Pattern.compile("Credential should be scoped to a valid region, not '([^']*)'");
  private static final Pattern SERVICE =
      Pattern.compile("Credential should be scoped to correct service: '([^']*)'");
  private static final String SCOPE_DATE = "Date in Credential scope does not match";

  /**
   * Reads a response as API Gateway's answers are worded: a signature mismatch (diffed against the
   * request's trace), clock skew, a credential scope error, an IAM denial, an expired or unknown
   * token, an unknown route, an incomplete signature.
   *
   * @param identity who signed (shown with an IAM denial), or null
   */
  public static Diagnosis of(Response r, String identity) {
    return of(r, identity, TokenAuthorizerAnswer.Pool.UNKNOWN);
  }

  /**
   * The session's diagnostician: as {@link #of(Response, String)}, and a token is compared with
   * this pool's issuer and app client.
   *
   * @param issuer the pool's {@code iss}, or null when unknown
   * @param appClientId the app client's id, or null when unknown
   */
  public static Diagnostician forPool(String issuer, String appClientId) {
    TokenAuthorizerAnswer.Pool pool = new TokenAuthorizerAnswer.Pool(issuer, appClientId);
    return (r, identity) -> of(r, identity, pool);
  }

  private static Diagnosis of(Response r, String identity, TokenAuthorizerAnswer.Pool pool) {
    String body = r.text();
    String line = r.statusLine() + "  " + r.request().method() + " " + r.shownTarget();
    if (r.ok()) {
      return new Diagnosis(
          Kind.OK,
          null,
          null,
          line + ": the server accepted the signature; nothing to diff",
          null,
          null);
    }
    Optional<Diagnosis> token = TokenAuthorizerAnswer.of(r, line, pool);
    if (token.isPresent()) {
      return token.get();
    }
    SigningTrace trace = r.trace();
    String changed =
        r.request().changedAfterSigning()
            ? "\n(The request was changed after signing: it was sent as modified, not re-signed.)\n"
            : "";
    Optional<ServerExpectation> expected = ServerExpectation.parse(body);
    if (expected.isPresent() && trace != null) {
      SignatureDiff diff = SignatureDiff.compare(trace, expected.get());
      return new Diagnosis(
          Kind.SIGNATURE_MISMATCH,
          diff.cause(),
          "signature mismatch: " + diff.headline() + " — type /diff",
          line + "\n" + diff.text() + changed,
          diff,
          null);
    }
    Optional<Diagnosis> skew = ClockSkewAnswer.of(body, line, r.request());
    if (skew.isPresent()) {
      return skew.get();
    }
    Optional<Diagnosis> scope =
        trace == null ? Optional.empty() : scope(body, trace, line, r.request());
    if (scope.isPresent()) {
      return scope.get();
    }
    Optional<IamDenial> denial = IamDenial.parse(body);
    if (denial.isPresent()) {
      IamDenial d = denial.get();
      String who = identity == null || identity.isBlank() ? "" : " (" + identity + ")";
      return new Diagnosis(
          Kind.IAM_DENIED,
          null,
          "IAM denied "
              + d.action()
              + (d.role() == null ? "" : " to role " + d.role())
              + who
              + " on "
              + d.resource()
              + " — type /diff",
          line + "\n" + d.text(identity),
          null,
          d);
    }
    if (body.contains("The security token included in the request is expired")) {
      return simple(
          Kind.TOKEN_EXPIRED,
          "the session token expired — creds.refresh(), then send again",
          line
              + "\nThe temporary credentials expired. Fetch new ones (creds.refresh()); cogsh"
              + " does this once by itself when the source can refresh.\n");
    }
    if (body.contains("The security token included in the request is invalid")) {
      return simple(
          Kind.TOKEN_INVALID,
          "the security token is not valid here — credentials from another account or sandbox? creds.refresh()",
          line
              + "\nThe server does not know this access key and session token: they belong to"
              + " another account, region or sandbox, or were copied incompletely.\n");
    }
    if (body.contains("Missing Authentication Token")) {
      return simple(
          Kind.NO_ROUTE,
          "Missing Authentication Token: API Gateway's answer for an unknown path, method or stage"
              + " — check "
              + r.request().frozen().target(),
          line
              + "\nAPI Gateway says 'Missing Authentication Token' when no resource matches the"
              + " path and method (or the stage is wrong), not only when a signature is missing."
              + " The path sent was "
              + r.request().frozen().target()
              + ".\n");
    }
    if (body.contains("Authorization header requires")
        || body.contains("not a valid key=value pair")) {
      return simple(
          Kind.INCOMPLETE_SIGNATURE,
          "incomplete signature: the Authorization header is not SigV4 — type /explain",
          line + "\n" + r.errorMessage() + "\n");
    }
    return new Diagnosis(
        Kind.ERROR, null, null, line + ": " + r.errorMessage() + changed, null, null);
  }

  private static Optional<Diagnosis> scope(
      String body, SigningTrace trace, String line, SignedRequest request) {
    Matcher region = REGION.matcher(body);
    Matcher service = SERVICE.matcher(body);
    Cause cause;
    String what;
    if (region.find()) {
      cause = Cause.REGION;
      what =
          "signed for region " + region.group(1) + ", not the API's — set .region(..) or apiRegion";
    } else if (service.find()) {
      cause = Cause.SERVICE;
      what =
          "signed for service " + trace.scope().service() + ", the API expects " + service.group(1);
    } else if (body.contains(SCOPE_DATE)) {
      cause = Cause.DATE;
      Optional<String> edited = ClockSkewAnswer.editedDate(request);
      what =
          edited.isPresent()
              ? "X-Amz-Date was changed after signing (signed "
                  + trace.amzDate()
                  + ", sent "
                  + edited.get()
                  + "), so its day is not the scope's"
              : "the scope's date is not the date of X-Amz-Date";
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new Diagnosis(
            Kind.CREDENTIAL_SCOPE,
            cause,
            "credential scope: " + what + " — type /diff",
            line + "\nThe credential scope was " + trace.scope().text() + ": " + what + ".\n",
            null,
            null));
  }

  private static Diagnosis simple(Kind kind, String summary, String text) {
    return new Diagnosis(kind, null, summary, text, null, null);
  }

  @Override
  public String toString() {
    return text;
  }
}
