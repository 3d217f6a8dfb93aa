package dev.cogsh.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.human.Redactor;
import dev.cogsh.human.SecretKind;
import dev.cogsh.human.SecretRegistry;
import dev.cogsh.otp.Totp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canary scan finds what is planted, wherever and however it is written, and only that. */
class CanaryScanTest {

  private static final Canaries CANARIES = Canaries.standard();
  private final CanaryScan scan = new CanaryScan(CANARIES);

  @Test
  void files_findACanaryPlantedInANestedFile_withItsFileAndOffset(@TempDir Path home)
      throws IOException {
    Path nested = Files.createDirectories(home.resolve(".config/cogsh/deep"));
    Files.writeString(
        nested.resolve("history"), "auth.login(\"bob\", \"" + CANARIES.password() + "\")\n");
    Files.writeString(home.resolve("notes.txt"), "nothing here\n");

    CanaryScan.Report report = scan.files(home);

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.canary()).isEqualTo("password");
              assertThat(f.form()).isEqualTo("raw");
              assertThat(f.where()).isEqualTo(nested.resolve("history").toString());
              assertThat(f.offset()).isEqualTo("auth.login(\"bob\", \"".length());
              assertThat(f.context()).isEqualTo("auth.login(\"bob\", \"«password»\").");
            });
    assertThat(report.sources()).isEqualTo(2);
  }

  @Test
  void files_findACanaryInABinaryFile(@TempDir Path home) throws IOException {
    byte[] noise = new byte[5000];
    new Random(7).nextBytes(noise);
    byte[] token = CANARIES.sessionToken().getBytes(StandardCharsets.UTF_8);
    byte[] file = Arrays.copyOf(noise, noise.length + token.length + noise.length);
    System.arraycopy(token, 0, file, noise.length, token.length);
    System.arraycopy(noise, 0, file, noise.length + token.length, noise.length);
    Files.write(home.resolve("state.bin"), file);

    assertThat(scan.files(home).findings())
        .extracting(CanaryScan.Finding::canary, CanaryScan.Finding::offset)
        .containsExactly(tuple("sessionToken", 5000L));
  }

  @Test
  void files_ofACleanTree_reportNothing_butCountWhatTheyRead(@TempDir Path home)
      throws IOException {
    Files.createDirectories(home.resolve("a/b"));
    Files.writeString(home.resolve("a/b/history"), "auth.login()\napi.get(\"/notes\")\n");
    Files.writeString(home.resolve("a/log"), "Signed in as demo@example.com, eyJ…(1.1 kB)\n");

    CanaryScan.Report report = scan.files(home);

    assertThat(report.clean()).isTrue();
    assertThat(report.sources()).isEqualTo(2);
    assertThat(report.bytes()).isPositive();
  }

  @Test
  void filesWrittenSince_findANewCanary_andPassOverOlderFiles(@TempDir Path tmp)
      throws IOException {
    java.time.Instant start = java.time.Instant.now().minusSeconds(1);
    Path old = Files.writeString(tmp.resolve("old.txt"), CANARIES.clientSecret());
    Files.setLastModifiedTime(
        old, java.nio.file.attribute.FileTime.from(start.minus(java.time.Duration.ofHours(1))));
    Path fresh = Files.createDirectories(tmp.resolve("run-1"));
    Files.writeString(fresh.resolve("out.log"), "token " + CANARIES.sessionToken());
    Path input = Files.createDirectories(tmp.resolve("inputs"));
    Files.writeString(input.resolve("s.jsh"), "var pw = \"" + CANARIES.password() + "\";");
    Path otherTest = Files.createDirectories(tmp.resolve("junit123"));
    Files.writeString(otherTest.resolve("x"), CANARIES.password());

    CanaryScan.Report report = scan.filesWrittenSince(tmp, start, input);

    assertThat(report.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.where()).endsWith("out.log"))
        .satisfies(f -> assertThat(f.canary()).isEqualTo("sessionToken"));
  }

  @Test
  void files_ofAFolderThatDoesNotExist_isAnError(@TempDir Path home) {
    assertThatThrownBy(() -> scan.files(home.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 17, CanaryScan.CHUNK - 40, CanaryScan.CHUNK - 1, CanaryScan.CHUNK})
  void stream_findsACanaryWherever_evenAcrossTwoReads(int offset) throws IOException {
    byte[] token = CANARIES.refreshToken().getBytes(StandardCharsets.UTF_8);
    byte[] data = new byte[offset + token.length + 3000];
    Arrays.fill(data, (byte) 'x');
    System.arraycopy(token, 0, data, offset, token.length);

    CanaryScan.Report report = scan.stream("stdout", new ByteArrayInputStream(data));

    assertThat(report.findings())
        .extracting(CanaryScan.Finding::where, CanaryScan.Finding::offset)
        .containsExactly(tuple("stdout", (long) offset));
    assertThat(report.bytes()).isEqualTo(data.length);
  }

  @Test
  void text_findsTheJsonEscapedAndUrlEncodedForms() {
    CanaryScan scan = new CanaryScan(Map.of("key", "abc/def+ghi/jkl", "pw", "Pa\"ss!word-123"));

    List<CanaryScan.Finding> found =
        scan.text(
                "body",
                "{\"k\":\"abc\\/def+ghi\\/jkl\",\"p\":\"Pa\\\"ss!word-123\"}"
                    + " ?k=abc%2fdef%2bghi%2fjkl&p=Pa%22ss%21word-123")
            .findings();

    assertThat(found)
        .extracting(CanaryScan.Finding::canary, CanaryScan.Finding::form)
        .containsExactlyInAnyOrder(
            tuple("key", "json \\/"),
            tuple("pw", "json"),
            tuple("key", "url lower-case"),
            tuple("pw", "url"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "ab", "abc"})
  void text_findsACanaryInsideLongerBase64_atEveryAlignment(String before) {
    byte[] plain =
        (before + "client_secret=" + CANARIES.clientSecret() + "&x=1")
            .getBytes(StandardCharsets.UTF_8);

    String standard = Base64.getEncoder().encodeToString(plain);
    String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(plain);

    assertThat(scan.text("basic", "Authorization: Basic " + standard).findings())
        .extracting(CanaryScan.Finding::canary)
        .containsExactly("clientSecret");
    assertThat(scan.text("jwt", "eyJ." + urlSafe + ".sig").findings())
        .extracting(CanaryScan.Finding::canary)
        .containsExactly("clientSecret");
  }

  @Test
  void text_ofRedactedOutput_findsNothing() {
    SecretRegistry registry = new SecretRegistry();
    CANARIES.byName().values().forEach(v -> registry.register(SecretKind.SECRET, v));
    String everything = String.join(" | ", CANARIES.byName().values());

    assertThat(scan.text("raw", everything).findings()).hasSize(9);
    assertThat(scan.text("redacted", new Redactor(registry).redact(everything)).clean()).isTrue();
  }

  @Test
  void canaries_areDistinct_noneInsideAnother_andLookReal() throws IOException {
    Map<String, String> named = CANARIES.byName();
    for (String a : named.values()) {
      for (String b : named.values()) {
        assertThat(a != b && a.contains(b)).as("one canary inside another").isFalse();
      }
    }
    assertThat(CANARIES.password()).matches(p -> meetsCognitoPolicy(p));
    assertThat(CANARIES.newPassword()).matches(p -> meetsCognitoPolicy(p));
    assertThat(Totp.code(CANARIES.totpSecret(), Instant.EPOCH)).hasSize(6);
    assertThat(CANARIES.secretAccessKey()).matches("[A-Za-z0-9+/]{40}");
    assertThat(CANARIES.sessionToken()).startsWith("IQoJb3JpZ2luX2Vj");
    ObjectMapper json = new ObjectMapper();
    for (String jwt : List.of(CANARIES.idToken(), CANARIES.accessToken())) {
      String[] parts = jwt.split("\\.");
      assertThat(parts).hasSize(3);
      assertThat(json.readTree(Base64.getUrlDecoder().decode(parts[1])).path("token_use").asText())
          .isIn("id", "access");
    }
    assertThat(CANARIES.refreshToken().split("\\.")).hasSize(5);
    assertThat(Canaries.fromSeed(1)).isEqualTo(Canaries.fromSeed(1)).isNotEqualTo(CANARIES);
    assertThat(CANARIES.toString()).doesNotContain(CANARIES.password());
  }

  private static boolean meetsCognitoPolicy(String p) {
    return p.length() >= 8
        && p.chars().anyMatch(Character::isUpperCase)
        && p.chars().anyMatch(Character::isLowerCase)
        && p.chars().anyMatch(Character::isDigit)
        && !p.chars().allMatch(Character::isLetterOrDigit);
  }
}
