package dev.cogsh.diagnose;

import dev.cogsh.diagnose.Mismatch.LikelyCause;
import dev.cogsh.diagnose.SignatureDiff.Cause;

/** The likely cause when a canonical header line differs. */
final class HeaderMismatch {

  private HeaderMismatch() {}

  static LikelyCause infer(String name, String local, String server) {
    if (local == null || server == null) {
      return new LikelyCause(
          Cause.SIGNED_HEADERS,
          "header "
              + name
              + (local == null ? " is signed by the server only" : " is signed locally only"),
          "The two sides sign different header lists: the Authorization header's SignedHeaders"
              + " was changed after signing.");
    }
    String shownLocal = SignatureDiffText.shown("header " + name, local);
    String shownServer = SignatureDiffText.shown("header " + name, server);
    if (server.isEmpty() && !local.isEmpty()) {
      return new LikelyCause(
          Cause.HEADER_MISSING,
          "header " + name + " differs (signed but not received)",
          "The header was signed but did not reach the server: the client, a browser or a proxy"
              + " dropped it. HttpClient and browsers set Host and Content-Length themselves.");
    }
    if (server.startsWith(local + ",")) {
      return new LikelyCause(
          name.equals("x-amz-date") ? Cause.DATE : Cause.HEADER_ADDED,
          "header " + name + " differs (sent twice: added again after signing)",
          "The server joins repeated headers with ','; it received "
              + shownServer
              + " where "
              + shownLocal
              + " was signed. Send each signed header once (a session token added by both the"
              + " signer and the code is the classic case).");
    }
    if (name.equals("content-type")) {
      String why =
          server.startsWith(local + ";")
              ? "'" + server.substring(local.length()) + "' appended after signing"
              : "changed after signing";
      return new LikelyCause(
          Cause.CONTENT_TYPE,
          "header content-type differs (" + why + ")",
          "The Content-Type sent must be byte-identical to the one signed: clients and browsers"
              + " append '; charset=UTF-8' or rewrite it. Set it before signing, exactly as sent.");
    }
    if (name.equals("x-amz-date")) {
      return new LikelyCause(
          Cause.DATE,
          "header x-amz-date differs (the date was changed after signing)",
          "The X-Amz-Date sent is not the date signed: re-sign instead of editing the date, and"
              + " never reuse a signature for another attempt.");
    }
    if (name.equals("host")) {
      return new LikelyCause(
          Cause.HEADER_CHANGED,
          "header host differs (signed " + local + ", received " + server + ")",
          "The Host the server saw is not the host signed: a proxy, a custom domain or a port"
              + " (':443' is left out by clients) changed it. Sign the host you connect to.");
    }
    return new LikelyCause(
        Cause.HEADER_CHANGED,
        "header " + name + " differs (changed after signing)",
        "The server received "
            + shownServer
            + " where "
            + shownLocal
            + " was signed: the header"
            + " was changed after signing. Set every header before signing.");
  }
}
