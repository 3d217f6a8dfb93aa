// cogsh start-up: what every session has. Runs before the session objects are bound and before
// your own ~/.config/cogsh/startup.jsh. Keep it to imports: each line is compiled at start-up.
import java.util.*;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.config.Config;
