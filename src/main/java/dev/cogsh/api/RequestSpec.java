package dev.cogsh.api;

import dev.cogsh.sigv4.SigningOptions;
import java.time.Duration;
import java.util.List;

/**
 * Everything needed to sign and send a request again (each retry is signed afresh): the frozen
 * request without signature headers, how to sign it, and how to send it.
 *
 * @param retry true or false when the caller said so, null for the default (idempotent methods)
 * @param warnings what building the request noticed (pre-encoded input, replaced headers …)
 * @param auth how the request is authorized (SigV4 only in the {@code iam} mode)
 */
record RequestSpec(
    FrozenRequest request,
    SigningOptions signing,
    Duration timeout,
    Boolean retry,
    boolean http2,
    List<String> warnings,
    ApiAuthorization auth) {

  RequestSpec {
    warnings = List.copyOf(warnings);
  }
}
