/**
 * How cogsh shows things to people, written once for every package: the masking policy for secrets
 * ({@link dev.cogsh.human.Masks}), the duration format ({@link dev.cogsh.human.Durations}) and the
 * root type of every exception that tells the user what to do next ({@link
 * dev.cogsh.human.Hinted}).
 *
 * <p>A leaf: java.base only, pure functions (no clock, no environment, no I/O), so that even the
 * protocol cores ({@code sigv4}, {@code srp}) may use it.
 */
package dev.cogsh.human;
