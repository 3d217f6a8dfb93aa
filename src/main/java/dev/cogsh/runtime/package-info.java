/**
 * The one static bridge that snippet code reads: {@code Session.auth()}, {@code .creds()}, {@code
 * .api()}, set once before {@code startup.jsh} runs.
 */
package dev.cogsh.runtime;
