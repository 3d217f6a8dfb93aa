package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical-request rules of Task 1, one table row per rule. */
class CanonicalRequestTest {

  private static final SigningOptions API = SigningOptions.of("us-east-1", "execute-api");
  private static final String EMPTY_HASH =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static List<Header> headersOf(String... nameValues) {
    List<Header> headers = new java.util.ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      headers.add(new Header(nameValues[i], nameValues[i + 1]));
    }
    return headers;
  }

  private static CanonicalRequest withHeaders(List<Header> headers) {
    List<String> names = headers.stream().map(Header::name).toList();
    return CanonicalRequest.of("GET", "/", null, headers, names, EMPTY_HASH, API);
  }

  @Test
  void canonicalRequest_withRepeatedHeader_joinsValuesWithComma() {
    CanonicalRequest c =
        withHeaders(
            headersOf("My-Header1", "value4", "my-header1", "value1", "MY-HEADER1", "value3"));
    assertThat(c.canonicalHeaders())
        .containsExactly(new Header("my-header1", "value4,value1,value3"));
    assertThat(c.signedHeaders()).containsExactly("my-header1");
  }

  @Test
  void canonicalRequest_withRepeatedEmptyValues_keepsEmptySlots() {
    assertThat(withHeaders(headersOf("x", "a", "x", "", "x", "  ", "x", "b")).canonicalHeaders())
        .containsExactly(new Header("x", "a,,,b"));
  }

  @Test
  void canonicalRequest_withFoldedHeader_collapsesLinesToSingleSpaces() {
    assertThat(
            withHeaders(headersOf("My-Header1", "value1\n  value2\n     value3"))
                .canonicalHeaders())
        .containsExactly(new Header("my-header1", "value1 value2 value3"));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' → ''{1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`  value1  `|value1",
        "`\"a   b   c\"`|`\"a b c\"`",
        "`a\t\tb`|a b",
        "`a \r\n b`|a b",
        "`VALUE1`|VALUE1",
        "`   `|``",
        "``|``",
      })
  void canonicalHeaderValue_isTrimmedWithWhitespaceRunsCollapsed(String raw, String canonical) {
    assertThat(CanonicalHeaders.value(raw)).isEqualTo(canonical);
  }

  @Test
  void canonicalRequest_headerNames_areLowerCasedAndSorted() {
    CanonicalRequest c =
        withHeaders(headersOf("X-B", "2", "Host", "h", "x-a", "1", "Content-Type", "t"));
    assertThat(c.signedHeaders()).containsExactly("content-type", "host", "x-a", "x-b");
  }

  @Test
  void canonicalRequest_signedNameMissingFromTheRequest_getsAnEmptyValue() {
    CanonicalRequest c =
        CanonicalRequest.of(
            "GET", "/", null, headersOf("Host", "h"), List.of("host", "X-Gone"), EMPTY_HASH, API);
    assertThat(c.canonicalHeaders())
        .containsExactly(new Header("host", "h"), new Header("x-gone", ""));
  }

  @Test
  void canonicalRequest_unsignedHeaders_areLeftOut() {
    CanonicalRequest c =
        CanonicalRequest.of(
            "GET",
            "/",
            null,
            headersOf("Host", "h", "Authorization", "x", "Accept", "*/*"),
            List.of("host"),
            EMPTY_HASH,
            API);
    assertThat(c.signedHeaders()).containsExactly("host");
  }

  @ParameterizedTest(name = "[{index}] {0} normalize={1} double={2} → {3}")
  @CsvSource({
    "'',                    true,  true,  /",
    "/,                     true,  true,  /",
    "relative/path,         true,  true,  /relative/path",
    "/prod/notes/a%20b,     true,  true,  /prod/notes/a%2520b",
    "/prod/notes/a%20b,     true,  false, /prod/notes/a%20b",
    "/dev/mypath%2Fnext,    true,  true,  /dev/mypath%252Fnext",
    "/dev/mypath%2Fnext,    true,  false, /dev/mypath%2Fnext",
    "/a+b,                  true,  true,  /a%2Bb",
    "/a$b/c:d@e,            true,  true,  /a%24b/c%3Ad%40e",
    "/%7Euser/~x,           true,  true,  /%257Euser/~x",
    "/%7Euser/~x,           true,  false, /~user/~x",
    "/ሴ,                    true,  true,  /%E1%88%B4",
    "/-._~AZaz09,           true,  true,  /-._~AZaz09",
    "/a/b/../c,             true,  true,  /a/c",
    "/a/./b/,               true,  true,  /a/b/",
    "/a/b/..,               true,  true,  /a",
    "/a/b/.,                true,  true,  /a/b",
    "/../a,                 true,  true,  /a",
    "//a//b//,              true,  true,  /a/b/",
    "/example/..,           true,  true,  /",
    "/./,                   true,  true,  /",
    "//a//b//,              false, true,  //a//b//",
    "/a/../b,               false, true,  /a/../b",
    "/a//b,                 false, false, /a//b",
  })
  void canonicalUri_table(
      String rawPath, boolean normalize, boolean doubleEncode, String expected) {
    assertThat(CanonicalUri.of(rawPath, normalize, doubleEncode)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] ?{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "NULL",
      value = {
        "NULL|``",
        "``|``",
        "b=2&a=1|a=1&b=2",
        "Param2=value2&Param1=value1|Param1=value1&Param2=value2",
        "a=2&a=1&a=10|a=1&a=10&a=2",
        "Param1=value2&Param1=Value1|Param1=Value1&Param1=value2",
        "a|a=",
        "a=|a=",
        "a&&b|a=&b=",
        "=x&a=1|a=1",
        "a=x%20%20y|a=x%20%20y",
        "a=x+y|a=x%2By",
        "a=1=2|a=1%3D2",
        "a=%7E&b=~|a=~&b=~",
        "a=%2f|a=%2F",
        "%E1%88%B4=1|%E1%88%B4=1",
        "ሴ=bar|%E1%88%B4=bar",
        "k=*!()',:@$;/?|k=%2A%21%28%29%27%2C%3A%40%24%3B%2F%3F",
        "a=%zz|a=%25zz",
        "a=%FF|a=%FF",
        "Param-3=Value3&Param=Value2&%E1%88%B4=Value1|%E1%88%B4=Value1&Param=Value2&Param-3=Value3",
      })
  void canonicalQuery_table(String rawQuery, String expected) {
    assertThat(CanonicalQuery.of(rawQuery)).isEqualTo(expected);
  }

  @Test
  void canonicalRequest_verifier_leavesTheSignatureParameterOut() {
    CanonicalRequest c =
        CanonicalRequest.of(
            "GET",
            "/",
            "X-Amz-Date=1&X-Amz-Signature=abc&a=1",
            headersOf("Host", "h"),
            List.of("host"),
            EMPTY_HASH,
            API);
    assertThat(c.canonicalQuery()).isEqualTo("X-Amz-Date=1&a=1");
  }

  @Test
  void canonicalRequest_text_isTheSixPartsJoinedWithNewlines() {
    CanonicalRequest c =
        CanonicalRequest.of(
            "GET",
            "/",
            null,
            headersOf("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z"),
            List.of("host", "x-amz-date"),
            EMPTY_HASH,
            SigningOptions.of("us-east-1", "service"));
    // From aws-c-auth-v4/get-vanilla/header-canonical-request.txt
    assertThat(c.text())
        .isEqualTo(
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                + "host;x-amz-date\n"
                + EMPTY_HASH);
  }
}
