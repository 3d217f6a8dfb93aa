package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Config;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.testing.TestData;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scope {@code api} signs an absolute URL for, inferred from its host; S3 signed as botocore
 * signs it ({@code testdata/sigv4/botocore-s3}: one path encoding, {@code x-amz-content-sha256}).
 */
class HostInferenceTest {

  private static final Path S3_CASES = TestData.path("sigv4/botocore-s3");
  private static final SigningCredentials KEYS =
      SigningCredentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

  private final Api api =
      new Api(
          config("https://ly55wbovq4.execute-api.eu-west-1.amazonaws.com/prod", "execute-api"),
          CredentialSource.of(KEYS),
          new HttpTransport(),
          Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "https://abc.lambda-url.eu-central-1.on.aws/hello, lambda, eu-central-1",
    "https://xyz.appsync-api.ap-southeast-2.amazonaws.com/graphql, appsync, ap-southeast-2",
    "https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15, sts, us-east-1",
    "https://examplebucket.s3.us-west-2.amazonaws.com/a.txt, s3, us-west-2",
    "https://other.execute-api.us-east-2.amazonaws.com/notes, execute-api, us-east-2",
    "/notes, execute-api, eu-west-1",
    "https://api.example.com/v1/notes, execute-api, us-east-1",
  })
  void absoluteUrl_isSignedForTheScopeItsHostImplies(String url, String service, String region) {
    SigningOptions signing = api.request("GET", url).trustHost().spec().signing();
    assertThat(signing.service()).isEqualTo(service);
    assertThat(signing.region()).isEqualTo(region);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "https://abc.lambda-url.eu-central-1.on.aws/hello",
        "https://api.example.com/v1/notes",
      })
  void explicitServiceAndRegion_win(String url) {
    SigningOptions signing =
        api.request("GET", url).trustHost().service("es").region("ca-central-1").spec().signing();
    assertThat(signing.service()).isEqualTo("es");
    assertThat(signing.region()).isEqualTo("ca-central-1");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"virtual-host-space-plus", "path-style-space-plus", "put-body"})
  void s3_canonicalRequestAndAuthorization_equalBotocores(String name) throws IOException {
    Path dir = S3_CASES.resolve(name);
    String[] line = read(dir.resolve(name + ".url")).strip().split(" ");
    byte[] body = Files.readAllBytes(dir.resolve(name + ".body"));
    RequestBuilder request = api.request(line[0], line[1]);
    if (body.length > 0) {
      request.body(body);
    }
    SignedRequest signed = request.sign();
    assertThat(signed.trace().scope().region()).isEqualTo(line[2]);
    assertThat(signed.trace().canonicalRequestText()).isEqualTo(read(dir.resolve(name + ".creq")));
    assertThat(signed.trace().authorization()).isEqualTo(read(dir.resolve(name + ".authz")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "https://examplebucket.s3.us-west-2.amazonaws.com/my file+x.txt,"
        + " /my%20file%2Bx.txt, /my%2520file%252Bx.txt",
    "https://s3.eu-west-1.amazonaws.com/bucket/a%20b, /bucket/a%20b, /bucket/a%2520b",
  })
  void s3_encodesThePathOnce_otherServicesTwice(String url, String s3, String doubled) {
    assertThat(api.request("GET", url).sign().trace().canonicalRequest().canonicalUri())
        .isEqualTo(s3);
    assertThat(
            api.request("GET", url)
                .service("execute-api")
                .sign()
                .trace()
                .canonicalRequest()
                .canonicalUri())
        .isEqualTo(doubled);
    assertThat(api.request("GET", url).sign().trace().signedHeaders())
        .contains("x-amz-content-sha256");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  static Config config(String apiUrl, String service) {
    return Config.builder()
        .region("us-east-1")
        .apiUrl(URI.create(apiUrl))
        .apiService(service)
        .build();
  }
}
