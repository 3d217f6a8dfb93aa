/**
 * An in-process JShell without a terminal: evaluation, snippet splitting, completion, and a
 * forgiving lexer of Java source ({@link dev.cogsh.engine.JavaLexer}) for what the compiler would
 * still reject (half-typed input: highlighting, secret literals).
 */
package dev.cogsh.engine;
