/** Cognito User Pool sign-in: SRP and password flows, every challenge, refresh, tokens. */
package dev.cogsh.auth;
