package dev.cogsh.config;

import java.nio.file.Path;

/**
 * How to write an import.
 *
 * @param target the {@code cogsh.json} to write or merge into
 * @param api the name of the API (or stage) for the top level when several were found; {@code null}
 *     takes the first
 * @param profile write into {@code profiles.<profile>} instead of the top level; {@code null} for
 *     the top level
 * @param force replace values that differ instead of refusing
 */
public record ImportOptions(Path target, String api, String profile, boolean force) {}
