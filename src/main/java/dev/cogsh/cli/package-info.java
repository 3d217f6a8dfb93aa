/**
 * The command line: {@code Main} and its subcommands, which parse arguments, call the packages
 * below and map outcomes to exit statuses. {@code cogsh verify} reads its input and prints; parsing
 * the captured request and checking its signature is {@code dev.cogsh.diagnose}'s ({@code
 * CapturedRequest}, {@code SignatureCheck}).
 */
package dev.cogsh.cli;
