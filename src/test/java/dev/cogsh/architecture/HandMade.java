package dev.cogsh.architecture;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A class file written byte by byte whose constant pool holds every tag of JVMS Table 4.4-B,
 * including those javac never writes into a class (Dynamic) or only into module-info (Module,
 * Package). The reader does not run it, so no BootstrapMethods attribute is needed.
 */
final class HandMade {

  private HandMade() {}

  static byte[] everyTag() throws IOException {
    return write(-1);
  }

  /** The same file with entry 5 replaced by an entry of {@code tag} (followed by 4 bytes). */
  static byte[] withTag(int tag) throws IOException {
    return write(tag);
  }

  private static byte[] write(int replaceEntry5) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0xCAFEBABE);
    out.writeShort(0); // minor
    out.writeShort(61); // Java 17
    out.writeShort(34); // constant_pool_count: entries 1..33
    utf8(out, "Handmade"); // 1
    ref(out, ConstantPool.CLASS, 1); // 2
    utf8(out, "java/lang/Object"); // 3
    ref(out, ConstantPool.CLASS, 3); // 4
    out.writeByte(replaceEntry5 < 0 ? ConstantPool.INTEGER : replaceEntry5); // 5
    out.writeInt(42);
    out.writeByte(ConstantPool.FLOAT); // 6
    out.writeFloat(1.5f);
    out.writeByte(ConstantPool.LONG); // 7 and 8
    out.writeLong(7L);
    out.writeByte(ConstantPool.DOUBLE); // 9 and 10
    out.writeDouble(2.5);
    ref(out, ConstantPool.STRING, 3); // 11
    utf8(out, "value"); // 12
    utf8(out, "Ldev/cogsh/srp/Constant;"); // 13
    pair(out, ConstantPool.NAME_AND_TYPE, 12, 13); // 14
    pair(out, ConstantPool.FIELDREF, 4, 14); // 15
    utf8(out, "(Ljava/util/UUID;)Ljava/time/Instant;"); // 16
    utf8(out, "make"); // 17
    pair(out, ConstantPool.NAME_AND_TYPE, 17, 16); // 18
    pair(out, ConstantPool.METHODREF, 4, 18); // 19
    pair(out, ConstantPool.INTERFACE_METHODREF, 4, 18); // 20
    out.writeByte(ConstantPool.METHOD_HANDLE); // 21: REF_invokeStatic #19
    out.writeByte(6);
    out.writeShort(19);
    ref(out, ConstantPool.METHOD_TYPE, 33); // 22: a forward reference, allowed
    utf8(out, "Ljava/math/BigInteger;"); // 23
    pair(out, ConstantPool.NAME_AND_TYPE, 12, 23); // 24
    pair(out, ConstantPool.DYNAMIC, 0, 24); // 25
    utf8(out, "(Ljava/net/URI;)Ljava/lang/Runnable;"); // 26
    pair(out, ConstantPool.NAME_AND_TYPE, 17, 26); // 27
    pair(out, ConstantPool.INVOKE_DYNAMIC, 0, 27); // 28
    utf8(out, "handmade.module"); // 29
    ref(out, ConstantPool.MODULE, 29); // 30
    utf8(out, "handmade/pkg"); // 31
    ref(out, ConstantPool.PACKAGE, 31); // 32
    utf8(out, "(Ljava/util/Optional;)V"); // 33
    out.writeShort(0x21); // ACC_PUBLIC | ACC_SUPER
    out.writeShort(2); // this_class
    out.writeShort(4); // super_class
    out.writeShort(0); // interfaces
    out.writeShort(0); // fields
    out.writeShort(0); // methods
    out.writeShort(0); // attributes
    return bytes.toByteArray();
  }

  private static void utf8(DataOutputStream out, String text) throws IOException {
    out.writeByte(ConstantPool.UTF8);
    out.writeUTF(text);
  }

  private static void ref(DataOutputStream out, int tag, int index) throws IOException {
    out.writeByte(tag);
    out.writeShort(index);
  }

  private static void pair(DataOutputStream out, int tag, int first, int second)
      throws IOException {
    out.writeByte(tag);
    out.writeShort(first);
    out.writeShort(second);
  }
}
