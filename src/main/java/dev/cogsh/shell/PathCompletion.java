package dev.cogsh.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jline.reader.Candidate;

/**
 * Completes a file path argument ({@code /replay scripts/ex<Tab>}): relative to a base directory,
 * or under the home with {@code ~/}. A directory completes with its slash and goes on; a file ends
 * the argument. Hidden entries only show once their dot is typed.
 */
public final class PathCompletion implements Command.Completion {

  private final Path base;
  private final Path home;

  /**
   * @param base what relative paths are relative to (the working directory)
   * @param home what {@code ~} stands for
   */
  public PathCompletion(Path base, Path home) {
    this.base = base;
    this.home = home;
  }

  @Override
  public List<Candidate> complete(String word) {
    int slash = word.lastIndexOf('/');
    String folderText = slash < 0 ? "" : word.substring(0, slash + 1);
    String prefix = word.substring(slash + 1);
    Path folder = resolve(folderText);
    List<Candidate> candidates = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return candidates;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(prefix) || (name.startsWith(".") && !prefix.startsWith("."))) {
          continue;
        }
        boolean directory = Files.isDirectory(entry);
        String value = folderText + name + (directory ? "/" : "");
        candidates.add(new Candidate(value, value, null, null, null, null, !directory));
      }
    } catch (IOException e) {
      return List.of();
    }
    candidates.sort(Comparator.comparing(Candidate::value));
    return candidates;
  }

  private Path resolve(String folderText) {
    if (folderText.equals("~/") || folderText.startsWith("~/")) {
      return home.resolve(folderText.substring(2));
    }
    return base.resolve(folderText.isEmpty() ? "." : folderText);
  }
}
