package dev.cogsh.api;

/**
 * A finding without diagnosis: what an {@link Api} with no {@link Diagnostician} (or no response
 * yet) can say on its own.
 */
record BasicFinding(Kind kind, String summary, String text) implements Finding {

  /** Before the first request. */
  static BasicFinding none() {
    return new BasicFinding(
        Kind.NONE, null, "no request yet: send one first, e.g. api.get(\"/notes\")");
  }

  /** The status line and, for an error, the server's message. */
  static BasicFinding of(Response r, String identity) {
    String line = r.statusLine() + "  " + r.request().method() + " " + r.shownTarget();
    if (r.ok()) {
      return new BasicFinding(Kind.OK, null, line + ": the server accepted the request");
    }
    return new BasicFinding(
        Kind.ERROR,
        null,
        line
            + ": "
            + r.errorMessage()
            + "\n(no diagnosis: this api was built without a diagnostician, so the signature is"
            + " not compared with the server's)\n");
  }

  @Override
  public String toString() {
    return text;
  }
}
