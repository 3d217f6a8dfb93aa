package dev.cogsh.session;

import dev.cogsh.api.Api;
import dev.cogsh.auth.Auth;
import dev.cogsh.creds.Creds;

/**
 * The objects snippets know as {@code auth}, {@code creds} and {@code api}: built together, for one
 * configuration, by {@link SessionFactory#objects}.
 */
record SessionObjects(Auth auth, Creds creds, Api api) {}
