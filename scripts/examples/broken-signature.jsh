// A broken signature, explained: a header changed after the request was signed.
//
// Run: cogsh run scripts/examples/broken-signature.jsh --sandbox

auth.login();

// 1. Sign a request with an X-Trace header, then change the header before sending it.
var signed = api.request("GET", "/echo/trace").header("X-Trace", "abc").sign();
var r = api.send(signed.withHeader("X-Trace", "abd"));

// 2. API Gateway (here the sandbox) rejects it with its "should have been" message.
expect(r).status(403).header("x-amzn-ErrorType", "InvalidSignatureException");

// 3. /diff compares our canonical request with the server's, marks the first difference and
//    names the cause (api.diff() is the same in Java).
/diff
check(api.diff().summary().contains("changed after signing"), "the diff names the cause", api.diff().summary());
