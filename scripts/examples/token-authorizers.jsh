// Token authorizers: the ID token for a REST API's Cognito authorizer, an access token for an HTTP
// API's JWT authorizer, and what cogsh says when that token lacks the route's scope.
//
// Run: cogsh run scripts/examples/token-authorizers.jsh --sandbox

auth.login();

// 1. A route behind a REST Cognito user pool authorizer takes the ID token, raw in Authorization:
//    no SigV4, no AWS credentials fetched.
var mine = api.auth(ID_TOKEN).get("/cognito/notes");
expect(mine).status(200);

// 2. /explain starts with the mode used and why.
/explain
check(api.explain().toString().contains("idToken (.auth(ID_TOKEN) on the request)"), "explain names the mode", api.explain());

// 3. A route behind an HTTP API JWT authorizer wants "Bearer <access token>" with scope
//    notes/read; the SDK sign-in's access token only has aws.cognito.signin.user.admin.
var r = api.auth(ACCESS_TOKEN).get("/jwt/notes");
expect(r).status(403);
check(r.diagnosis().summary().contains("needs scope notes/read"), "the diagnosis names the missing scope", r.diagnosis().summary());

// 4. A client-credentials token asked for notes/read gets in (sent by hand: a user-set
//    Authorization header is kept in any mode but iam).
var machine = api.request("GET", "/jwt/notes").auth(NONE).header("Authorization", "Bearer " + auth.clientCredentials("notes/read")).send();
expect(machine).status(200);
