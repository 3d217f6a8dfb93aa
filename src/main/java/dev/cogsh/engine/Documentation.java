package dev.cogsh.engine;

/**
 * What the compiler knows about the method or type at the cursor.
 *
 * @param signature e.g. {@code String String.substring(int beginIndex)}
 * @param javadoc its Javadoc when the sources are at hand, else {@code null}
 */
public record Documentation(String signature, String javadoc) {}
