/** The command line: {@code Main} and its subcommands. */
package dev.cogsh.cli;
