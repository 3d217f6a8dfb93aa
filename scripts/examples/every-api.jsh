// One identity, every API style the sandbox serves: the IAM REST API, token authorizers, AppSync
// GraphQL, a Lambda function URL, and STS saying who the credentials are.
//
// Run: cogsh run scripts/examples/every-api.jsh --sandbox
// The AWS CLI gets the same identity through credential_process (docs/credentials.md):
//   aws sts get-caller-identity --profile cogsh --endpoint-url http://127.0.0.1:PORT

// 1. Sign in (the sandbox's demo user).
auth.login();

// 2. The REST API, IAM-authorized (execute-api).
expect(api.post("/notes", Map.of("content", "from REST"))).status(200);

// 2b. A REST API's Cognito user pool authorizer takes the ID token; an HTTP API's JWT authorizer
//     wants an access token with the route's scope, and cogsh names the scope that is missing.
expect(api.auth(ID_TOKEN).get("/cognito/notes")).status(200);
var scoped = api.auth(ACCESS_TOKEN).get("/jwt/notes");
expect(scoped).status(403);
check(scoped.diagnosis().summary().contains("notes/read"), "the diagnosis names the missing scope", scoped.diagnosis().summary());

// 3. AppSync: GraphQL signed for appsync; a GraphQL error would make ok() false.
var created = api.graphql(
    "mutation Create($content: String!) { createNote(content: $content) { id content } }",
    Map.of("content", "from GraphQL"));
check(created.ok(), "createNote answered without errors", created);
var listed = api.graphql("{ notes { id } }");
check(listed.ok(), "notes answered without errors", listed);
check(listed.data().path("notes").size() >= 2, "both notes are listed", listed);

// 4. A Lambda function URL: on loopback the host says nothing, so say the service.
String functionUrl = api.config().apiUrl().resolve("/lambda/hello").toString();
var lambda = expect(api.request("GET", functionUrl).service("lambda").send()).status(200).json();
check(lambda.at("/requestContext/authorizer/iam/userArn").asText().contains("Cognito_sandboxAuth_Role"),
    "the function sees the authenticated role", lambda);

// 5. A presigned URL: the signature and session token ride in the query, so any client can make
//    that one call until it expires (here: sent with nothing of ours, auth NONE).
var presigned = api.presign("GET", "/notes", Duration.ofMinutes(5));
check(presigned.getRawQuery().contains("X-Amz-Expires=300"), "the URL lives 5 minutes");
expect(api.request("GET", presigned.toString()).auth(NONE).send()).status(200);

// 6. Who AWS says the credentials are: the authenticated role's ARN.
var me = creds.whoami();
System.out.println(me);
check(me.role().equals("Cognito_sandboxAuth_Role"), "creds.whoami() is the authenticated role", me);
