package dev.cogsh.engine;

/**
 * A variable the session has declared.
 *
 * @param name its name
 * @param type its declared type
 * @param value its value's text, as a value of a snippet prints
 */
public record Variable(String name, String type, String value) {}
