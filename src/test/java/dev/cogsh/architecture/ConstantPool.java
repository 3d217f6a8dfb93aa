package dev.cogsh.architecture;

import java.nio.ByteBuffer;

/**
 * A class file's constant pool (JVMS §4.4), read entry by entry. Every tag the JVM knows is read,
 * so that a pool the reader does not understand fails loudly instead of being skipped.
 */
final class ConstantPool {

  // JVMS Table 4.4-B
  static final int UTF8 = 1;
  static final int INTEGER = 3;
  static final int FLOAT = 4;
  static final int LONG = 5;
  static final int DOUBLE = 6;
  static final int CLASS = 7;
  static final int STRING = 8;
  static final int FIELDREF = 9;
  static final int METHODREF = 10;
  static final int INTERFACE_METHODREF = 11;
  static final int NAME_AND_TYPE = 12;
  static final int METHOD_HANDLE = 15;
  static final int METHOD_TYPE = 16;
  static final int DYNAMIC = 17;
  static final int INVOKE_DYNAMIC = 18;
  static final int MODULE = 19;
  static final int PACKAGE = 20;

  private final int[] tags;

  /** The first u2 of each entry (a name, class or bootstrap index); the string of a Utf8. */
  private final int[] first;

  private final int[] second;
  private final String[] utf8;

  private ConstantPool(int count) {
    tags = new int[count];
    first = new int[count];
    second = new int[count];
    utf8 = new String[count];
  }

  /** Reads the pool at the buffer's position (just after {@code major_version}). */
  static ConstantPool read(ByteBuffer in) {
    int count = u2(in);
    ConstantPool pool = new ConstantPool(count);
    for (int i = 1; i < count; i++) {
      int tag = in.get() & 0xFF;
      pool.tags[i] = tag;
      switch (tag) {
        case UTF8 -> pool.utf8[i] = ModifiedUtf8.read(in);
        case INTEGER, FLOAT -> in.getInt();
        case LONG, DOUBLE -> {
          in.getLong();
          i++; // JVMS §4.4.5: eight-byte constants take two entries
        }
        case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> pool.first[i] = u2(in);
        case FIELDREF, METHODREF, INTERFACE_METHODREF, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC -> {
          pool.first[i] = u2(in);
          pool.second[i] = u2(in);
        }
        case METHOD_HANDLE -> {
          pool.first[i] = in.get() & 0xFF; // reference_kind
          pool.second[i] = u2(in); // reference_index
        }
        default ->
            throw new IllegalArgumentException(
                "unknown constant pool tag " + tag + " at entry " + i);
      }
    }
    return pool;
  }

  /** Number of slots, {@code constant_pool_count} (entry 0 is unused). */
  int size() {
    return tags.length;
  }

  int tag(int index) {
    return tags[index];
  }

  String utf8(int index) {
    check(index, UTF8);
    return utf8[index];
  }

  /** The name of a {@code CONSTANT_Class}, {@code CONSTANT_Module} or {@code CONSTANT_Package}. */
  String name(int index) {
    return utf8(first[index]);
  }

  /** The class of a Fieldref, Methodref or InterfaceMethodref, as its internal name. */
  String owner(int memberRef) {
    return className(first[memberRef]);
  }

  String className(int classIndex) {
    check(classIndex, CLASS);
    return name(classIndex);
  }

  /** The NameAndType of a member ref, Dynamic or InvokeDynamic. */
  int nameAndType(int index) {
    int nat = second[index];
    check(nat, NAME_AND_TYPE);
    return nat;
  }

  String memberName(int nameAndType) {
    return utf8(first[nameAndType]);
  }

  String descriptor(int nameAndType) {
    return utf8(second[nameAndType]);
  }

  /** The descriptor a {@code CONSTANT_MethodType} holds. */
  String methodType(int index) {
    check(index, METHOD_TYPE);
    return utf8(first[index]);
  }

  private void check(int index, int tag) {
    if (index <= 0 || index >= tags.length || tags[index] != tag) {
      throw new IllegalArgumentException(
          "constant pool entry " + index + " is not of tag " + tag + " as its user says");
    }
  }

  static int u2(ByteBuffer in) {
    return in.getShort() & 0xFFFF;
  }
}
