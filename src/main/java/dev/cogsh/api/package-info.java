/**
 * Signed HTTP calls to the configured API, responses, and the debugging of signatures: the shell's
 * {@code api} ({@link dev.cogsh.api.Api}).
 *
 * <p>A request is built ({@link dev.cogsh.api.RequestBuilder}), frozen to the byte ({@link
 * dev.cogsh.api.FrozenRequest}: method, wire URL, headers, body), signed with {@code sigv4} ({@link
 * dev.cogsh.api.SignedRequest} keeps the trace) and sent exactly as signed through a {@link
 * dev.cogsh.api.Transport}: {@link dev.cogsh.api.HttpTransport} owns the session's one {@code
 * java.net.http.HttpClient}, built on threads of its own (never a snippet's) and counting what it
 * sends. A {@link dev.cogsh.api.Response} keeps the request it answers, so {@code explain()},
 * {@code diff()} ({@link dev.cogsh.api.Diagnosis}) and {@code curl()} ({@link
 * dev.cogsh.api.CurlCommand}) read the last exchange. Retries, clock-skew correction and the
 * refresh of an expired session token happen in one place (package-private {@code Exchange}).
 * Credentials come through {@link dev.cogsh.api.CredentialSource}.
 */
package dev.cogsh.api;
