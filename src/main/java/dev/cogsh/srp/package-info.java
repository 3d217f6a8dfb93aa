/**
 * Cognito's SRP-6a (RFC 5054, 3072-bit group) as pure functions: the client's password claim and
 * the verifier half a server needs. Imports java.base only; randomness and time are parameters.
 */
package dev.cogsh.srp;
