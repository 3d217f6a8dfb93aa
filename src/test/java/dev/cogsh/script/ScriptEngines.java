package dev.cogsh.script;

import dev.cogsh.engine.Engine;
import dev.cogsh.engine.EngineOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Engines for script tests: the host class path, the scenario functions imported. */
final class ScriptEngines {

  static final String IMPORTS = "import java.util.*;\nimport static dev.cogsh.script.Scenario.*;\n";

  private ScriptEngines() {}

  /** An engine with {@link #IMPORTS}; its own output is discarded. */
  static Engine start() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Engine.start(
        new EngineOptions(
            System.getProperty("java.class.path"),
            StartupScripts.of(List.of(new Script("imports", IMPORTS))),
            sink,
            sink));
  }
}
