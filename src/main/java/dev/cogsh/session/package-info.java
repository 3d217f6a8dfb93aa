/**
 * The one composition root: {@link dev.cogsh.session.SessionFactory} builds a session from the
 * configuration (flags, environment, files), the built-in sandbox when nothing is configured, and
 * the objects snippets call {@code auth}, {@code creds} and {@code api}, all over one HTTP
 * transport. The shell, {@code cogsh run} and {@code /config use} all build their sessions here,
 * and nothing else does.
 *
 * <p>An {@link dev.cogsh.session.OpenSession} holds what was built: the resolved configuration, the
 * sandbox, the {@link dev.cogsh.session.SessionTarget} (what it talks to, for the banner), the
 * secrets never to print and the request count; it installs the objects in {@code
 * dev.cogsh.runtime.Session}, the one static bridge snippets read.
 */
package dev.cogsh.session;
