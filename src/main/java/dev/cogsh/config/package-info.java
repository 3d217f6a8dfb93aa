/**
 * The effective configuration ({@link dev.cogsh.config.Config}) and the only code that reads
 * environment variables, system properties and configuration files.
 *
 * <p>{@link dev.cogsh.config.ConfigLoader} resolves flags, {@code COGSH_*} variables, {@code
 * cogsh.json} and its profiles into a {@link dev.cogsh.config.ResolvedConfig} (or the instruction
 * to start the sandbox), validating every value; {@link dev.cogsh.config.ConfigImporter} reads a
 * front end's {@code config.js}, {@code aws-exports.js} or {@code amplify_outputs.json} without
 * running JavaScript and plans the merge into {@code cogsh.json}. See {@code
 * docs/configuration.md}.
 */
package dev.cogsh.config;
