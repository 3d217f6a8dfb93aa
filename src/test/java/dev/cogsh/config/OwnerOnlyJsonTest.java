package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner-only JSON caches: never fail to read, always written 0600 in a 0700 folder. */
class OwnerOnlyJsonTest {

  @TempDir Path dir;

  @Test
  void aMissingCorruptOrNonObjectFile_readsAsEmpty() throws Exception {
    Path file = dir.resolve("cache.json");
    assertThat(OwnerOnlyJson.read(file).size()).isZero();

    Files.writeString(file, "{not json");
    assertThat(OwnerOnlyJson.read(file).size()).isZero();

    Files.writeString(file, "[1,2]");
    assertThat(OwnerOnlyJson.read(file).size()).isZero();
  }

  @Test
  void written_isReadBack_ownerOnly_andAWideFolderIsTightened() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("state"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = folder.resolve("devices.json");
    ObjectNode object = JsonNodeFactory.instance.objectNode().put("pool user", "key");

    OwnerOnlyJson.write(file, object);

    assertThat(OwnerOnlyJson.read(file)).isEqualTo(object);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
  }
}
