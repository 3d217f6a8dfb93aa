package dev.cogsh.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table itself keeps DESIGN §2's shape: arrows down only, and its "every package but". */
class DesignTableTest {

  private static final List<String> ROWS = List.copyOf(DesignTable.MAY_USE.keySet());

  private static Set<String> rooms(String row) {
    Set<String> rooms = new HashSet<>(DesignTable.MAY_USE.get(row));
    rooms.retainAll(ROWS);
    return rooms;
  }

  private static Set<String> allRoomsBut(String... rows) {
    Set<String> all = new HashSet<>(ROWS);
    List.of(rows).forEach(all::remove);
    return all;
  }

  @Test
  void everyRow_usesOnlyRowsAboveIt_soArrowsPointDown() {
    List<String> up = new ArrayList<>();
    for (String row : ROWS) {
      for (String used : rooms(row)) {
        if (ROWS.indexOf(used) >= ROWS.indexOf(row)) {
          up.add(row + " -> " + used);
        }
      }
    }
    assertThat(up).as("arrows that do not point down the table").isEmpty();
  }

  @Test
  void table_hasNoCycle() {
    PackageGraph graph = new PackageGraph();
    for (String row : ROWS) {
      rooms(row).forEach(used -> graph.add(row, used, new PackageGraph.Example(row, used)));
    }
    assertThat(graph.cycles()).isEmpty();
  }

  @Test
  void everyEntry_isARowALibraryOrAJdkModule() {
    Set<String> known = new HashSet<>(ROWS);
    known.addAll(DesignTable.LIBRARIES.keySet());
    known.addAll(DesignTable.JDK_MODULES);
    for (Map.Entry<String, Set<String>> row : DesignTable.MAY_USE.entrySet()) {
      assertThat(known).as("what %s may use", row.getKey()).containsAll(row.getValue());
    }
  }

  @Test
  void pureCores_useOnlyTheLeaf() {
    assertThat(DesignTable.MAY_USE.get("human")).isEmpty();
    for (String pure : List.of("sigv4", "srp", "otp")) {
      assertThat(DesignTable.MAY_USE.get(pure)).as(pure).containsExactly("human");
    }
    assertThat(DesignTable.PURE).containsExactlyInAnyOrder("human", "sigv4", "srp", "otp");
  }

  @Test
  void leaf_isInEveryOtherRow() {
    for (String row : allRoomsBut("human")) {
      assertThat(DesignTable.MAY_USE.get(row)).as(row).contains("human");
    }
  }

  @Test
  void upperRows_spellOutEveryPackageBut() {
    assertThat(rooms("session")).isEqualTo(allRoomsBut("session", "shell", "cli"));
    assertThat(rooms("shell")).isEqualTo(allRoomsBut("shell", "cli"));
    assertThat(rooms("cli")).isEqualTo(allRoomsBut("cli"));
    Set<String> everyThirdParty = new HashSet<>(DesignTable.LIBRARIES.keySet());
    everyThirdParty.addAll(DesignTable.JDK_MODULES);
    assertThat(DesignTable.MAY_USE.get("cli")).containsAll(everyThirdParty);
  }

  @Test
  void dependencyOf_namesRoomsModulesLibrariesAndTheUnlisted() {
    assertThat(DesignTable.dependencyOf("dev.cogsh.srp.SrpClient")).isEqualTo("srp");
    assertThat(DesignTable.dependencyOf("java.util.Map$Entry")).isEqualTo("java.base");
    assertThat(DesignTable.dependencyOf("java.net.http.HttpClient")).isEqualTo("java.net.http");
    assertThat(DesignTable.dependencyOf("com.sun.net.httpserver.HttpServer"))
        .isEqualTo("jdk.httpserver");
    assertThat(DesignTable.dependencyOf("jdk.jshell.JShell")).isEqualTo("jdk.jshell");
    assertThat(DesignTable.dependencyOf("com.fasterxml.jackson.databind.JsonNode"))
        .isEqualTo("Jackson");
    assertThat(DesignTable.dependencyOf("software.amazon.awssdk.regions.Region")).isEqualTo("SDK");
    assertThat(DesignTable.dependencyOf("picocli.CommandLine")).isEqualTo("picocli");
    assertThat(DesignTable.dependencyOf("org.slf4j.Logger")).isEqualTo("unlisted org.slf4j");
  }
}
