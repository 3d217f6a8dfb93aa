package dev.cogsh.architecture;

import dev.cogsh.architecture.ClassFacts.MemberRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks compiled classes against DESIGN §2: each class names only what its package's row of {@link
 * DesignTable} allows, makes none of the {@link BannedCalls}, and the packages, as the classes
 * connect them, form no cycle.
 */
public final class ArchitectureCheck {

  private final Set<Violation> found = new TreeSet<>(Comparator.comparing(Violation::toString));
  private final PackageGraph graph = new PackageGraph();

  private ArchitectureCheck() {}

  /** Reads every class under {@code classesRoot} and checks them all. */
  public static List<Violation> check(Path classesRoot) throws IOException {
    return check(read(classesRoot));
  }

  /** Every class file under {@code classesRoot} (a folder such as {@code target/classes}). */
  static List<ClassFacts> read(Path classesRoot) throws IOException {
    try (Stream<Path> files = Files.walk(classesRoot)) {
      List<Path> classFiles =
          files.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
      List<ClassFacts> out = new ArrayList<>();
      for (Path file : classFiles) {
        try {
          out.add(ClassFileReader.read(Files.readAllBytes(file)));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
      }
      return out;
    }
  }

  /** The violations, sorted, one per class and offending reference. */
  static List<Violation> check(Collection<ClassFacts> classes) {
    ArchitectureCheck check = new ArchitectureCheck();
    classes.forEach(check::classFile);
    check.cycles();
    return List.copyOf(check.found);
  }

  private void classFile(ClassFacts c) {
    if (!c.name().startsWith(DesignTable.ROOT)) {
      found.add(new Violation(c.name(), "-", c.name(), "every class lives under dev.cogsh"));
      return;
    }
    String room = DesignTable.roomOf(c.name());
    Set<String> allowed = DesignTable.MAY_USE.get(room);
    if (allowed == null) {
      found.add(
          new Violation(
              c.name(), room, DesignTable.ROOT + room, "a package in no row of DESIGN §2"));
    }
    for (String used : c.classes()) {
      String dependency = DesignTable.dependencyOf(used);
      if (used.startsWith(DesignTable.ROOT)) {
        graph.add(room, dependency, new PackageGraph.Example(c.name(), used));
      }
      boolean ok =
          dependency.equals(room)
              || dependency.equals("java.base")
              || (allowed != null && allowed.contains(dependency));
      if (!ok && dependency.startsWith("unlisted ")) {
        found.add(
            new Violation(
                c.name(),
                room,
                used,
                dependency.substring("unlisted ".length())
                    + " is a third party that DESIGN §2 does not list"));
      } else if (!ok && allowed != null) {
        found.add(new Violation(c.name(), room, used, room + " may not use " + dependency));
      }
    }
    for (BannedCalls.Rule rule : BannedCalls.RULES) {
      if (rule.appliesIn().test(room)) {
        banned(c, room, rule);
      }
    }
  }

  private void banned(ClassFacts c, String room, BannedCalls.Rule rule) {
    for (String used : c.classes()) {
      if (rule.bannedClass().test(used)) {
        found.add(new Violation(c.name(), room, used, rule.concern()));
      }
    }
    for (MemberRef m : c.members()) {
      if (rule.bannedMember().test(m)) {
        found.add(new Violation(c.name(), room, m.owner() + "." + m.name(), rule.concern()));
      }
    }
  }

  /** A cycle is reported at its first class-level edge; the rest are named in the rule. */
  private void cycles() {
    for (List<String> cycle : graph.cycles()) {
      List<String> steps = new ArrayList<>();
      for (int i = 1; i < cycle.size(); i++) {
        PackageGraph.Example e = graph.example(cycle.get(i - 1), cycle.get(i));
        steps.add(e.user() + " uses " + e.used());
      }
      PackageGraph.Example first = graph.example(cycle.get(0), cycle.get(1));
      found.add(
          new Violation(
              first.user(),
              cycle.get(0),
              first.used(),
              "packages "
                  + String.join(" -> ", cycle)
                  + " form a cycle ("
                  + String.join("; ", steps.subList(1, steps.size()))
                  + ")"));
    }
  }
}
