package dev.cogsh.cli;

import static dev.cogsh.cli.SignHarness.KEY;
import static dev.cogsh.cli.SignHarness.KEYS;
import static dev.cogsh.cli.SignHarness.SECRET;
import static dev.cogsh.cli.SignHarness.TOKEN;
import static dev.cogsh.cli.SignHarness.URL;
import static dev.cogsh.cli.SignHarness.args;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.cli.SignHarness.Run;
import dev.cogsh.sigv4.SigV4Signer;
import dev.cogsh.sigv4.SignableRequest;
import dev.cogsh.sigv4.Signatures;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.sigv4.SigningOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogsh sign}: the explanation, the JSON shapes, --jsonl, credentials and bodies. */
class SignCommandTest {

  @TempDir Path home;

  private final ObjectMapper json = new ObjectMapper();

  private Run run(Map<String, String> env, String stdin, List<String> args) {
    return new SignHarness(home).run(env, stdin, args);
  }

  @Test
  void json_printsTheDocumentedObject() throws IOException {
    Run r =
        run(
            Map.of(),
            "",
            args(
                KEYS,
                "--method",
                "get",
                "--url",
                URL,
                "--date",
                "20150830T123600Z",
                "--session-token",
                TOKEN,
                "--header",
                "Accept: application/json",
                "--json"));
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode o = json.readTree(r.out());
    assertThat(fieldNames(o))
        .containsExactly(
            "canonicalRequest",
            "stringToSign",
            "signature",
            "authorization",
            "signedHeaders",
            "headers",
            "url");
    assertThat(o.get("canonicalRequest").asText())
        .startsWith("GET\n/prod/notes/a%2520b\nx=0&x=1\naccept:application/json\n");
    assertThat(o.get("stringToSign").asText())
        .startsWith(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/execute-api/aws4_request\n");
    assertThat(o.get("signedHeaders").asText())
        .isEqualTo("accept;host;x-amz-date;x-amz-security-token");
    assertThat(o.get("authorization").asText())
        .isEqualTo(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/execute-api/aws4_request,"
                + " SignedHeaders=accept;host;x-amz-date;x-amz-security-token, Signature="
                + o.get("signature").asText());
    assertThat(o.get("headers").toString())
        .isEqualTo(
            "[[\"Accept\",\"application/json\"],"
                + "[\"Host\",\"abc123.execute-api.us-east-1.amazonaws.com\"],"
                + "[\"X-Amz-Date\",\"20150830T123600Z\"],"
                + "[\"X-Amz-Security-Token\",\""
                + TOKEN
                + "\"],"
                + "[\"Authorization\",\""
                + o.get("authorization").asText()
                + "\"]]");
    assertThat(o.get("url").asText()).isEqualTo(URL);
    // The same request through the library gives the same signature.
    String expected =
        new SigV4Signer()
            .sign(
                SignableRequest.of("GET", URI.create(URL)).withHeader("Accept", "application/json"),
                new SigningCredentials(KEY, SECRET, TOKEN),
                SigningOptions.of("us-east-1", "execute-api"),
                Instant.parse("2015-08-30T12:36:00Z"))
            .signature();
    assertThat(o.get("signature").asText()).isEqualTo(expected);
  }

  @Test
  void withoutJson_printsTheExplanation_withTheTokenMasked() {
    Run r =
        run(Map.of(), "", args(KEYS, "--method", "GET", "--url", URL, "--session-token", TOKEN));
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("Task 1: canonical request")
        .contains("  canonical URI      /prod/notes/a%2520b")
        .contains("  request date       20251129T120000Z")
        .contains("Task 4: add the signature to the request")
        .contains("IQo…(")
        .doesNotContain(TOKEN)
        .doesNotContain(SECRET);
  }

  @Test
  void showSigningKey_printsTheDerivedKey() {
    Run r =
        run(
            Map.of(),
            "",
            args(
                KEYS,
                "--method",
                "GET",
                "--url",
                "https://example.amazonaws.com/",
                "--region",
                "us-east-1",
                "--service",
                "service",
                "--date",
                "20150830T123600Z",
                "--show-signing-key"));
    // From src/test/resources/testdata/sigv4/README.md (derived signing key).
    assertThat(r.out())
        .contains(
            "signing key        938127b5336810ddb6a5d6af445fcac9e371f9ed418ed386b022aed82901be75");
  }

  @Test
  void presign_givesAUrlAndNoAuthorization() throws IOException {
    Run r =
        run(
            Map.of(),
            "",
            args(KEYS, "--method", "GET", "--url", URL, "--presign", "900", "--json"));
    JsonNode o = json.readTree(r.out());
    assertThat(o.get("authorization").isNull()).isTrue();
    assertThat(o.get("url").asText())
        .startsWith(
            URL + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20251129")
        .contains(
            "&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature="
                + o.get("signature").asText());
  }

  @Test
  void data_fromFile_isSignedByteForByte() throws IOException {
    byte[] body = {0, 1, 2, (byte) 0xff, '{', '}'};
    Path file = Files.write(home.resolve("body.bin"), body);
    Run r =
        run(
            Map.of(),
            "",
            args(KEYS, "--method", "POST", "--url", URL, "--data", "@" + file, "--json"));
    assertThat(json.readTree(r.out()).get("canonicalRequest").asText())
        .endsWith("\n" + Signatures.sha256Hex(body));
    Run inline =
        run(Map.of(), "", args(KEYS, "--method", "POST", "--url", URL, "--data", "{}", "--json"));
    assertThat(json.readTree(inline.out()).get("canonicalRequest").asText())
        .endsWith("\n" + Signatures.sha256Hex("{}".getBytes(StandardCharsets.UTF_8)));
    Run stdin =
        run(
            Map.of(),
            "{}",
            List.of(
                "--method",
                "POST",
                "--url",
                URL,
                "--data",
                "@-",
                "--json",
                "--access-key",
                KEY,
                "--secret-key",
                SECRET));
    assertThat(json.readTree(stdin.out()).get("signature"))
        .isEqualTo(json.readTree(inline.out()).get("signature"));
  }

  @Test
  void credentials_fromTheEnvironment_whenNoFlags() throws IOException {
    Map<String, String> env =
        Map.of(
            "AWS_ACCESS_KEY_ID",
            "ASIAENVKEY1234567890",
            "AWS_SECRET_ACCESS_KEY",
            SECRET,
            "AWS_SESSION_TOKEN",
            TOKEN);
    JsonNode o =
        json.readTree(run(env, "", List.of("--method", "GET", "--url", URL, "--json")).out());
    assertThat(o.get("authorization").asText()).contains("Credential=ASIAENVKEY1234567890/");
    assertThat(o.get("signedHeaders").asText()).endsWith("x-amz-security-token");
    JsonNode flags =
        json.readTree(run(env, "", args(KEYS, "--method", "GET", "--url", URL, "--json")).out());
    assertThat(flags.get("authorization").asText()).contains("Credential=AKIDEXAMPLE/");
  }

  @Test
  void credentials_fromTheProfileInTheGivenHome() throws IOException {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        home.resolve(".aws/credentials"),
        "[default]\naws_access_key_id = AKIDDEFAULTPROFILE\naws_secret_access_key = s1\n"
            + "[work]\naws_access_key_id = AKIDWORKPROFILE00\naws_secret_access_key = s2\n");
    List<String> args = List.of("--method", "GET", "--url", URL, "--json");
    assertThat(json.readTree(run(Map.of(), "", args).out()).get("authorization").asText())
        .contains("Credential=AKIDDEFAULTPROFILE/");
    assertThat(
            json.readTree(run(Map.of("AWS_PROFILE", "work"), "", args).out())
                .get("authorization")
                .asText())
        .contains("Credential=AKIDWORKPROFILE00/");
    Run missing = run(Map.of("AWS_PROFILE", "nope"), "", args);
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("profile 'nope'");
  }

  @Test
  void jsonl_signsEachLine_andAnswersABadLineInPlace() throws IOException {
    String lines =
        String.join(
            "\n",
            "{\"method\":\"GET\",\"url\":\"" + URL + "\",\"date\":\"20150830T123600Z\"}",
            "{\"method\":\"GET\",\"url\":\"/relative\"}",
            "not json",
            "",
            "{\"method\":\"POST\",\"url\":\"https://example.com/x\",\"region\":\"eu-west-1\","
                + "\"service\":\"lambda\",\"headers\":[[\"Content-Type\",\"application/json\"]],"
                + "\"body\":\"{}\",\"accessKey\":\"AKIDLINEKEY\",\"secretKey\":\"s\","
                + "\"sessionToken\":\"tok\",\"presign\":60}",
            "{\"method\":\"GET\",\"url\":\"" + URL + "\",\"header\":[]}");
    Run r = run(Map.of(), lines, args(KEYS, "--jsonl"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEmpty();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      out.add(json.readTree(line));
    }
    assertThat(out).hasSize(5);
    assertThat(out.get(0).get("authorization").asText())
        .contains("Credential=AKIDEXAMPLE/20150830/us-east-1/execute-api/aws4_request");
    assertThat(out.get(1).toString())
        .startsWith("{\"line\":2,\"error\":\"the URL '/relative' is relative — ");
    assertThat(out.get(2).get("line").asInt()).isEqualTo(3);
    assertThat(out.get(2).get("error").asText()).startsWith("not JSON");
    assertThat(out.get(3).get("url").asText())
        .contains("X-Amz-Credential=AKIDLINEKEY%2F20251129%2Feu-west-1%2Flambda");
    assertThat(out.get(3).get("signedHeaders").asText()).isEqualTo("content-type;host");
    assertThat(out.get(4).get("line").asInt()).isEqualTo(6);
    assertThat(out.get(4).get("error").asText())
        .startsWith("unknown field 'header' — the fields are method, url, headers, body,");
  }

  @Test
  void jsonl_allLinesGood_exitsZero() {
    String line = "{\"method\":\"GET\",\"url\":\"" + URL + "\"}\n";
    Run r = run(Map.of(), line + line, args(KEYS, "--jsonl"));
    assertThat(r.status()).isZero();
    assertThat(r.out().split("\n")).hasSize(2);
  }

  private static List<String> fieldNames(JsonNode o) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
