// cogsh start-up: what every session has. Your own ~/.config/cogsh/startup.jsh runs after it.
// Imports only: the engine compiles them as its warm-up, while the session still opens; keep it
// short (each line is one compilation). The last one names the session objects, the very instances
// the shell holds (dev.cogsh.runtime.Session): auth, creds, api, and sandbox, the codes the sandbox
// "sent" (sandbox.lastCode("ada@example.com")). SignInChoice.*: auth.login(user, EMAIL_OTP).
// java.time.*: api.presign("GET", "/notes", Duration.ofMinutes(5)), .timeout(Duration.ofSeconds(5))
import java.util.*;
import java.time.*;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.config.Config;
import dev.cogsh.auth.*;
import dev.cogsh.creds.*;
import dev.cogsh.api.*;
import dev.cogsh.config.ApiAuth;
import static dev.cogsh.config.ApiAuth.*;
import static dev.cogsh.script.Scenario.*;
import static dev.cogsh.auth.SignInChoice.*;
import static dev.cogsh.runtime.Bindings.*;
