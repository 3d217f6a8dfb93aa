package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Import → write cogsh.json → load: the loaded configuration has the front end's values. */
class ImportRoundTripTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "tutorial-config.js, us-east-1, us-east-1_AbC123xyz, 4abcdefghijklmnopqrstu1234,"
        + " us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d,"
        + " https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod, us-east-1",
    "tutorial-stages-config.js, us-east-1, us-east-1_f8l0OHPtp, 5r5o292r1n7s2vgje5u5c7vpq0,"
        + " us-east-1:b718098b-fe72-410b-b4c6-0750f9135672,"
        + " https://api.serverless-stack.seed-demo.club/dev, us-east-1",
    "aws-exports.js, eu-west-1, eu-west-1_Zx9Yw8Vu7, 1h2g3f4e5d6c7b8a9z0y1x2w3v,"
        + " eu-west-1:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d,"
        + " https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/dev, eu-west-1",
    "aws-exports-commonjs.js, ap-southeast-2, ap-southeast-2_Qw3Er4Ty5, 7u8i9o0p1a2s3d4f5g6h7j8k9l,"
        + " ap-southeast-2:5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f,"
        + " https://z9y8x7w6v5.execute-api.ap-southeast-2.amazonaws.com/staging, ap-southeast-2",
    "amplify_outputs.json, us-west-2, us-west-2_Ab12Cd34E, 2k3j4h5g6f7d8s9a0q1w2e3r4t,"
        + " us-west-2:7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a,"
        + " https://q1w2e3r4t5.execute-api.us-west-2.amazonaws.com/dev, us-west-2",
    "amplify_outputs-flat.json, eu-central-1, eu-central-1_Mn0Bv9Cx8, 3z4x5c6v7b8n9m0l1k2j3h4g5f,"
        + " eu-central-1:2f3e4d5c-6b7a-4980-a1b2-c3d4e5f6a7b8,"
        + " https://h7g6f5e4d3.execute-api.eu-central-1.amazonaws.com/prod, eu-central-1",
    "amplify-configure-v6.ts, ca-central-1, ca-central-1_Lk8Jh7Gf6, 6y7u8i9o0p1q2w3e4r5t6y7u8i,"
        + " ca-central-1:9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b,"
        + " https://p0o9i8u7y6.execute-api.ca-central-1.amazonaws.com/prod, ca-central-1",
  })
  void importThenLoad_givesTheFrontEndsValues(
      String fixture,
      String region,
      String pool,
      String client,
      String identity,
      String apiUrl,
      String apiRegion) {
    Environment env = Fixtures.environment(dir, Map.of());
    ConfigImporter importer = new ConfigImporter(env);
    importer
        .plan(
            importer.read(Fixtures.fixture(fixture)),
            new ImportOptions(Path.of("cogsh.json"), null, null, false))
        .write();

    ResolvedConfig resolved = new ConfigLoader(env).load(ConfigRequest.none());

    Config config = resolved.config().orElseThrow();
    assertThat(config.region()).isEqualTo(region);
    assertThat(config.userPoolId()).isEqualTo(pool);
    assertThat(config.appClientId()).isEqualTo(client);
    assertThat(config.identityPoolId()).isEqualTo(identity);
    assertThat(config.apiUrl()).isEqualTo(URI.create(apiUrl));
    assertThat(config.apiRegion()).isEqualTo(apiRegion);
    assertThat(config.apiService()).isEqualTo("execute-api");
    assertThat(resolved.warnings()).allMatch(w -> w.contains("removed the trailing '/'"));
  }

  @ParameterizedTest(name = "{0} profile {1}")
  @CsvSource({
    "aws-exports.js, adminApi, eu-west-1_Zx9Yw8Vu7,"
        + " https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com/dev",
    "aws-exports.js, billing-api, eu-west-1_Zx9Yw8Vu7,"
        + " https://k1l2m3n4o5.execute-api.eu-west-1.amazonaws.com/dev",
    "amplify_outputs.json, reportsApi, us-west-2_Ab12Cd34E,"
        + " https://y6u7i8o9p0.execute-api.us-west-2.amazonaws.com/dev",
    "tutorial-stages-config.js, prod, us-east-1_Rq6Bc0Bs0,"
        + " https://api.serverless-stack.seed-demo.club/prod",
  })
  void importThenUseProfile_givesTheOtherApi(
      String fixture, String profile, String pool, String apiUrl) {
    Environment env = Fixtures.environment(dir, Map.of());
    ConfigImporter importer = new ConfigImporter(env);
    importer
        .plan(
            importer.read(Fixtures.fixture(fixture)),
            new ImportOptions(Path.of("cogsh.json"), null, null, false))
        .write();

    ResolvedConfig resolved = new ConfigLoader(env).load(ConfigRequest.none()).withProfile(profile);

    assertThat(resolved.profile()).contains(profile);
    assertThat(resolved.config().orElseThrow().userPoolId()).isEqualTo(pool);
    assertThat(resolved.config().orElseThrow().apiUrl()).isEqualTo(URI.create(apiUrl));
  }
}
