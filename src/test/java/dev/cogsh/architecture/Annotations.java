package dev.cogsh.architecture;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * The annotation attributes (JVMS §4.7.16–4.7.22): each annotation's type, and the enum and class
 * values of its elements, are descriptors held in Utf8 entries.
 */
final class Annotations {

  private final ConstantPool pool;
  private final ByteBuffer body;
  private final Consumer<String> descriptors;

  Annotations(ConstantPool pool, ByteBuffer body, Consumer<String> descriptors) {
    this.pool = pool;
    this.body = body;
    this.descriptors = descriptors;
  }

  void read(String attribute) {
    switch (attribute) {
      case "RuntimeVisibleAnnotations", "RuntimeInvisibleAnnotations" -> annotations();
      case "RuntimeVisibleParameterAnnotations", "RuntimeInvisibleParameterAnnotations" -> {
        int parameters = body.get() & 0xFF;
        for (int i = 0; i < parameters; i++) {
          annotations();
        }
      }
      case "RuntimeVisibleTypeAnnotations", "RuntimeInvisibleTypeAnnotations" -> {
        int count = u2();
        for (int i = 0; i < count; i++) {
          typeAnnotation();
        }
      }
      case "AnnotationDefault" -> elementValue();
      default -> throw new IllegalArgumentException("not an annotation attribute: " + attribute);
    }
  }

  private void annotations() {
    int count = u2();
    for (int i = 0; i < count; i++) {
      annotation();
    }
  }

  private void annotation() {
    descriptors.accept(pool.utf8(u2())); // type_index
    int pairs = u2();
    for (int i = 0; i < pairs; i++) {
      u2(); // element_name_index
      elementValue();
    }
  }

  private void elementValue() {
    char tag = (char) (body.get() & 0xFF);
    switch (tag) {
      case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's' -> u2(); // const_value_index
      case 'e' -> {
        descriptors.accept(pool.utf8(u2())); // type_name_index
        u2(); // const_name_index
      }
      case 'c' -> descriptors.accept(pool.utf8(u2())); // class_info_index: a return descriptor
      case '@' -> annotation();
      case '[' -> {
        int count = u2();
        for (int i = 0; i < count; i++) {
          elementValue();
        }
      }
      default -> throw new IllegalArgumentException("unknown element_value tag " + tag);
    }
  }

  /** JVMS §4.7.20: target_info (by target_type), type_path, then an annotation. */
  private void typeAnnotation() {
    int targetType = body.get() & 0xFF;
    switch (targetType) {
      case 0x00, 0x01, 0x16 -> skip(1); // type parameter, formal parameter
      case 0x10, 0x17, 0x42, 0x43, 0x44, 0x45, 0x46 -> skip(2); // supertype, throws, catch, offset
      case 0x11, 0x12 -> skip(2); // type parameter bound
      case 0x13, 0x14, 0x15 -> {} // field, return, receiver: empty_target
      case 0x40, 0x41 -> skip(6 * u2()); // local variable: a table of (start_pc, length, index)
      case 0x47, 0x48, 0x49, 0x4A, 0x4B -> skip(3); // type argument: offset, index
      default ->
          throw new IllegalArgumentException(
              "unknown type annotation target_type 0x" + Integer.toHexString(targetType));
    }
    skip(2 * (body.get() & 0xFF)); // type_path: (type_path_kind, type_argument_index) pairs
    annotation();
  }

  private int u2() {
    return ConstantPool.u2(body);
  }

  private void skip(int bytes) {
    body.position(body.position() + bytes);
  }
}
