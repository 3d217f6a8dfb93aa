/**
 * Temporary AWS credentials from a Cognito Identity Pool, cached until shortly before they expire,
 * and the other credential sources.
 */
package dev.cogsh.creds;
