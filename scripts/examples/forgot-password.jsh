// A forgotten password: a code to the user's e-mail, then a new password with it.
//
// Run: cogsh run scripts/examples/forgot-password.jsh --sandbox \
//        --param NEW_PASSWORD=Reset-Passw0rd!
// At the prompt, auth.confirmForgotPassword("123456") asks for the new password twice (masked).

// 1. ForgotPassword: the pool sends a code (the sandbox's demo user has an e-mail address).
var user = param("RESET_USER", "demo@example.com");
var sent = auth.forgotPassword(user);
checkEquals("EMAIL", sent.medium(), "the code goes by e-mail");

// 2. A wrong code is refused with a hint, and the right one sets the new password.
try { auth.confirmForgotPassword("000000x", param("NEW_PASSWORD")); check(false, "a wrong code is refused"); } catch (dev.cogsh.auth.AuthException e) { checkEquals("CODE_MISMATCH", e.reason().name(), "wrong code"); }
auth.forgotPassword(user);
auth.confirmForgotPassword(sandbox.lastCode(user, "FORGOT_PASSWORD"), param("NEW_PASSWORD"));

// 3. The new password signs in; then change it once more, signed in (ChangePassword).
auth.login(user, param("NEW_PASSWORD"));
auth.changePassword(param("NEW_PASSWORD"), param("NEW_PASSWORD") + "2");
auth.logout();
auth.login(user, param("NEW_PASSWORD") + "2");
check(auth.signedIn(), "signed in with the changed password", auth.whoami());
