package dev.cogsh.architecture;

import java.util.Set;

/**
 * What one class file names, in binary names ({@code java.util.Map$Entry}).
 *
 * @param name the class itself
 * @param classes every class it refers to: constants, descriptors, signatures, annotations
 * @param members every field and method it refers to (the constant pool's member refs)
 */
record ClassFacts(String name, Set<String> classes, Set<MemberRef> members) {

  ClassFacts {
    classes = Set.copyOf(classes);
    members = Set.copyOf(members);
  }

  /** {@code java.util} for {@code java.util.Map$Entry}; empty for the unnamed package. */
  static String packageOf(String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    return dot < 0 ? "" : binaryName.substring(0, dot);
  }

  /** A field or method another class declares, as the constant pool names it. */
  record MemberRef(String owner, String name, String descriptor) {

    /** {@code true} for a field, whose descriptor has no parameter list. */
    boolean isField() {
      return !descriptor.startsWith("(");
    }

    @Override
    public String toString() {
      return owner + "." + name + (isField() ? "" : descriptor);
    }
  }
}
