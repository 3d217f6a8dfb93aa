/** Signed HTTP calls to the configured API, responses, and the debugging of signatures. */
package dev.cogsh.api;
