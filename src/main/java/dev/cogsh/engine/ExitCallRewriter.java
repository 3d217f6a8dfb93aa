package dev.cogsh.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a snippet's class file so that {@code System.exit}, {@code Runtime.exit} and {@code
 * Runtime.halt} call {@link ExitTrap} instead, which throws {@link SnippetExit}: snippets run in
 * cogsh's JVM, and on JDK 17 to 25 nothing else can refuse an exit (the security manager is gone).
 *
 * <p>Only the constant pool and two opcodes change, never a length: each matching method reference
 * is pointed at {@link ExitTrap} (with the receiver as a first parameter for the two {@code
 * Runtime} methods, whose {@code invokevirtual} becomes {@code invokestatic}, taking the same
 * stack), and a method handle to one of them ({@code System::exit}) becomes a static handle to the
 * trap. Offsets, stack map frames and everything else stay as javac wrote them. Pure: bytes in,
 * bytes out.
 */
final class ExitCallRewriter {

  private static final String TRAP = ExitTrap.class.getName().replace('.', '/');
  private static final int UTF8 = 1;
  private static final int CLASS = 7;
  private static final int METHODREF = 10;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;
  private static final int REF_INVOKE_VIRTUAL = 5;
  private static final int REF_INVOKE_STATIC = 6;

  /**
   * The calls that end the JVM, as {@code owner.name:descriptor}, and the trap that replaces each.
   */
  private static final Map<String, Trap> TRAPS =
      Map.of(
          "java/lang/System.exit:(I)V", new Trap("systemExit", "(I)V", false),
          "java/lang/Runtime.exit:(I)V", new Trap("runtimeExit", "(Ljava/lang/Runtime;I)V", true),
          "java/lang/Runtime.halt:(I)V", new Trap("runtimeHalt", "(Ljava/lang/Runtime;I)V", true));

  private record Trap(String name, String descriptor, boolean wasVirtual) {}

  private ExitCallRewriter() {}

  /** The class file with every exit call redirected, or the very array when it makes none. */
  static byte[] rewrite(byte[] classFile) {
    ConstantPool pool = ConstantPool.read(classFile);
    Map<Integer, Trap> matches = new HashMap<>();
    for (int index = 1; index < pool.count; index++) {
      if (pool.tag(index) == METHODREF) {
        Trap trap = TRAPS.get(pool.memberName(index));
        if (trap != null) {
          matches.put(index, trap);
        }
      }
    }
    if (matches.isEmpty()) {
      return classFile;
    }
    byte[] head = Arrays.copyOf(classFile, pool.end);
    ByteArrayOutputStream added = new ByteArrayOutputStream();
    int next = pool.count;
    int trapName = next++;
    utf8(added, TRAP);
    int trapClass = next++;
    added.write(CLASS);
    u2(added, trapName);
    Set<Integer> virtualRefs = new HashSet<>();
    for (Map.Entry<Integer, Trap> match : matches.entrySet()) {
      Trap trap = match.getValue();
      int name = next++;
      utf8(added, trap.name());
      int descriptor = next++;
      utf8(added, trap.descriptor());
      int nameAndType = next++;
      added.write(NAME_AND_TYPE);
      u2(added, name);
      u2(added, descriptor);
      int at = pool.offset(match.getKey());
      putU2(head, at + 1, trapClass);
      putU2(head, at + 3, nameAndType);
      if (trap.wasVirtual()) {
        virtualRefs.add(match.getKey());
      }
    }
    for (int index = 1; index < pool.count; index++) {
      int at = pool.offset(index);
      if (pool.tag(index) == METHOD_HANDLE
          && head[at + 1] == REF_INVOKE_VIRTUAL
          && virtualRefs.contains(u2(head, at + 2))) {
        head[at + 1] = REF_INVOKE_STATIC;
      }
    }
    putU2(head, 8, next);
    byte[] tail = Arrays.copyOfRange(classFile, pool.end, classFile.length);
    if (!virtualRefs.isEmpty()) {
      new CodeWalker(pool, tail, virtualRefs).retargetVirtualCalls();
    }
    ByteArrayOutputStream result = new ByteArrayOutputStream(classFile.length + added.size());
    result.writeBytes(head);
    result.writeBytes(added.toByteArray());
    result.writeBytes(tail);
    return result.toByteArray();
  }

  private static void utf8(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8); // ASCII names: modified UTF-8 alike
    out.write(UTF8);
    u2(out, bytes.length);
    out.writeBytes(bytes);
  }

  private static void u2(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8);
    out.write(value);
  }

  static int u2(byte[] bytes, int at) {
    return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
  }

  static int u4(byte[] bytes, int at) {
    return (u2(bytes, at) << 16) | u2(bytes, at + 2);
  }

  private static void putU2(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 8);
    bytes[at + 1] = (byte) value;
  }

  /** Where each constant-pool entry starts, and what it says. */
  static final class ConstantPool {
    final byte[] bytes;
    final int count;
    final int end;
    private final int[] offsets;

    private ConstantPool(byte[] bytes, int count, int[] offsets, int end) {
      this.bytes = bytes;
      this.count = count;
      this.offsets = offsets;
      this.end = end;
    }

    static ConstantPool read(byte[] bytes) {
      if (bytes.length < 10 || u4(bytes, 0) != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      int count = u2(bytes, 8);
      int[] offsets = new int[count];
      int at = 10;
      for (int index = 1; index < count; index++) {
        offsets[index] = at;
        int tag = bytes[at] & 0xff;
        switch (tag) {
          case UTF8 -> at += 3 + u2(bytes, at + 1);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> at += 5;
          case 5, 6 -> {
            at += 9;
            index++; // a long or a double takes two entries
          }
          case 7, 8, 16, 19, 20 -> at += 3;
          case 15 -> at += 4;
          default -> throw new IllegalArgumentException("unknown constant tag " + tag);
        }
      }
      return new ConstantPool(bytes, count, offsets, at);
    }

    int offset(int index) {
      return offsets[index];
    }

    int tag(int index) {
      return offsets[index] == 0 ? 0 : bytes[offsets[index]] & 0xff;
    }

    String utf8(int index) {
      int at = offsets[index];
      return new String(bytes, at + 3, u2(bytes, at + 1), StandardCharsets.UTF_8);
    }

    /** {@code owner.name:descriptor} of a member reference. */
    String memberName(int index) {
      int at = offsets[index];
      String owner = utf8(u2(bytes, offsets[u2(bytes, at + 1)] + 1));
      int nameAndType = offsets[u2(bytes, at + 3)];
      return owner
          + "."
          + utf8(u2(bytes, nameAndType + 1))
          + ":"
          + utf8(u2(bytes, nameAndType + 3));
    }
  }
}
