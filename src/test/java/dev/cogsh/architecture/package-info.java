/**
 * The architecture check of DESIGN §2, read from the compiled classes rather than from import
 * lines, so wildcard imports, fully-qualified names and method references all count.
 *
 * <p>{@link dev.cogsh.architecture.ClassFileReader} reads a class file (JVMS §4) into {@link
 * dev.cogsh.architecture.ClassFacts}: every class and member it names. {@link
 * dev.cogsh.architecture.DesignTable} is the package table as data, {@link
 * dev.cogsh.architecture.BannedCalls} the calls some packages must not make, and {@link
 * dev.cogsh.architecture.ArchitectureCheck} turns the facts into a list of {@link
 * dev.cogsh.architecture.Violation}s (edges, banned calls and cycles between packages).
 */
package dev.cogsh.architecture;
