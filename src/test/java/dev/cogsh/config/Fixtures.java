package dev.cogsh.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Test helpers: fixture files and an isolated environment (temp cwd and home, given variables). */
final class Fixtures {

  static final String POOL = "us-east-1_AbC123xyz";
  static final String CLIENT = "4abcdefghijklmnopqrstu1234";
  static final String IDENTITY = "us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
  static final String API = "https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod";

  private Fixtures() {}

  /** A fixture from src/test/resources/config. */
  static Path fixture(String name) {
    return Path.of("src/test/resources/config", name).toAbsolutePath();
  }

  /** An environment whose cwd is {@code dir/work} and home {@code dir/home}, both created. */
  static Environment environment(Path dir, Map<String, String> variables) {
    try {
      return new Environment(
          variables,
          Files.createDirectories(dir.resolve("work")),
          Files.createDirectories(dir.resolve("home")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path copy(String fixture, Path dir) {
    try {
      return Files.copy(
          fixture(fixture), dir.resolve(fixture), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal valid cogsh.json. */
  static String json(String... extra) {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"userPoolId\": \"").append(POOL).append("\",\n");
    out.append("  \"appClientId\": \"").append(CLIENT).append("\",\n");
    out.append("  \"identityPoolId\": \"").append(IDENTITY).append("\",\n");
    for (String e : extra) {
      out.append("  ").append(e).append(",\n");
    }
    out.append("  \"apiUrl\": \"").append(API).append("\"\n}\n");
    return out.toString();
  }
}
