package dev.cogsh.engine;

/**
 * One complete snippet cut from a larger input by the compiler.
 *
 * @param source the snippet as it will be evaluated (JShell may have added a closing {@code ;})
 * @param offset where the snippet starts in the input, in characters (for file:line reports)
 */
public record Chunk(String source, int offset) {}
