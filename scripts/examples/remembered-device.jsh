// A remembered device: MFA once, then the device's own SRP proof stands in for it.
//
// Run: cogsh run scripts/examples/remembered-device.jsh --sandbox --sandbox-devices always \
//        --sandbox-user-totp mfa@example.com:Mfa-Passw0rd1:JBSWY3DPEHPK3PXP \
//        --param MFA_PASSWORD=Mfa-Passw0rd1 --param TOTP_SECRET=JBSWY3DPEHPK3PXP
// The device key, group key and device password are kept owner-only in
// $XDG_STATE_HOME/cogsh/devices.json (else ~/.local/state/cogsh/devices.json).

// 1. First sign-in: no TOTP secret given, so it pauses at SOFTWARE_TOKEN_MFA...
var user = param("MFA_USER", "mfa@example.com");
try { auth.login(user, param("MFA_PASSWORD")); } catch (dev.cogsh.auth.AuthException e) { }
checkEquals("SOFTWARE_TOKEN_MFA", auth.pendingChallenge().get().name(), "the first sign-in asks for MFA");

// 2. ...and the code from the authenticator finishes it. Cognito announces a new device;
//    auth confirms it (ConfirmDevice) and, on this pool, it is remembered at once.
auth.answer(dev.cogsh.otp.Totp.code(param("TOTP_SECRET"), java.time.Instant.now()));
check(auth.devices().stream().anyMatch(d -> d.thisDevice() && d.remembered()), "the device is remembered", auth.devices());

// 3. Sign out and in again: DEVICE_SRP_AUTH replaces the MFA step, so nothing pauses.
auth.logout();
auth.login(user, param("MFA_PASSWORD"));
check(auth.signedIn(), "signed in again without an MFA code", auth.whoami());

// 4. The refresh sends the device key (a device-tracking pool refuses a refresh without it).
auth.refresh();
expect(api.get("/notes")).status(200);

// 5. Forget the device: the next sign-in would ask for MFA again.
auth.forgetDevice();
check(auth.devices().isEmpty(), "no device left", auth.devices());
