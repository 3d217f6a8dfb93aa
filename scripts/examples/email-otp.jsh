// E-mail OTP sign-in: choice-based sign-in (USER_AUTH) with a code sent by e-mail, no password.
//
// Run: cogsh run scripts/examples/email-otp.jsh --sandbox
// The sandbox "sends" the code to GET /_sandbox/messages; sandbox.lastCode(user, "EMAIL_OTP") reads it.
// On a real pool, the code arrives in the user's mailbox: auth.answer("12345678").

// 1. Ask for a code by e-mail: a script has no terminal to type it at, so the sign-in pauses at EMAIL_OTP.
var user = param("OTP_USER", "demo@example.com");
try { auth.login(user, EMAIL_OTP); } catch (dev.cogsh.auth.AuthException e) { }
checkEquals("EMAIL_OTP", auth.pendingChallenge().get().name(), "the sign-in waits for the e-mailed code");

// 2. The code from the mailbox (here the sandbox's) finishes it; no password was used.
auth.answer(sandbox.lastCode(user, "EMAIL_OTP"));
check(auth.signedIn(), "signed in with the e-mailed code", auth.whoami());

// 3. The tokens work like any others: credentials from the Identity Pool, a signed API call.
expect(api.get("/notes")).status(200);
