// Sign up a new user, confirm it with the code the pool "sent", sign in, and clean up.
//
// Run: cogsh run scripts/examples/sign-up.jsh --sandbox --param NEW_PASSWORD=Sign-Up-Passw0rd!
// On a real pool the code arrives by e-mail: pass it as a parameter instead of sandbox.lastCode.
// At the prompt, auth.signUp("ada@example.com", Map.of()) asks for the password twice (masked).

// 1. SignUp: the pool answers where it sent the confirmation code.
var user = param("NEW_USER", "ada@example.com");
var signedUp = auth.signUp(user, param("NEW_PASSWORD"), Map.of("email", user, "name", "Ada"));
check(!signedUp.confirmed(), "a new user waits for its code", signedUp);

// 2. ConfirmSignUp with the code (on the sandbox: /codes shows it, sandbox.lastCode reads it).
auth.confirmSignUp(sandbox.lastCode(user));

// 3. The new user signs in and reads its own attributes (GetUser).
auth.login(user, param("NEW_PASSWORD"));
checkEquals("Ada", auth.attributes().get("name"), "the name given at sign-up");
expect(api.get("/notes")).status(200);

// 4. DeleteUser: a script confirms by naming the user (the shell asks instead).
auth.deleteUser(user);
check(!auth.signedIn(), "deleting the user signs out", auth.whoami());
