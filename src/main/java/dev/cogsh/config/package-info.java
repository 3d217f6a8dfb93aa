/**
 * The effective configuration ({@link dev.cogsh.config.Config}) and the only code that reads
 * environment variables, system properties and configuration files.
 */
package dev.cogsh.config;
