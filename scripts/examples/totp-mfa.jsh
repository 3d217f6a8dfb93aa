// Sign-in with TOTP MFA, the one-time code generated from the authenticator's Base32 secret.
//
// Run: cogsh run scripts/examples/totp-mfa.jsh --sandbox \
//        --sandbox-user-totp mfa@example.com:Mfa-Passw0rd1:JBSWY3DPEHPK3PXP \
//        --param MFA_PASSWORD=Mfa-Passw0rd1 --param TOTP_SECRET=JBSWY3DPEHPK3PXP
// In CI, COGSH_TOTP_SECRET answers the challenge of a plain auth.login() the same way.

// 1. Give auth the secret: from now on SOFTWARE_TOKEN_MFA challenges are answered with its codes.
auth.totp(param("TOTP_SECRET"));

// 2. Sign in: SRP first, then Cognito asks for the code, and auth answers it.
auth.login(param("MFA_USER", "mfa@example.com"), param("MFA_PASSWORD"));
checkEquals(param("MFA_USER", "mfa@example.com"), auth.idToken().claim("email"), "the signed-in user");

// 3. The tokens buy credentials like any others: the API answers.
expect(api.get("/notes")).status(200);
