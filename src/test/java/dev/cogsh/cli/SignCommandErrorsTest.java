package dev.cogsh.cli;

import static dev.cogsh.cli.SignHarness.KEY;
import static dev.cogsh.cli.SignHarness.KEYS;
import static dev.cogsh.cli.SignHarness.SECRET;
import static dev.cogsh.cli.SignHarness.TOKEN;
import static dev.cogsh.cli.SignHarness.URL;
import static dev.cogsh.cli.SignHarness.args;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.cli.SignHarness.Run;
import dev.cogsh.sigv4.Signatures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code cogsh sign}: every input error, its one line on stderr and exit status 2; Main. */
class SignCommandErrorsTest {

  @TempDir Path home;

  private final ObjectMapper json = new ObjectMapper();

  private Run run(Map<String, String> env, String stdin, List<String> args) {
    return new SignHarness(home).run(env, stdin, args);
  }

  /** Each bad input: the arguments (keys added unless the row is about keys), the message. */
  static Stream<Arguments> badInputs() {
    Path missing = Path.of("/nonexistent/cogsh-test/missing.json");
    Object[][] table = {
      {List.of("--url", URL), "no method — add --method GET"},
      {List.of("--method", "GET"), "no URL — add --url https://"},
      {
        List.of("--method", "GET", "--url", "/prod/notes"),
        "the URL '/prod/notes' is relative — give an absolute URL"
      },
      {
        List.of("--method", "GET", "--url", "https://h/a b"),
        "is not valid (Illegal character in path at index 11) — percent-encode"
      },
      {List.of("--method", "G T", "--url", URL), "'G T' is not an HTTP method"},
      {
        List.of("--method", "GET", "--url", URL, "--header", "NoColon"),
        "malformed header 'NoColon' — write it as --header 'Name: value'"
      },
      {
        List.of("--method", "GET", "--url", URL, "--header", "Bad Name: v"),
        "malformed header 'Bad Name: v'"
      },
      {
        List.of("--method", "POST", "--url", URL, "--data", "@" + missing),
        "cannot read --data file '" + missing + "' (NoSuchFileException) — check the path"
      },
      {
        List.of("--method", "GET", "--url", "https://api.example.com/x"),
        "no region for host api.example.com — add --region"
      },
      {
        List.of("--method", "GET", "--url", URL, "--date", "2015-08-30"),
        "the date '2015-08-30' is not a SigV4 date — write it as 20150830T123600Z"
      },
      {
        List.of("--method", "GET", "--url", URL, "--presign", "0"),
        "--presign 0 is out of range — a presigned URL lives 1 to 604800 seconds"
      },
      {
        List.of("--method", "GET", "--url", URL, "--json", "--jsonl"),
        "--json and --jsonl together — pick one"
      },
      {
        List.of("--method", "GET", "--url", URL, "--access-key", KEY),
        "--access-key without --secret-key — give both"
      },
      {
        List.of("--method", "GET", "--url", URL, "--session-token", TOKEN),
        "--session-token without --access-key and --secret-key"
      },
      {
        List.of("--method", "GET", "--url", "ftp://h/x", "--region", "us-east-1"),
        "is not http or https"
      },
    };
    return Stream.of(table).map(row -> Arguments.of(row[0], row[1]));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("badInputs")
  void badInput_oneLineOnStderr_exit2(List<String> args, String message) {
    List<String> given = new ArrayList<>(args);
    if (!given.contains("--access-key") && !given.contains("--session-token")) {
      given.addAll(KEYS);
    }
    Run r = run(Map.of(), "", given);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("cogsh sign: ").contains(message).contains(" — ");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
    assertThat(r.err()).doesNotContain(SECRET);
  }

  @Test
  void missingCredentials_oneLineNamingTheFlags_exit2() {
    Run r =
        run(Map.of("AWS_ACCESS_KEY_ID", "AKIDONLY"), "", List.of("--method", "GET", "--url", URL));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "cogsh sign: no AWS credentials (no flags, no AWS_ACCESS_KEY_ID, no profile 'default')"
                + " — pass --access-key and --secret-key (and --session-token for temporary keys)"
                + System.lineSeparator());
  }

  @Test
  void main_registersSign_andItsUsageErrorsExit2() {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("sign", "--help")).isZero();
    assertThat(out.toString())
        .contains("--presign=SECONDS")
        .contains("--jsonl")
        .contains("Exit status");
    assertThat(cli.execute("sign", "--no-such-flag")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--no-such-flag'");
  }

  @Test
  void main_dataEqualsAtFile_readsTheFile() throws IOException {
    // Through Main with every input given as a flag: nothing of the real world is read.
    Path file = Files.writeString(home.resolve("note.json"), "{\"content\": \"hello world\"}");
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    int status =
        cli.execute(
            "sign",
            "--method",
            "POST",
            "--url",
            URL,
            "--date",
            "20150830T123600Z",
            "--access-key",
            KEY,
            "--secret-key",
            SECRET,
            "--data=@" + file,
            "--json");
    assertThat(status).isZero();
    assertThat(json.readTree(out.toString()).get("canonicalRequest").asText())
        .endsWith("\n" + Signatures.sha256Hex(Files.readAllBytes(file)));
  }
}
