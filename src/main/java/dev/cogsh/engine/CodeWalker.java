package dev.cogsh.engine;

import java.util.Set;

/**
 * Walks the methods' bytecode of a class file (the part after the constant pool) and turns each
 * {@code invokevirtual} of the given method references into {@code invokestatic}, in place. Both
 * instructions are three bytes long, so no offset moves.
 */
final class CodeWalker {

  private static final int INVOKEVIRTUAL = 0xb6;
  private static final int INVOKESTATIC = 0xb8;
  private static final int TABLESWITCH = 0xaa;
  private static final int LOOKUPSWITCH = 0xab;
  private static final int WIDE = 0xc4;
  private static final int IINC = 0x84;

  /** The length of each instruction by opcode, 0 for the three of variable length. */
  private static final int[] LENGTHS = lengths();

  private final ExitCallRewriter.ConstantPool pool;
  private final byte[] tail;
  private final Set<Integer> virtualRefs;

  /**
   * @param pool the class's constant pool (to find the attributes named {@code Code})
   * @param tail the class file from the end of its constant pool on, changed in place
   * @param virtualRefs the method references whose calls become static
   */
  CodeWalker(ExitCallRewriter.ConstantPool pool, byte[] tail, Set<Integer> virtualRefs) {
    this.pool = pool;
    this.tail = tail;
    this.virtualRefs = virtualRefs;
  }

  void retargetVirtualCalls() {
    int at = 6; // access flags, this class, super class
    at += 2 + 2 * ExitCallRewriter.u2(tail, at); // interfaces
    at = members(at, false); // fields
    members(at, true); // methods
  }

  /** Skips (or, for methods, walks) a table of fields or methods; returns where it ends. */
  private int members(int at, boolean methods) {
    int count = ExitCallRewriter.u2(tail, at);
    at += 2;
    for (int i = 0; i < count; i++) {
      at += 6; // access flags, name, descriptor
      int attributes = ExitCallRewriter.u2(tail, at);
      at += 2;
      for (int a = 0; a < attributes; a++) {
        int name = ExitCallRewriter.u2(tail, at);
        int length = ExitCallRewriter.u4(tail, at + 2);
        if (methods && pool.tag(name) == 1 && pool.utf8(name).equals("Code")) {
          // max_stack, max_locals, code_length, then the code
          code(at + 6 + 8, ExitCallRewriter.u4(tail, at + 6 + 4));
        }
        at += 6 + length;
      }
    }
    return at;
  }

  private void code(int start, int length) {
    int pc = 0;
    while (pc < length) {
      int at = start + pc;
      int opcode = tail[at] & 0xff;
      if (opcode == INVOKEVIRTUAL && virtualRefs.contains(ExitCallRewriter.u2(tail, at + 1))) {
        tail[at] = (byte) INVOKESTATIC;
      }
      pc += length(start, pc, opcode);
    }
  }

  private int length(int start, int pc, int opcode) {
    int at = start + pc;
    switch (opcode) {
      case TABLESWITCH -> {
        int operands = at + 1 + pad(pc);
        int low = ExitCallRewriter.u4(tail, operands + 4);
        int high = ExitCallRewriter.u4(tail, operands + 8);
        return 1 + pad(pc) + 12 + 4 * (high - low + 1);
      }
      case LOOKUPSWITCH -> {
        int pairs = ExitCallRewriter.u4(tail, at + 1 + pad(pc) + 4);
        return 1 + pad(pc) + 8 + 8 * pairs;
      }
      case WIDE -> {
        return (tail[at + 1] & 0xff) == IINC ? 6 : 4;
      }
      default -> {
        int length = LENGTHS[opcode];
        if (length == 0) {
          throw new IllegalArgumentException("unknown opcode " + opcode);
        }
        return length;
      }
    }
  }

  /** The padding after a switch opcode at {@code pc}, up to a multiple of four from the start. */
  private static int pad(int pc) {
    return (4 - ((pc + 1) % 4)) % 4;
  }

  private static int[] lengths() {
    int[] lengths = new int[256];
    fill(lengths, 0x00, 0x0f, 1); // nop, constants
    lengths[0x10] = 2; // bipush
    lengths[0x11] = 3; // sipush
    lengths[0x12] = 2; // ldc
    fill(lengths, 0x13, 0x14, 3); // ldc_w, ldc2_w
    fill(lengths, 0x15, 0x19, 2); // loads with an index
    fill(lengths, 0x1a, 0x35, 1); // loads without, array loads
    fill(lengths, 0x36, 0x3a, 2); // stores with an index
    fill(lengths, 0x3b, 0x83, 1); // stores without, array stores, stack, arithmetic
    lengths[IINC] = 3;
    fill(lengths, 0x85, 0x98, 1); // conversions, comparisons
    fill(lengths, 0x99, 0xa8, 3); // branches, goto, jsr
    lengths[0xa9] = 2; // ret
    fill(lengths, 0xac, 0xb1, 1); // returns
    fill(lengths, 0xb2, 0xb8, 3); // fields, invokevirtual/special/static
    fill(lengths, 0xb9, 0xba, 5); // invokeinterface, invokedynamic
    lengths[0xbb] = 3; // new
    lengths[0xbc] = 2; // newarray
    lengths[0xbd] = 3; // anewarray
    fill(lengths, 0xbe, 0xbf, 1); // arraylength, athrow
    fill(lengths, 0xc0, 0xc1, 3); // checkcast, instanceof
    fill(lengths, 0xc2, 0xc3, 1); // monitors
    lengths[0xc5] = 4; // multianewarray
    fill(lengths, 0xc6, 0xc7, 3); // ifnull, ifnonnull
    fill(lengths, 0xc8, 0xc9, 5); // goto_w, jsr_w
    return lengths;
  }

  private static void fill(int[] lengths, int from, int to, int length) {
    for (int opcode = from; opcode <= to; opcode++) {
      lengths[opcode] = length;
    }
  }
}
