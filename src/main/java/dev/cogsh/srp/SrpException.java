package dev.cogsh.srp;

/**
 * An SRP exchange that must stop: a malformed or illegal value from the peer (B mod N = 0, u = 0, A
 * mod N = 0, bad hex or base64). The message names the value and never contains a secret.
 */
public final class SrpException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the bad value. */
  public SrpException(String message) {
    super(message);
  }
}
