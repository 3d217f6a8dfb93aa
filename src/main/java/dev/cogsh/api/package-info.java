/**
 * Signed HTTP calls to the configured API and their responses: the shell's {@code api} ({@link
 * dev.cogsh.api.Api}).
 *
 * <p>A request is built ({@link dev.cogsh.api.RequestBuilder}), frozen to the byte ({@link
 * dev.cogsh.api.FrozenRequest}: method, wire URL, headers, body), signed with {@code sigv4} ({@link
 * dev.cogsh.api.SignedRequest} keeps the trace) and sent exactly as signed through a {@link
 * dev.cogsh.api.Transport}: {@link dev.cogsh.api.HttpTransport} owns the session's one {@code
 * java.net.http.HttpClient}, built on threads of its own (never a snippet's) and counting what it
 * sends. A {@link dev.cogsh.api.Response} keeps the request it answers, so {@code explain()},
 * {@code diff()} and {@code curl()} ({@link dev.cogsh.api.CurlCommand}) read the last exchange.
 * Retries, clock-skew correction and the refresh of an expired session token happen in one place
 * (package-private {@code Exchange}). Credentials come through {@link
 * dev.cogsh.api.CredentialSource}.
 *
 * <p>Explaining a failed call (the signature diff, IAM denials, clock skew …) is not this package's
 * job: {@code diff()}, {@code Response.diagnosis()} and the line under an error response ask the
 * {@link dev.cogsh.api.Diagnostician} the session gave the api (see {@code dev.cogsh.diagnose}) for
 * a {@link dev.cogsh.api.Finding}; without one they show the status and the server's message.
 */
package dev.cogsh.api;
