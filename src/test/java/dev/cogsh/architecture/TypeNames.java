package dev.cogsh.architecture;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The classes a descriptor or generic signature names (JVMS §4.3 and §4.7.9.1), as internal names
 * ({@code java/util/List}). One grammar serves both: a descriptor is a signature without type
 * parameters, type arguments and type variables.
 */
final class TypeNames {

  private final String text;
  private final Set<String> found = new LinkedHashSet<>();
  private int at;

  private TypeNames(String text) {
    this.text = text;
  }

  /**
   * Every class named by a field, method or class descriptor or signature, or by the name of a
   * {@code CONSTANT_Class} ({@code java/lang/String} or an array such as {@code
   * [Ljava/lang/String;}).
   */
  static Set<String> in(String descriptorOrSignature) {
    TypeNames names = new TypeNames(descriptorOrSignature);
    names.any();
    return names.found;
  }

  /**
   * A class name as a {@code CONSTANT_Class} holds it: an internal name, or an array descriptor.
   */
  static Set<String> ofClassConstant(String name) {
    return name.startsWith("[") ? in(name) : Set.of(name);
  }

  private void any() {
    if (peek() == '<') {
      typeParameters();
    }
    if (peek() == '(') { // MethodSignature: parameters, result, throws
      at++;
      while (peek() != ')') {
        javaType();
      }
      at++;
      javaType();
      while (at < text.length()) {
        expect('^');
        referenceType();
      }
    } else { // a field's type, or a class's superclass and interfaces
      while (at < text.length()) {
        javaType();
      }
    }
  }

  /** {@code <T:Ljava/lang/Object;U::Ljava/lang/Comparable<TU;>;>} */
  private void typeParameters() {
    expect('<');
    while (peek() != '>') {
      identifierUntil(':');
      while (peek() == ':') {
        at++;
        char next = peek();
        if (next == 'L' || next == 'T' || next == '[') {
          referenceType(); // a class bound may be empty: T::Ljava/lang/Runnable;
        }
      }
    }
    expect('>');
  }

  private void javaType() {
    char c = peek();
    if ("BCDFIJSZV".indexOf(c) >= 0) {
      at++;
    } else {
      referenceType();
    }
  }

  private void referenceType() {
    char c = peek();
    switch (c) {
      case 'L' -> classType();
      case 'T' -> {
        at++;
        identifierUntil(';');
        expect(';');
      }
      case '[' -> {
        at++;
        javaType();
      }
      default -> throw malformed("a reference type");
    }
  }

  /** {@code Ljava/util/Map<TK;TV;>.Entry<TK;TV;>;}: the outer class is the one named. */
  private void classType() {
    expect('L');
    int start = at;
    while (";<.".indexOf(peek()) < 0) {
      at++;
    }
    String outer = text.substring(start, at);
    found.add(outer);
    StringBuilder name = new StringBuilder(outer);
    while (peek() != ';') {
      if (peek() == '<') {
        typeArguments();
      } else {
        expect('.');
        int inner = at;
        while (";<.".indexOf(peek()) < 0) {
          at++;
        }
        name.append('$').append(text, inner, at);
        found.add(name.toString());
      }
    }
    expect(';');
  }

  private void typeArguments() {
    expect('<');
    while (peek() != '>') {
      char c = peek();
      if (c == '*') {
        at++;
      } else {
        if (c == '+' || c == '-') {
          at++;
        }
        referenceType();
      }
    }
    expect('>');
  }

  private void identifierUntil(char end) {
    while (peek() != end) {
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw malformed("more");
    }
    return text.charAt(at);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw malformed("'" + c + "'");
    }
    at++;
  }

  private IllegalArgumentException malformed(String wanted) {
    return new IllegalArgumentException(
        "malformed descriptor or signature, expected " + wanted + " at " + at + ": " + text);
  }
}
