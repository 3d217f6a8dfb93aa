package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Region inference from API Gateway invoke hosts. */
class ExecuteApiHostTest {

  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource(
      nullValues = "NONE",
      value = {
        "ly55wbovq4.execute-api.us-east-1.amazonaws.com, us-east-1",
        "ABC123.Execute-Api.EU-WEST-3.amazonaws.com, eu-west-3",
        "abc123.execute-api.us-gov-west-1.amazonaws.com:443, us-gov-west-1",
        "abc123.execute-api.cn-north-1.amazonaws.com.cn, cn-north-1",
        "abc123.execute-api.us-east-1.amazonaws.com., us-east-1",
        "api.example.com, NONE",
        "execute-api.us-east-1.amazonaws.com, NONE",
        "abc.execute-api.us-east-1.amazonaws.com.evil.com, NONE",
        "127.0.0.1:8080, NONE",
      })
  void region_fromHost(String host, String region) {
    assertThat(ExecuteApiHost.region(host).orElse(null)).isEqualTo(region);
  }
}
