package dev.cogsh.architecture;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a class file (JVMS §4) into {@link ClassFacts}: the constant pool's classes, member refs,
 * NameAndType and MethodType descriptors (which include every invokedynamic call site and bootstrap
 * argument), plus the descriptors and signatures that live outside the pool: fields, methods,
 * record components, local variables and annotations.
 */
final class ClassFileReader {

  private static final int MAGIC = 0xCAFEBABE;

  /** The attributes read to the end; the others name pool entries only, and are skipped. */
  private static final Set<String> READ =
      Set.of(
          "Signature",
          "Code",
          "LocalVariableTable",
          "LocalVariableTypeTable",
          "Record",
          "RuntimeVisibleAnnotations",
          "RuntimeInvisibleAnnotations",
          "RuntimeVisibleParameterAnnotations",
          "RuntimeInvisibleParameterAnnotations",
          "RuntimeVisibleTypeAnnotations",
          "RuntimeInvisibleTypeAnnotations",
          "AnnotationDefault");

  private final ByteBuffer in;
  private final ConstantPool pool;
  private final Set<String> classes = new HashSet<>();
  private final Set<ClassFacts.MemberRef> members = new HashSet<>();

  private ClassFileReader(ByteBuffer in, ConstantPool pool) {
    this.in = in;
    this.pool = pool;
  }

  static ClassFacts read(byte[] classFile) {
    ByteBuffer in = ByteBuffer.wrap(classFile);
    if (in.getInt() != MAGIC) {
      throw new IllegalArgumentException("not a class file: no 0xCAFEBABE");
    }
    in.getShort(); // minor_version
    in.getShort(); // major_version
    ClassFileReader reader = new ClassFileReader(in, ConstantPool.read(in));
    reader.readPool();
    String name = reader.readStructure();
    return new ClassFacts(binary(name), reader.binaryClasses(), reader.binaryMembers());
  }

  private void readPool() {
    for (int i = 1; i < pool.size(); i++) {
      switch (pool.tag(i)) {
        case ConstantPool.CLASS -> classes.addAll(TypeNames.ofClassConstant(pool.name(i)));
        case ConstantPool.FIELDREF, ConstantPool.METHODREF, ConstantPool.INTERFACE_METHODREF -> {
          int nat = pool.nameAndType(i);
          members.add(
              new ClassFacts.MemberRef(pool.owner(i), pool.memberName(nat), pool.descriptor(nat)));
        }
        case ConstantPool.NAME_AND_TYPE -> descriptor(pool.descriptor(i));
        case ConstantPool.METHOD_TYPE -> descriptor(pool.methodType(i));
        case ConstantPool.DYNAMIC, ConstantPool.INVOKE_DYNAMIC -> pool.nameAndType(i);
        case ConstantPool.LONG, ConstantPool.DOUBLE -> i++;
        default -> {
          // Utf8, numbers, strings, method handles (they point at member refs read here),
          // module and package names: nothing more to collect
        }
      }
    }
  }

  /** access, this, super, interfaces (all pool classes), fields, methods, attributes. */
  private String readStructure() {
    ConstantPool.u2(in); // access_flags
    String name = pool.className(ConstantPool.u2(in));
    ConstantPool.u2(in); // super_class
    skip(2 * ConstantPool.u2(in)); // interfaces
    for (int kind = 0; kind < 2; kind++) { // fields, then methods: the same layout
      int count = ConstantPool.u2(in);
      for (int i = 0; i < count; i++) {
        ConstantPool.u2(in); // access_flags
        ConstantPool.u2(in); // name_index
        descriptor(pool.utf8(ConstantPool.u2(in)));
        attributes(in);
      }
    }
    attributes(in);
    if (in.hasRemaining()) {
      throw new IllegalArgumentException("bytes after the last attribute of " + name);
    }
    return name;
  }

  private void attributes(ByteBuffer from) {
    int count = ConstantPool.u2(from);
    for (int i = 0; i < count; i++) {
      String name = pool.utf8(ConstantPool.u2(from));
      int length = from.getInt();
      ByteBuffer body = from.slice(from.position(), length);
      from.position(from.position() + length);
      attribute(name, body);
      if (READ.contains(name) && body.hasRemaining()) {
        throw new IllegalArgumentException(name + " attribute longer than its parts");
      }
    }
  }

  /** The attributes (JVMS §4.7) that name classes outside the constant pool's entries. */
  private void attribute(String name, ByteBuffer body) {
    switch (name) {
      case "Signature" -> descriptor(pool.utf8(ConstantPool.u2(body)));
      case "Code" -> {
        body.position(4); // max_stack, max_locals
        int codeLength = body.getInt();
        body.position(body.position() + codeLength); // the bytecode names pool entries only
        int handlers = ConstantPool.u2(body);
        body.position(body.position() + 8 * handlers); // exception_table
        attributes(body);
      }
      case "LocalVariableTable", "LocalVariableTypeTable" -> {
        int count = ConstantPool.u2(body);
        for (int i = 0; i < count; i++) {
          body.position(body.position() + 6); // start_pc, length, name_index
          descriptor(pool.utf8(ConstantPool.u2(body)));
          ConstantPool.u2(body); // index
        }
      }
      case "Record" -> {
        int count = ConstantPool.u2(body);
        for (int i = 0; i < count; i++) {
          ConstantPool.u2(body); // name_index
          descriptor(pool.utf8(ConstantPool.u2(body)));
          attributes(body);
        }
      }
      case "RuntimeVisibleAnnotations",
          "RuntimeInvisibleAnnotations",
          "RuntimeVisibleParameterAnnotations",
          "RuntimeInvisibleParameterAnnotations",
          "RuntimeVisibleTypeAnnotations",
          "RuntimeInvisibleTypeAnnotations",
          "AnnotationDefault" ->
          new Annotations(pool, body, this::descriptor).read(name);
      default -> {
        // the rest name pool entries only (Exceptions, InnerClasses, BootstrapMethods, ...)
      }
    }
  }

  private void descriptor(String descriptorOrSignature) {
    classes.addAll(TypeNames.in(descriptorOrSignature));
  }

  private void skip(int bytes) {
    in.position(in.position() + bytes);
  }

  private Set<String> binaryClasses() {
    Set<String> out = new HashSet<>();
    classes.forEach(c -> out.add(binary(c)));
    return out;
  }

  private Set<ClassFacts.MemberRef> binaryMembers() {
    Set<ClassFacts.MemberRef> out = new HashSet<>();
    for (ClassFacts.MemberRef m : members) {
      out.add(new ClassFacts.MemberRef(binary(m.owner()), m.name(), m.descriptor()));
    }
    return out;
  }

  private static String binary(String internalName) {
    return internalName.replace('/', '.');
  }
}
