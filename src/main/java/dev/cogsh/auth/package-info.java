/**
 * Cognito User Pool sign-in over the SDK {@code CognitoIdentityProviderClient}: {@code
 * USER_SRP_AUTH} (with {@link dev.cogsh.srp}), {@code USER_PASSWORD_AUTH}, {@code
 * REFRESH_TOKEN_AUTH}, and every challenge in between, answered through {@link
 * dev.cogsh.auth.ChallengeAnswers} (interactive, scripted or none).
 *
 * <p>{@link dev.cogsh.auth.Auth} is the shell's {@code auth}; {@code SignInStateMachine} is the
 * state machine; {@code CognitoCalls} adds {@code SECRET_HASH} and turns SDK failures into {@link
 * dev.cogsh.auth.AuthException}s via {@code CognitoErrors}. {@link dev.cogsh.auth.Tokens} and
 * {@link dev.cogsh.auth.Jwt} print masked. The user-facing guide is {@code docs/sign-in.md}.
 */
package dev.cogsh.auth;
