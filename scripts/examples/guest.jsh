// A guest: unauthenticated Identity Pool credentials, and what IAM says when they call the API.
//
// Run: cogsh run scripts/examples/guest.jsh --sandbox

// 1. Guest credentials: an identity of the pool's unauthenticated role, no sign-in.
var guest = creds.guest();
check(guest.identityId() != null, "a guest identity", guest);

// 2. The notes need a signed-in identity: IAM denies the call, and says who was denied what.
var denied = expect(api.get("/notes")).status(403).header("x-amzn-ErrorType", "AccessDeniedException");
check(denied.text("/Message").contains("is not authorized to perform: execute-api:Invoke"),
    "IAM names the action it denied", denied);

// 3. api.diff() explains the answer: an IAM denial, not a signature problem.
api.diff();

// 4. Back to the signed-in user's credentials for whatever comes next.
creds.useIdentityPool();
