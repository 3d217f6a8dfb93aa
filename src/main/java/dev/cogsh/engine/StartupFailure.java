package dev.cogsh.engine;

/**
 * A start-up snippet that failed.
 *
 * @param script the script's name
 * @param line the line of the script where the snippet starts, from 1
 * @param outcome what went wrong
 */
public record StartupFailure(String script, int line, Outcome outcome) {}
