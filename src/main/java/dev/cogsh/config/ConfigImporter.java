package dev.cogsh.config;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a front end's configuration ({@code src/config.js}, {@code aws-exports.js}, {@code
 * amplify_outputs.json}) and plans the {@code cogsh.json} it implies. Used by {@code cogsh config
 * import} and the shell's {@code /config import}:
 *
 * <pre>{@code
 * ImportedConfig found = importer.read(Path.of("../notes-app-client/src/config.js"));
 * ImportPlan plan = importer.plan(found, new ImportOptions(cwd.resolve("cogsh.json"), null, null, false));
 * print(plan.describe());
 * if (!plan.conflicts()) plan.write();
 * }</pre>
 */
public final class ConfigImporter {

  private final Environment environment;

  public ConfigImporter(Environment environment) {
    this.environment = environment;
  }

  /**
   * Reads and recognises a front-end configuration file. A directory is searched for the usual
   * names ({@code amplify_outputs.json}, {@code src/aws-exports.js}, {@code src/config.js}, …).
   */
  public ImportedConfig read(Path source) {
    Path path = locate(environment.cwd().resolve(source));
    String display = environment.display(path);
    String text;
    try {
      text = TextFiles.readUtf8(path, display, "check the file's permissions");
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          display + " does not exist",
          "give the path of the front end's src/config.js, src/aws-exports.js or"
              + " amplify_outputs.json",
          e);
    }
    return FrontEndFormats.extract(path, display, JsParser.parse(text, display));
  }

  /** Plans writing what was found into the target file (nothing is written yet). */
  public ImportPlan plan(ImportedConfig found, ImportOptions options) {
    return ImportPlan.create(found, options, environment);
  }

  private static Path locate(Path source) {
    if (!Files.isDirectory(source)) {
      return source;
    }
    for (String name :
        new String[] {
          "amplify_outputs.json",
          "src/amplify_outputs.json",
          "src/aws-exports.js",
          "aws-exports.js",
          "src/config.js",
          "src/config.ts",
          "config.js"
        }) {
      if (Files.isRegularFile(source.resolve(name))) {
        return source.resolve(name);
      }
    }
    return source.resolve("src/config.js"); // reported as missing
  }
}
