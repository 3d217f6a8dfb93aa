package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of record in a {@code --state} folder, broken: refused at start in one line that names
 * the file and what it lacks, never loaded half-way (an identity without its id would become a new
 * identity at the next sign-in, orphaning its notes, as a user record {@code {}} would).
 */
class SandboxBrokenRecordsTest {
  @TempDir Path state;

  @ParameterizedTest(name = "{0}/x.json = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "identities    | {}                          | an identity record: \"identityId\" is missing",
        "credentials   | {\"accessKeyId\":\"ASIA1\"} | a credentials record: \"secretKey\" is missing",
        "notes         | {\"noteId\":\"n1\"}         | a note record: \"userId\" is missing",
        "sessions      | []                          | a session record: not a JSON object",
        "devices       | {}                          | a device record: \"deviceKey\" is missing",
        "device-tokens | {\"tokenHash\":\"h\"}       | a device token record: \"deviceKey\" is missing",
        "attributes    | {\"username\":\"u\"}        | a user attributes record: \"attributes\" is missing",
        "keys          | {}                          | a signing key record: its RSA key pair does not load",
      })
  void aRecordThatLacksWhatLinksIt_isRefusedAtStart(String collection, String json, String why)
      throws Exception {
    Path record = Files.createDirectories(state.resolve(collection)).resolve("x.json");
    Files.writeString(record, json);

    assertThatThrownBy(this::start)
        .isInstanceOf(SandboxStartException.class)
        .hasMessage("the sandbox state file " + record + " is not " + why)
        .satisfies(
            e -> assertThat(((SandboxStartException) e).hint()).startsWith("restore it from a"));
  }

  @Test
  void aRecordThatDoesNotParse_isSaidInOneLine_withWhereItStops_andNoKeyMaterial()
      throws Exception {
    Map<String, String> broken =
        Map.of(
            "users", "{\"username\": ",
            "keys", "{\"private\": MIIEvQIBADANBgkqhkiG9w0BAQEFAASC}");
    for (Map.Entry<String, String> entry : broken.entrySet()) {
      Path record = Files.createDirectories(state.resolve(entry.getKey())).resolve("x.json");
      Files.writeString(record, entry.getValue());

      assertThatThrownBy(this::start)
          .isInstanceOf(SandboxStartException.class)
          .hasMessageStartingWith("the sandbox state file " + record + " does not parse: ")
          .hasMessageContaining("(line 1, column ")
          .hasMessageNotContaining("\n")
          .hasMessageNotContaining("StreamReadFeature")
          .hasMessageNotContaining("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
      Files.delete(record);
    }
  }

  @Test
  void aFolderWhereARecordBelongs_isNamedAsSuch() throws Exception {
    Path folder = Files.createDirectories(state.resolve("users").resolve("x.json"));

    assertThatThrownBy(this::start)
        .isInstanceOf(SandboxStartException.class)
        .hasMessage("the sandbox state " + folder + " is a folder where a record file belongs");
  }

  @Test
  void aStateFolderThatCannotBeCreated_isRefusedInOneLine() throws Exception {
    Path file = Files.writeString(state.resolve("plain"), "x");
    Path below = file.resolve("state");

    assertThatThrownBy(
            () -> Sandbox.start(SandboxOptions.builder().stateDir(below).build()).close())
        .isInstanceOf(SandboxStartException.class)
        .hasMessage("cannot create the sandbox state folder " + below + ": not a directory");
  }

  private void start() throws Exception {
    Sandbox.start(SandboxOptions.builder().stateDir(state).build()).close();
  }
}
