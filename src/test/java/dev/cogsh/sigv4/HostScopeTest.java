package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scope each kind of host implies: regions, services, global endpoints, S3 styles, others. */
class HostScopeTest {

  @ParameterizedTest(name = "[{index}] {0} → {1} {2}")
  @CsvSource(
      nullValues = "NONE",
      value = {
        // API Gateway, REST and HTTP APIs (a $default stage has no path: the host is the same)
        "ly55wbovq4.execute-api.us-east-1.amazonaws.com, execute-api, us-east-1",
        "ABC123.Execute-Api.EU-WEST-3.amazonaws.com:443, execute-api, eu-west-3",
        "abc123.execute-api.cn-north-1.amazonaws.com.cn, execute-api, cn-north-1",
        "abc123.execute-api.us-gov-west-1.amazonaws.com., execute-api, us-gov-west-1",
        // Lambda function URLs and AppSync
        "abcdefghij1234567890klmnop.lambda-url.eu-central-1.on.aws, lambda, eu-central-1",
        "xyz123.appsync-api.ap-southeast-2.amazonaws.com, appsync, ap-southeast-2",
        "xyz123.appsync-realtime-api.us-west-2.amazonaws.com, appsync, us-west-2",
        // S3: path style, virtual-host style, legacy dash form, dualstack, global
        "s3.eu-west-1.amazonaws.com, s3, eu-west-1",
        "examplebucket.s3.us-west-2.amazonaws.com, s3, us-west-2",
        "my.dotted.bucket.s3.ap-northeast-1.amazonaws.com, s3, ap-northeast-1",
        "examplebucket.s3-eu-west-1.amazonaws.com, s3, eu-west-1",
        "examplebucket.s3.dualstack.sa-east-1.amazonaws.com, s3, sa-east-1",
        "s3.amazonaws.com, s3, us-east-1",
        "examplebucket.s3.amazonaws.com, s3, us-east-1",
        "s3-external-1.amazonaws.com, s3, us-east-1",
        // <service>.<region>.amazonaws.com in general, FIPS, dual-stack, other signing names
        "dynamodb.us-east-2.amazonaws.com, dynamodb, us-east-2",
        "sts.eu-north-1.amazonaws.com, sts, eu-north-1",
        "cognito-idp.us-east-1.amazonaws.com, cognito-idp, us-east-1",
        "sqs-fips.us-gov-east-1.amazonaws.com, sqs, us-gov-east-1",
        "email.eu-west-1.amazonaws.com, ses, eu-west-1",
        "streams.dynamodb.us-east-1.amazonaws.com, dynamodb, us-east-1",
        "ec2.il-central-1.api.aws, ec2, il-central-1",
        // global endpoints sign for us-east-1
        "sts.amazonaws.com, sts, us-east-1",
        "iam.amazonaws.com, iam, us-east-1",
        // custom domains, loopback, look-alikes: nothing implied
        "api.example.com, NONE, NONE",
        "127.0.0.1:8080, NONE, NONE",
        "localhost, NONE, NONE",
        "abc.execute-api.us-east-1.amazonaws.com.evil.com, NONE, NONE",
        "examplebucket.s3-accelerate.amazonaws.com, NONE, NONE",
      })
  void scope_fromHost(String host, String service, String region) {
    HostScope scope = HostScope.of(host).orElse(null);
    if (service == null) {
      assertThat(scope).isNull();
    } else {
      assertThat(scope).isEqualTo(new HostScope(service, region));
    }
  }

  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource({
    "abc.execute-api.us-east-1.amazonaws.com, true",
    "abc.lambda-url.us-east-1.on.aws, true",
    "sts.amazonaws.com, true",
    "ec2.il-central-1.api.aws, true",
    "api.example.com, false",
    "amazonaws.com.evil.com, false",
    "127.0.0.1, false",
  })
  void isAws(String host, boolean aws) {
    assertThat(HostScope.isAws(host)).isEqualTo(aws);
  }

  @Test
  void noHost_impliesNothing() {
    assertThat(HostScope.of(null)).isEmpty();
    assertThat(HostScope.of(" ")).isEmpty();
    assertThat(HostScope.isAws(null)).isFalse();
  }
}
