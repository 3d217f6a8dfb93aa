/**
 * How cogsh shows things to people, written once for every package: the masking policy for secrets
 * ({@link dev.cogsh.human.Masks}), the duration format ({@link dev.cogsh.human.Durations}), the
 * root type of every exception that tells the user what to do next ({@link
 * dev.cogsh.human.Hinted}), and what keeps secrets off the screen: a session's {@link
 * dev.cogsh.human.SecretRegistry} of the values it learned and the {@link dev.cogsh.human.Redactor}
 * that masks them, and the shapes of secrets whose value it never learned, in every text on its way
 * out.
 *
 * <p>A leaf: java.base only, pure functions (no clock, no environment, no I/O), so that even the
 * protocol cores ({@code sigv4}, {@code srp}) may use it.
 */
package dev.cogsh.human;
