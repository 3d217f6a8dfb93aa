package dev.cogsh.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The project's own test vectors, {@code src/test/resources/testdata} (origins and licenses in its
 * README), found on the test class path so that no test reads outside the repository.
 */
public final class TestData {

  private TestData() {}

  /**
   * @param relative a path below {@code testdata/}, e.g. {@code "srp/device-vectors.json"}
   * @return where that file or folder is on this machine
   */
  public static Path path(String relative) {
    URL url = TestData.class.getClassLoader().getResource("testdata/" + relative);
    if (url == null) {
      throw new IllegalStateException(
          "no test data at testdata/" + relative + " on the test class path (src/test/resources)");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
