package dev.cogsh.architecture;

import dev.cogsh.architecture.ClassFacts.MemberRef;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The calls some packages must not make, as data: a rule names a concern, where it applies, and the
 * classes or members that break it. Members match by owner and name, so every overload counts.
 */
final class BannedCalls {

  /**
   * One concern.
   *
   * @param concern what a violation is, as the report says it
   * @param appliesIn the packages the rule holds in
   * @param bannedClass classes that may not be named at all
   * @param bannedMember fields and methods that may not be named
   */
  record Rule(
      String concern,
      Predicate<String> appliesIn,
      Predicate<String> bannedClass,
      Predicate<MemberRef> bannedMember) {}

  static final List<Rule> RULES =
      List.of(
          // DESIGN §2: config is the ONLY reader of env vars and system properties
          new Rule(
              "environment or system properties outside config",
              room -> !room.equals("config"),
              none(),
              member(
                      "java.lang.System",
                      "getenv",
                      "getProperty",
                      "getProperties",
                      "setProperty",
                      "setProperties",
                      "clearProperty")
                  .or(member("java.lang.Boolean", "getBoolean"))
                  .or(member("java.lang.Integer", "getInteger"))
                  .or(member("java.lang.Long", "getLong"))
                  .or(member("java.lang.ProcessBuilder", "environment"))),
          // DESIGN §2: shell (and cli, for its own output) are the only writers to the terminal;
          // FileDescriptor.out is the same stream by another door
          new Rule(
              "the terminal outside shell and cli",
              room -> !Set.of("shell", "cli").contains(room),
              none(),
              member("java.lang.System", "out", "err", "console", "setOut", "setErr")
                  .or(member("java.io.FileDescriptor", "out", "err"))),
          // the pure cores take the Instant (or a Clock) as an argument
          new Rule(
              "the clock in a pure package",
              DesignTable.PURE::contains,
              none(),
              BannedCalls::readsTheClock),
          // ... and the SecureRandom
          new Rule(
              "a global random source in a pure package",
              DesignTable.PURE::contains,
              Set.of(
                      "java.util.concurrent.ThreadLocalRandom",
                      "java.util.random.RandomGeneratorFactory")
                  ::contains,
              member("java.lang.Math", "random")
                  .or(member("java.lang.StrictMath", "random"))
                  .or(member("java.util.Random", "<init>"))
                  .or(member("java.util.SplittableRandom", "<init>"))
                  .or(
                      member(
                          "java.security.SecureRandom",
                          "<init>",
                          "getInstance",
                          "getInstanceStrong"))
                  .or(member("java.util.random.RandomGenerator", "getDefault", "of"))
                  .or(member("java.util.UUID", "randomUUID"))),
          // ... and never touch files or the network. java.net's pure values and codecs are kept
          // (NOT_IO): they connect to nothing and resolve no name
          new Rule(
              "I/O in a pure package", DesignTable.PURE::contains, BannedCalls::isIo, m -> false));

  private static boolean readsTheClock(MemberRef m) {
    String pkg = ClassFacts.packageOf(m.owner());
    boolean javaTime = pkg.equals("java.time") || pkg.equals("java.time.chrono");
    boolean takesAClock = m.descriptor().startsWith("(Ljava/time/Clock;");
    return (javaTime && (m.name().equals("now") || m.name().equals("dateNow")) && !takesAClock)
        || member("java.time.Clock", "systemUTC", "systemDefaultZone", "system").test(m)
        || member("java.time.Clock", "tickMillis", "tickSeconds", "tickMinutes").test(m)
        || member("java.time.InstantSource", "system").test(m)
        || member("java.lang.System", "currentTimeMillis", "nanoTime").test(m)
        || member("java.util.Calendar", "getInstance").test(m)
        || (member("java.util.Date", "<init>").test(m) && m.descriptor().equals("()V"));
  }

  private static boolean isIo(String className) {
    String pkg = ClassFacts.packageOf(className);
    String simple = className.substring(pkg.length() + 1);
    return (pkg.equals("java.io")
            && (simple.startsWith("File") || simple.equals("RandomAccessFile")))
        || pkg.equals("java.nio.file")
        || pkg.startsWith("java.nio.file.")
        || pkg.equals("java.nio.channels")
        || ((pkg.equals("java.net") || pkg.startsWith("java.net.")) && !NOT_IO.contains(className));
  }

  /**
   * The classes of {@code java.net} that do no I/O: sigv4's {@code SignableRequest} carries a
   * {@code URI}, and otp's {@code otpauth://} URIs are built with {@code URLEncoder}. (Not {@code
   * URL}: its {@code equals} resolves host names.)
   */
  private static final Set<String> NOT_IO =
      Set.of(
          "java.net.URI",
          "java.net.URISyntaxException",
          "java.net.URLEncoder",
          "java.net.URLDecoder");

  private static Predicate<MemberRef> member(String owner, String... names) {
    Set<String> set = Set.of(names);
    return m -> m.owner().equals(owner) && set.contains(m.name());
  }

  private static Predicate<String> none() {
    return c -> false;
  }

  private BannedCalls() {}
}
