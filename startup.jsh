// cogsh start-up: what every session has. Your own ~/.config/cogsh/startup.jsh runs after it.
// Each line is compiled at start-up, on a background thread: keep it short.
import java.util.*;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.config.Config;
import dev.cogsh.auth.*;
import dev.cogsh.creds.*;
import dev.cogsh.api.*;
import dev.cogsh.config.ApiAuth;
import static dev.cogsh.config.ApiAuth.*;
import static dev.cogsh.script.Scenario.*;
import static dev.cogsh.auth.SignInChoice.*; // auth.login(user, EMAIL_OTP)

// The session objects: the very instances the shell holds (dev.cogsh.runtime.Session).
Auth auth = dev.cogsh.runtime.Session.auth();
Creds creds = dev.cogsh.runtime.Session.creds();
Api api = dev.cogsh.runtime.Session.api();
// The codes the sandbox "sent" (sign-up, password reset): sandbox.lastCode("ada@example.com").
SandboxCodes sandbox = dev.cogsh.runtime.Session.sandbox();
