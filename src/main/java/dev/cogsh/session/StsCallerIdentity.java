package dev.cogsh.session;

import dev.cogsh.api.Api;
import dev.cogsh.api.ApiException;
import dev.cogsh.api.CredentialSource;
import dev.cogsh.api.Response;
import dev.cogsh.api.Transport;
import dev.cogsh.config.Config;
import dev.cogsh.creds.AwsCredentials;
import dev.cogsh.creds.CallerIdentity;
import dev.cogsh.creds.CallerIdentityLookup;
import dev.cogsh.creds.CredsException;
import dev.cogsh.sigv4.SigningCredentials;
import java.net.URI;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code creds.whoami()}: STS {@code GetCallerIdentity} (query protocol, an XML answer), signed for
 * {@code sts} with the credentials asked about and sent over the session's transport. The endpoint
 * is the configured Cognito Identity endpoint when there is one (the sandbox and moto serve STS on
 * the same port), else the regional {@code https://sts.<region>.amazonaws.com/}.
 */
final class StsCallerIdentity implements CallerIdentityLookup {

  static final String BODY = "Action=GetCallerIdentity&Version=2011-06-15";

  private final Config config;
  private final Transport transport;

  StsCallerIdentity(Config config, Transport transport) {
    this.config = config;
    this.transport = transport;
  }

  /** Where STS is asked. */
  static URI endpoint(Config config) {
    URI override = config.endpoints().cognitoIdentity();
    if (override != null) {
      String base = override.toString();
      return URI.create(base.endsWith("/") ? base : base + "/");
    }
    return URI.create("https://sts." + config.region() + ".amazonaws.com/");
  }

  @Override
  public CallerIdentity lookUp(AwsCredentials c) {
    URI sts = endpoint(config);
    Api api =
        new Api(
            config,
            CredentialSource.of(
                new SigningCredentials(c.accessKeyId(), c.secretKey(), c.sessionToken())),
            transport,
            Clock.systemUTC());
    Response r;
    try {
      r =
          api.request("POST", sts.toString())
              .contentType("application/x-www-form-urlencoded; charset=utf-8")
              .body(BODY)
              .service("sts")
              .region(config.region())
              .send();
    } catch (ApiException e) {
      throw new CredsException(
          CredsException.Reason.NETWORK,
          "could not ask STS at " + sts + " who the credentials are: " + e.getMessage(),
          e.hint(),
          e);
    }
    String text = r.text();
    if (!r.ok()) {
      String code = element(text, "Code");
      String message = element(text, "Message");
      throw new CredsException(
          CredsException.Reason.OTHER,
          "STS GetCallerIdentity refused ("
              + r.statusLine()
              + (code == null ? "" : ", " + code)
              + "): "
              + (message == null ? r.errorMessage() : message.split("\n", 2)[0]),
          "InvalidClientTokenId or ExpiredToken: creds.refresh(); SignatureDoesNotMatch: check"
              + " the clock and the endpoint ("
              + sts
              + ")");
    }
    String arn = element(text, "Arn");
    if (arn == null) {
      throw new CredsException(
          CredsException.Reason.OTHER,
          "STS at " + sts + " answered without an <Arn>: " + r.errorMessage(),
          "is the endpoint STS? cogsh asks the configured Cognito Identity endpoint, if any");
    }
    return new CallerIdentity(element(text, "Account"), arn, element(text, "UserId"));
  }

  /** The text of the first {@code <name>…</name>}, unescaped, or {@code null}. */
  static String element(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
    if (!m.find()) {
      return null;
    }
    return m.group(1)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
