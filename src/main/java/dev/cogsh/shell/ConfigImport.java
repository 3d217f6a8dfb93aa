package dev.cogsh.shell;

import dev.cogsh.config.ConfigException;
import dev.cogsh.config.ConfigImporter;
import dev.cogsh.config.Environment;
import dev.cogsh.config.ImportOptions;
import dev.cogsh.config.ImportPlan;
import dev.cogsh.config.ImportedConfig;
import dev.cogsh.config.ResolvedConfig;
import dev.cogsh.session.OpenSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code /config import PATH [--api NAME] [--profile NAME] [--force]}: the same {@link
 * ConfigImporter} and {@link ImportPlan} as {@code cogsh config import}, writing the session's
 * configuration file ({@code ./cogsh.json} when it has none).
 */
final class ConfigImport {

  static final List<String> OPTIONS = List.of("--api", "--profile", "--force");

  static final String HELP =
      "/config import PATH [--api NAME] [--profile NAME] [--force] reads the front end's\n"
          + "src/config.js, aws-exports.js or amplify_outputs.json (a folder is searched for them),\n"
          + "shows what it found and what changes, and writes ./cogsh.json (or the file this\n"
          + "session was loaded from). Values that differ are never replaced silently: nothing is\n"
          + "written unless --force is given. --profile NAME imports into profiles.NAME; --api NAME\n"
          + "picks the API for the top level when there are several (the others become profiles).";

  private ConfigImport() {}

  /** The parsed arguments. */
  private record Request(String path, String api, String profile, boolean force) {}

  static boolean run(CommandContext context, OpenSession session, List<String> words) {
    Request request = parse(words);
    if (request == null) {
      context.error("usage: /config import PATH [--api NAME] [--profile NAME] [--force]");
      return false;
    }
    Environment environment = session.environment();
    Path target =
        session.resolved().flatMap(ResolvedConfig::file).orElse(environment.projectConfigFile());
    ImportPlan plan;
    try {
      ConfigImporter importer = new ConfigImporter(environment);
      ImportedConfig found = importer.read(Path.of(request.path()));
      print(context, found.describe(environment));
      plan =
          importer.plan(
              found, new ImportOptions(target, request.api(), request.profile(), request.force()));
      print(context, plan.describe());
      if (plan.conflicts()) {
        context.error(
            "/config import: nothing written; add --force to replace the values that differ");
        return false;
      }
      if (plan.wouldNotLoad()) {
        context.error(
            "/config import: nothing written; the result would not load (fix the source file,"
                + " or add --force to write it anyway)");
        return false;
      }
      plan.write();
    } catch (ConfigException e) {
      context.error("/config import: " + e.getMessage());
      context.print("hint: " + e.hint());
      return false;
    }
    if (plan.changesAnything()) {
      String shown = environment.display(plan.target());
      Optional<String> anyway = plan.writtenAnyway(shown);
      if (anyway.isPresent()) {
        context.print(anyway.get());
        return true;
      }
      context.print("Wrote " + shown + ".");
    }
    next(context, plan, request);
    return true;
  }

  /** Tells the user how to use what was written. */
  private static void next(CommandContext context, ImportPlan plan, Request request) {
    List<String> profiles =
        plan.changes().stream()
            .map(ImportPlan.Change::key)
            .filter(key -> key.startsWith("profiles.") && key.indexOf('.', 9) > 0)
            .map(key -> key.substring("profiles.".length(), key.indexOf('.', 9)))
            .distinct()
            .toList();
    if (request.profile() == null) {
      context.print(
          "Next: /config use loads the file's top level in this session (or restart cogsh).");
    }
    profiles.forEach(
        p -> context.print("Next: /config use " + p + " switches to profile " + p + "."));
  }

  private static Request parse(List<String> words) {
    String path = null;
    String api = null;
    String profile = null;
    boolean force = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "--force" -> force = true;
        case "--api", "--profile" -> {
          if (i + 1 >= words.size()) {
            return null;
          }
          if (word.equals("--api")) {
            api = words.get(++i);
          } else {
            profile = words.get(++i);
          }
        }
        default -> {
          if (path != null || word.startsWith("-")) {
            return null;
          }
          path = word;
        }
      }
    }
    return path == null ? null : new Request(path, api, profile, force);
  }

  private static void print(CommandContext context, String text) {
    text.stripTrailing().lines().forEach(context::print);
  }
}
