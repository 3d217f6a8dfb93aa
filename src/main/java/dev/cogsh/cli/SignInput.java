package dev.cogsh.cli;

import dev.cogsh.sigv4.Header;
import java.util.List;

/**
 * One request to sign as the user gave it, from flags or from one {@code --jsonl} line; a null part
 * was not given. Secrets are never printed: {@link #toString()} names no values.
 *
 * @param headers null when not given (an empty list is "no headers")
 * @param body the body bytes, or null when not given
 * @param date {@code yyyyMMdd'T'HHmmss'Z'}, or null for now
 * @param presignSeconds the presigned URL's lifetime, or null to sign with a header
 */
record SignInput(
    String method,
    String url,
    List<Header> headers,
    byte[] body,
    String accessKey,
    String secretKey,
    String sessionToken,
    String region,
    String service,
    String date,
    Long presignSeconds) {

  /** This input, with every part it lacks taken from {@code defaults}. */
  SignInput orElse(SignInput defaults) {
    return new SignInput(
        method != null ? method : defaults.method,
        url != null ? url : defaults.url,
        headers != null ? headers : defaults.headers,
        body != null ? body : defaults.body,
        accessKey != null ? accessKey : defaults.accessKey,
        secretKey != null ? secretKey : defaults.secretKey,
        sessionToken != null ? sessionToken : defaults.sessionToken,
        region != null ? region : defaults.region,
        service != null ? service : defaults.service,
        date != null ? date : defaults.date,
        presignSeconds != null ? presignSeconds : defaults.presignSeconds);
  }

  @Override
  public String toString() {
    return "SignInput[" + method + " " + url + "]";
  }
}
