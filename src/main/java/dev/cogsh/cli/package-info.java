/**
 * The command line: {@code Main} and its subcommands. They parse arguments, open sessions through
 * {@code dev.cogsh.session} and map outcomes to exit statuses: 0 success, 1 a failure (an
 * unexpected error included: one line, {@code --debug} for the stack trace), 2 bad usage.
 *
 * <p>{@code cogsh verify} reads its input and prints; parsing the captured request and checking its
 * signature is {@code dev.cogsh.diagnose}'s ({@code CapturedRequest}, {@code SignatureCheck}).
 */
package dev.cogsh.cli;
