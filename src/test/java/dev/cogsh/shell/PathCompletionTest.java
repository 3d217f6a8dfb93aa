package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File arguments complete from the working directory or, with {@code ~/}, from the home. */
class PathCompletionTest {

  @TempDir Path base;
  @TempDir Path home;

  private PathCompletion paths;

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(base.resolve("scripts/examples"));
    Files.writeString(base.resolve("scripts/notes-crud.jsh"), "");
    Files.writeString(base.resolve("scripts/notes-guest.jsh"), "");
    Files.writeString(base.resolve(".hidden.jsh"), "");
    Files.writeString(home.resolve("mine.jsh"), "");
    paths = new PathCompletion(base, home);
  }

  @Test
  void complete_listsTheEntriesOfTheFolderTyped() {
    assertThat(paths.complete("scripts/"))
        .extracting(Candidate::value)
        .containsExactly("scripts/examples/", "scripts/notes-crud.jsh", "scripts/notes-guest.jsh");
    assertThat(paths.complete("scripts/notes-c"))
        .extracting(Candidate::value)
        .containsExactly("scripts/notes-crud.jsh");
  }

  @Test
  void directory_goesOn_fileEndsTheArgument() {
    assertThat(paths.complete("scr"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.value()).isEqualTo("scripts/");
              assertThat(c.complete()).isFalse();
            });
    assertThat(paths.complete("scripts/notes-cr").get(0).complete()).isTrue();
  }

  @Test
  void tilde_meansTheHome_andHiddenEntriesNeedTheirDot() {
    assertThat(paths.complete("~/m")).extracting(Candidate::value).containsExactly("~/mine.jsh");
    assertThat(paths.complete("")).extracting(Candidate::value).doesNotContain(".hidden.jsh");
    assertThat(paths.complete(".h")).extracting(Candidate::value).containsExactly(".hidden.jsh");
    assertThat(paths.complete("nowhere/x")).isEmpty();
  }
}
