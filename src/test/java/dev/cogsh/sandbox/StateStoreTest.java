package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateStoreTest {
  /** Any JSON object: these tests are about files, not the records' fields. */
  private static final RecordShape ANY = RecordShape.of("a record", "delete it");

  @TempDir Path dir;

  @Test
  void put_replacesTheRecordAtomically_andLeavesNoTemporaryFile() throws Exception {
    StateStore store = StateStore.open(dir);

    store.put("notes", "n1", () -> Json.object().put("v", 1));
    store.put("notes", "n1", () -> Json.object().put("v", 2));

    assertThat(store.load("notes", ANY))
        .singleElement()
        .satisfies(n -> assertThat(n.path("v").asInt()).isEqualTo(2));
    try (Stream<Path> files = Files.list(dir.resolve("notes"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("n1.json");
    }
  }

  @Test
  void load_dropsTemporaryFilesThatAKillLeftBehind() throws Exception {
    StateStore store = StateStore.open(dir);
    store.put("notes", "kept", () -> Json.object().put("v", 1));
    Files.writeString(dir.resolve("notes/.12345.tmp"), "{\"v\":");

    assertThat(store.load("notes", ANY)).hasSize(1);
    assertThat(dir.resolve("notes/.12345.tmp")).doesNotExist();
  }

  @Test
  void load_ofARecordThatDoesNotParse_namesTheFile() throws Exception {
    Files.createDirectories(dir.resolve("users"));
    Files.writeString(dir.resolve("users/broken.json"), "{");

    assertThatThrownBy(() -> StateStore.open(dir).load("users", ANY))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broken.json");
  }

  @Test
  void delete_removesTheRecord_andMemoryStoreKeepsNothing() throws Exception {
    StateStore store = StateStore.open(dir);
    store.put("notes", "n1", () -> Json.object());
    store.delete("notes", "n1");

    assertThat(store.load("notes", ANY)).isEmpty();
    StateStore memory = StateStore.memory();
    memory.put(
        "notes",
        "n1",
        () -> {
          throw new AssertionError("a memory store builds no record");
        });
    assertThat(memory.load("notes", ANY)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "demo@example.com, demo%40example.com.json",
    "us-east-1:5a4d, us-east-1%3A5a4d.json",
    "../../etc/passwd, %2E.%2F..%2Fetc%2Fpasswd.json",
    ".hidden, %2Ehidden.json"
  })
  void fileName_keepsEveryIdInsideItsFolder(String id, String expected) {
    assertThat(StateStore.fileName(id)).isEqualTo(expected);
  }
}
