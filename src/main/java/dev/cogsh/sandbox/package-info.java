/**
 * A loopback emulator of a Cognito User Pool, an Identity Pool and an IAM-authorized API Gateway.
 */
package dev.cogsh.sandbox;
