/**
 * The one static bridge that snippet code reads: {@code Session.auth()}, {@code .creds()}, {@code
 * .api()}, set once before {@code startup.jsh} runs (by {@code dev.cogsh.session.OpenSession}, the
 * only writer, again only for {@code /config use}).
 */
package dev.cogsh.runtime;
