package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.testing.TestData;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signer with the S3 rules of {@link SigningOptions#of} ({@code s3}: the wire path encoded
 * once, dot and empty segments kept, {@code x-amz-content-sha256} signed) gives botocore's
 * canonical request and Authorization for every case of {@code testdata/sigv4/botocore-s3}.
 */
class BotocoreS3Test {

  private static final Path CASES = TestData.path("sigv4/botocore-s3");
  private static final SigningCredentials KEYS =
      SigningCredentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "virtual-host-space-plus",
        "path-style-space-plus",
        "dot-segments-kept",
        "put-body"
      })
  void s3Case_equalsBotocore(String name) throws IOException {
    Path dir = CASES.resolve(name);
    String[] line = read(dir.resolve(name + ".url")).strip().split(" ");
    URI url = URI.create(line[1]);
    byte[] body = Files.readAllBytes(dir.resolve(name + ".body"));
    List<Header> headers =
        body.length == 0
            ? List.of()
            : List.of(new Header("Content-Type", "application/octet-stream"));
    HostScope scope = HostScope.of(url.getHost()).orElseThrow();
    assertThat(scope).isEqualTo(new HostScope("s3", line[2]));
    SigningTrace trace =
        new SigV4Signer()
            .sign(
                new SignableRequest(line[0], url, headers, body),
                KEYS,
                SigningOptions.of(scope.region(), scope.service()),
                Instant.parse("2015-08-30T12:36:00Z"));
    assertThat(trace.canonicalRequestText()).isEqualTo(read(dir.resolve(name + ".creq")));
    assertThat(trace.authorization()).isEqualTo(read(dir.resolve(name + ".authz")));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
