package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tab after {@code /config}: its subcommands, the profiles after {@code use}, paths after import.
 */
class ConfigCompletionTest {

  @TempDir Path cwd;
  private OpenSession session;

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  private CommandTable table() throws IOException {
    Files.writeString(
        cwd.resolve("cogsh.json"),
        "{\"apiUrl\": \"https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/dev\","
            + " \"profiles\": {\"prod\": {}, \"preview\": {}, \"dev\": {}}}");
    Files.writeString(cwd.resolve("config.js"), "export default {}");
    Environment environment = new Environment(Map.of(), cwd, cwd);
    session = SessionFactory.open(SessionRequest.asking(environment, ConfigRequest.none()));
    return ShellCommands.standard(session);
  }

  private static List<String> values(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::value).toList();
  }

  @Test
  void config_completesSubcommands_profileNames_andImportPaths() throws IOException {
    CommandTable table = table();

    assertThat(values(table.complete("/config u", 9))).containsExactly("use");
    assertThat(values(table.complete("/config use p", 13))).containsExactly("prod", "preview");
    assertThat(values(table.complete("/config import con", 18))).containsExactly("config.js");
    assertThat(values(table.complete("/config import config.js --f", 28)))
        .containsExactly("--force");
  }
}
