package dev.cogsh.architecture;

import java.lang.module.ModuleFinder;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN §2 as data, the one place that says which package may use what. Each row lists exactly
 * what its package may name, besides itself and java.base: "may use" is not transitive, and a
 * package used by every other (the leaf {@code human}) is still written in each row.
 */
public final class DesignTable {

  static final String ROOT = "dev.cogsh.";

  // third parties, by the names DESIGN uses
  static final String JACKSON = "Jackson";
  static final String SDK = "SDK";
  static final String JLINE = "JLine";
  static final String PICOCLI = "picocli";
  // JDK modules beyond java.base, by module name
  static final String HTTP_CLIENT = "java.net.http";
  static final String JSHELL = "jdk.jshell";
  static final String HTTP_SERVER = "jdk.httpserver";

  /** Each library and the package prefix its classes start with. */
  static final Map<String, String> LIBRARIES =
      Map.of(
          JACKSON, "com.fasterxml.jackson.",
          SDK, "software.amazon.awssdk.",
          JLINE, "org.jline.",
          PICOCLI, "picocli.");

  static final Set<String> JDK_MODULES = Set.of(HTTP_CLIENT, JSHELL, HTTP_SERVER);

  /** The packages that must not read the clock or a global random source, nor do I/O. */
  static final Set<String> PURE = Set.of("human", "sigv4", "srp", "otp");

  /** package → what it may use; in DESIGN's order, lowest first. */
  static final Map<String, Set<String>> MAY_USE = table();

  private static Map<String, Set<String>> table() {
    Map<String, Set<String>> t = new LinkedHashMap<>();
    // human: the one masking policy, duration format and hint root type; a leaf every package uses
    t.put("human", Set.of());
    // sigv4: PURE SigV4 signer, trace, and the verifier's canonical rebuild
    t.put("sigv4", Set.of("human"));
    // srp: PURE Cognito SRP-6a, both halves
    t.put("srp", Set.of("human"));
    // otp: PURE base32, TOTP, otpauth:// URIs
    t.put("otp", Set.of("human"));
    // config: the ONLY reader of env vars, system properties, home/XDG dirs and AWS shared files
    t.put("config", Set.of("human", JACKSON));
    // auth: User Pool sign-in over the SDK's Cognito client
    t.put("auth", Set.of("human", "srp", "otp", "config", JACKSON, SDK));
    // creds: Identity Pool exchange and the SDK's other credential sources; Jackson for the
    // identity-id cache file (an arrow DESIGN §2 lacks: the cache is creds' own JSON file)
    t.put("creds", Set.of("human", "auth", "config", SDK, JACKSON));
    // api: signed HTTP on the one java.net.http client; its own CredentialSource
    t.put("api", Set.of("human", "sigv4", "config", JACKSON, HTTP_CLIENT));
    // diagnose: why a call failed; cogsh verify's parsers and variant search
    t.put("diagnose", Set.of("human", "sigv4", "api", JACKSON));
    // runtime: the ONE static bridge snippet code reads
    t.put("runtime", Set.of("human", "auth", "creds", "api"));
    // engine: the jdk.jshell wrapper, no JLine
    t.put("engine", Set.of("human", JSHELL));
    // script: .jsh replay and recording; Jackson because expect(..) reads Response.json() (an
    // arrow DESIGN §2 lacks: a JSON check without the JSON type is not one)
    t.put("script", Set.of("human", "engine", "api", "runtime", JACKSON));
    // sandbox: the loopback emulator on com.sun.net.httpserver
    t.put("sandbox", Set.of("human", "srp", "otp", "sigv4", "config", JACKSON, HTTP_SERVER));
    // session: the ONE composition root; every package but shell and cli
    t.put(
        "session",
        Set.of(
            "human",
            "sigv4",
            "srp",
            "otp",
            "config",
            "auth",
            "creds",
            "api",
            "diagnose",
            "runtime",
            "engine",
            "script",
            "sandbox"));
    // shell: JLine terminal and the REPL; every package but cli
    t.put(
        "shell",
        Set.of(
            "human",
            "sigv4",
            "srp",
            "otp",
            "config",
            "auth",
            "creds",
            "api",
            "diagnose",
            "runtime",
            "engine",
            "script",
            "sandbox",
            "session",
            JLINE,
            // the error renderer unwraps jdk.jshell's EvalException, as the JShell tool does
            JSHELL));
    // cli: Main and the picocli subcommands; everything
    t.put(
        "cli",
        Set.of(
            "human",
            "sigv4",
            "srp",
            "otp",
            "config",
            "auth",
            "creds",
            "api",
            "diagnose",
            "runtime",
            "engine",
            "script",
            "sandbox",
            "session",
            "shell",
            JACKSON,
            SDK,
            JLINE,
            PICOCLI,
            HTTP_CLIENT,
            JSHELL,
            HTTP_SERVER));
    return Collections.unmodifiableMap(t);
  }

  /** The packages under {@code dev.cogsh} that DESIGN §2 has a row for. */
  public static Set<String> packages() {
    return MAY_USE.keySet();
  }

  /** The package of DESIGN a {@code dev.cogsh} class lives in: {@code srp} for a class in it. */
  static String roomOf(String className) {
    String rest = className.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? "dev.cogsh" : rest.substring(0, dot);
  }

  /**
   * What a referenced class counts as: a package of DESIGN ({@code srp}), {@code java.base}, a JDK
   * module ({@code jdk.jshell}), a library ({@code Jackson}), or {@code unlisted <package>}.
   */
  static String dependencyOf(String className) {
    if (className.startsWith(ROOT)) {
      return roomOf(className);
    }
    String module = JdkPackages.MODULE_OF.get(ClassFacts.packageOf(className));
    if (module != null) {
      return module;
    }
    for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
      if (className.startsWith(library.getValue())) {
        return library.getKey();
      }
    }
    return "unlisted " + ClassFacts.packageOf(className);
  }

  private DesignTable() {}

  /** Every package of the running JDK's system modules, and the module it belongs to. */
  private static final class JdkPackages {
    static final Map<String, String> MODULE_OF = read();

    private static Map<String, String> read() {
      Map<String, String> out = new HashMap<>();
      ModuleFinder.ofSystem()
          .findAll()
          .forEach(m -> m.descriptor().packages().forEach(p -> out.put(p, m.descriptor().name())));
      return Map.copyOf(out);
    }
  }
}
