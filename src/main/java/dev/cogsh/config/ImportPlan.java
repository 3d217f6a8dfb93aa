package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes an import makes to {@code cogsh.json}, computed before anything is written: values
 * added, values already there, and values that differ (replaced only with {@code --force}).
 */
public final class ImportPlan {

  /** What happens to one value. */
  public enum Action {
    /** The key is new. */
    ADD,
    /** The file already has this value. */
    KEEP,
    /** The file has another value, replaced because of {@code force}. */
    REPLACE,
    /** The file has another value and keeps it: nothing is written without {@code force}. */
    CONFLICT
  }

  /**
   * One key's change.
   *
   * @param key the dotted key, e.g. {@code apiUrl} or {@code profiles.dev.apiUrl}
   * @param before the value in the file, or {@code null}
   * @param after the imported value
   * @param action what happens
   */
  public record Change(String key, String before, String after, Action action) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path target;
  private final String display;
  private final boolean exists;
  private final ObjectNode result;
  private final List<Change> changes;
  private final List<String> messages;
  private final ImportedConfig.Choice chosen;
  private final List<String> loadFailures;
  private final boolean force;

  private ImportPlan(
      Path target,
      String display,
      boolean exists,
      ObjectNode result,
      List<Change> changes,
      List<String> messages,
      ImportedConfig.Choice chosen,
      List<String> loadFailures,
      boolean force) {
    this.target = target;
    this.display = display;
    this.exists = exists;
    this.result = result;
    this.changes = List.copyOf(changes);
    this.messages = List.copyOf(messages);
    this.chosen = chosen;
    this.loadFailures = List.copyOf(loadFailures);
    this.force = force;
  }

  static ImportPlan create(ImportedConfig found, ImportOptions options, Environment environment) {
    Path target = environment.cwd().resolve(options.target());
    String display = environment.display(target);
    boolean exists = Files.isRegularFile(target);
    ObjectNode before = JsonNodeFactory.instance.objectNode();
    if (exists) {
      JsonNode parsed = ConfigFile.parse(target, display, JSON);
      if (!parsed.isObject()) {
        throw new ConfigException(
            display + " must hold a JSON object; nothing was written",
            "fix or remove " + display + " and import again");
      }
      before = (ObjectNode) parsed;
    }
    List<String> messages = new ArrayList<>();
    ImportedConfig.Choice chosen = ImportChoices.choose(found, options.api(), messages);
    ImportMerge merge = new ImportMerge(before, options.force());

    Map<Field, String> base = new EnumMap<>(Field.class);
    base.putAll(found.values());
    if (chosen != null) {
      base.putAll(chosen.values());
    }
    String basePrefix = options.profile() == null ? "" : "profiles." + options.profile() + ".";
    merge.apply(basePrefix, base);

    for (ImportedConfig.Choice other : found.choices()) {
      if (other == chosen) {
        continue;
      }
      Map<Field, String> values = new EnumMap<>(Field.class);
      values.putAll(found.values());
      values.putAll(other.values());
      // A profile overlays the top level: keep only what differs from it.
      values.entrySet().removeIf(e -> e.getValue().equals(merge.topLevel(e.getKey())));
      String name = ImportChoices.profileName(other.name(), options.profile());
      merge.apply("profiles." + name + ".", values);
      messages.add(
          "the "
              + ImportChoices.kind(found)
              + " \""
              + other.name()
              + "\" becomes profile \""
              + name
              + "\" (/config use "
              + name
              + ", --profile "
              + name
              + ")");
    }
    ObjectNode result = merge.result();
    List<String> loadFailures = new ArrayList<>();
    messages.addAll(ImportChoices.check(result, target, display, loadFailures));
    return new ImportPlan(
        target,
        display,
        exists,
        result,
        merge.changes(),
        messages,
        chosen,
        loadFailures,
        options.force());
  }

  /** The file that would be written. */
  public Path target() {
    return target;
  }

  /** The API or stage chosen for the top level, if there were any. */
  public ImportedConfig.Choice chosen() {
    return chosen;
  }

  /** Every key the import touches, in order. */
  public List<Change> changes() {
    return changes;
  }

  /** Choices made, profiles created, problems the result would have when loaded. */
  public List<String> messages() {
    return messages;
  }

  /** True when values differ and {@code force} was not given: {@link #write()} would refuse. */
  public boolean conflicts() {
    return changes.stream().anyMatch(c -> c.action() == Action.CONFLICT);
  }

  /** The errors that would stop the written file from loading (empty when it would load). */
  public List<String> loadFailures() {
    return loadFailures;
  }

  /**
   * After a {@code --force} write of a result that will not load, what to say of it ({@code shown}:
   * the file as the user knows it); empty when the written file loads.
   */
  public Optional<String> writtenAnyway(String shown) {
    return loadFailures.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "Wrote "
                + shown
                + " anyway (--force); it will not load until this is fixed: "
                + loadFailures.get(0));
  }

  /**
   * True when the result would not load and {@code force} was not given: {@link #write()} would
   * refuse rather than leave a configuration that {@code scripts/cogsh} cannot start with.
   */
  public boolean wouldNotLoad() {
    return !loadFailures.isEmpty() && !force;
  }

  /** True when writing would change the file. */
  public boolean changesAnything() {
    return changes.stream().anyMatch(c -> c.action() == Action.ADD || c.action() == Action.REPLACE);
  }

  /** The resulting JSON text. */
  public String json() {
    return ConfigWriter.text(result);
  }

  /**
   * What the import does, key by key: {@code + added}, {@code = kept}, {@code ~ replaced}, {@code !
   * differs}.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(exists ? "Merging into " : "Writing ")
        .append(display)
        .append(exists ? "" : " (new file)")
        .append(":\n");
    for (Change c : changes) {
      switch (c.action()) {
        case ADD -> out.append("  + ").append(c.key()).append(": ").append(c.after());
        case KEEP ->
            out.append("  = ")
                .append(c.key())
                .append(": ")
                .append(c.after())
                .append(" (unchanged)");
        case REPLACE ->
            out.append("  ~ ")
                .append(c.key())
                .append(": ")
                .append(c.before())
                .append(" → ")
                .append(c.after())
                .append(" (replaced)");
        case CONFLICT ->
            out.append("  ! ")
                .append(c.key())
                .append(": the file has ")
                .append(c.before())
                .append(", the import has ")
                .append(c.after());
      }
      out.append('\n');
    }
    messages.forEach(m -> out.append("  note: ").append(m).append('\n'));
    if (conflicts()) {
      out.append("Nothing written: ")
          .append(count(Action.CONFLICT))
          .append(
              " value(s) differ from the file. Use --force to replace them, or --profile NAME to"
                  + " import into a profile.\n");
    } else if (wouldNotLoad()) {
      out.append("Nothing written: ")
          .append(display)
          .append(" would not load (")
          .append(loadFailures.get(0))
          .append("). Fix the value in the source file, or use --force to write it anyway.\n");
    } else if (!changesAnything()) {
      out.append(display).append(" already has every imported value.\n");
    }
    return out.toString();
  }

  /**
   * Writes the result atomically; refuses (ConfigException) when there are conflicts or when the
   * result would not load, unless {@code force}.
   */
  public void write() {
    if (conflicts()) {
      throw new ConfigException(
          count(Action.CONFLICT)
              + " value(s) in "
              + display
              + " differ from the import; nothing written",
          "use --force to replace them, or --profile NAME to import into a profile");
    }
    if (wouldNotLoad()) {
      throw new ConfigException(
          display
              + " would not load after the import ("
              + loadFailures.get(0)
              + "); nothing written",
          "fix the value in the source file, or use --force to write it anyway");
    }
    if (changesAnything()) {
      ConfigWriter.write(target, display, result);
    }
  }

  private long count(Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }

  @Override
  public String toString() {
    return describe();
  }
}
