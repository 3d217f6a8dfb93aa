/**
 * The one static bridge that snippet code reads: {@code Session.auth()}, {@code .creds()}, {@code
 * .api()}, set once before the user's first snippet runs (by {@code dev.cogsh.session.OpenSession},
 * the only writer, again only for {@code /config use}), and mirrored in the fields of {@code
 * Bindings} that {@code startup.jsh} imports statically ({@code auth}, {@code creds}, {@code api},
 * {@code sandbox}).
 */
package dev.cogsh.runtime;
