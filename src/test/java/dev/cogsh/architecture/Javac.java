package dev.cogsh.architecture;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles Java sources held in strings into a folder, at test time, with the JDK's javac. */
final class Javac {

  /** The project's compiled classes, which fixtures may use like any class in src/main. */
  static final Path PROJECT_CLASSES = Path.of("target/classes");

  private Javac() {}

  /**
   * Compiles {@code sources} (file name such as {@code dev/cogsh/srp/Planted.java} → text) into
   * {@code out}, with debug information (so local variable tables exist) and the class path given;
   * fails with javac's messages if they do not compile.
   */
  static void compile(Path out, Map<String, String> sources, List<Path> classPath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
    }
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-g", "-proc:none"));
    options.addAll(List.of("--release", "17"));
    if (!classPath.isEmpty()) {
      options.add("-classpath");
      options.add(
          classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    }
    List<JavaFileObject> units =
        sources.entrySet().stream()
            .map(e -> source(e.getKey(), e.getValue()))
            .collect(Collectors.toList());
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok = javac.getTask(null, null, diagnostics, options, null, units).call();
    if (!ok) {
      throw new IllegalArgumentException(
          "fixture does not compile: "
              + diagnostics.getDiagnostics().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining("\n")));
    }
  }

  private static JavaFileObject source(String fileName, String text) {
    return new SimpleJavaFileObject(
        URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
