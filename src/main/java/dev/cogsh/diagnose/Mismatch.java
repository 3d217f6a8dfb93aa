package dev.cogsh.diagnose;

import dev.cogsh.diagnose.SignatureDiff.Cause;
import dev.cogsh.diagnose.SignatureDiff.Line;
import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.CanonicalUri;
import dev.cogsh.sigv4.UriEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Names the likely cause of a signature mismatch from the first line that differs. */
final class Mismatch {

  private static final String EMPTY_HASH =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  /** A cause with its one-line headline and a longer explanation. */
  record LikelyCause(Cause cause, String headline, String detail) {}

  private Mismatch() {}

  static LikelyCause infer(CanonicalRequest local, CanonicalRequest server, List<Line> lines) {
    Line first = lines.stream().filter(Line::differs).findFirst().orElse(null);
    if (first == null) {
      return new LikelyCause(
          Cause.SIGNATURE_ONLY,
          "every signed part matches (the signature differs: wrong secret key?)",
          "The canonical request and the string to sign are the same on both sides, so only the"
              + " signing key can differ: the secret key does not belong to the access key id (a"
              + " stale or mistyped secret, or the secret of other credentials).");
    }
    String label = first.label();
    String mine = first.local() == null ? "" : first.local();
    String theirs = first.server() == null ? "" : first.server();
    if (label.equals("method")) {
      return new LikelyCause(
          Cause.METHOD,
          "the method differs (signed " + mine + ", sent " + theirs + ")",
          "The request went out with another method than the one signed (a redirect turns POST"
              + " into GET, a proxy may rewrite it). Sign the method you send.");
    }
    if (label.equals("canonical URI")) {
      return path(mine, theirs);
    }
    if (label.equals("canonical query")) {
      return query(mine, theirs);
    }
    if (label.startsWith("header ")) {
      return HeaderMismatch.infer(
          label.substring("header ".length()), first.local(), first.server());
    }
    if (label.equals("signed headers")) {
      return new LikelyCause(
          Cause.SIGNED_HEADERS,
          "the signed headers differ (signed " + mine + ", the server read " + theirs + ")",
          "The SignedHeaders list the server read is not the one signed: the Authorization header"
              + " was changed or rebuilt after signing.");
    }
    if (label.equals("payload hash")) {
      return payload(mine, theirs, local);
    }
    if (label.equals("request date")) {
      return new LikelyCause(
          Cause.DATE,
          "the request date differs (signed " + mine + ", the server read " + theirs + ")",
          "The X-Amz-Date the server read is not the date in the signed string: the date header"
              + " was changed after signing, or a Date header was used instead.");
    }
    if (label.equals("credential scope")) {
      return scope(mine, theirs);
    }
    return new LikelyCause(
        Cause.SIGNATURE_ONLY,
        label + " differs",
        "The " + label + " of the string to sign differs; the canonical requests match.");
  }

  private static LikelyCause path(String mine, String theirs) {
    int a = depth(mine);
    int b = depth(theirs);
    if (a != b && fully(mine).equals(fully(theirs))) {
      String why =
          a < b
              ? "Every service but S3 encodes each path segment twice in the canonical URI: the"
                  + " signer encoded it fewer times than the server (an S3-style signer, double"
                  + " encoding switched off), or the path was percent-encoded once more after"
                  + " signing (e.g. '%20' sent as '%2520')."
              : "The path was signed with more encoding than the server applied: it was sent"
                  + " decoded (a proxy or client decoded '%2F' or '%20'), or the signer encoded"
                  + " input that was already percent-encoded.";
      return new LikelyCause(
          Cause.PATH_ENCODING,
          "the server's canonical URI differs (path encoded "
              + times(a)
              + (b == 0 ? ", sent decoded)" : ", expected " + times(b) + ")"),
          why);
    }
    if (withoutTrailingSlash(fully(mine)).equals(withoutTrailingSlash(fully(theirs)))) {
      return new LikelyCause(
          Cause.PATH,
          "the server's canonical URI differs (empty segments, dot segments or a trailing slash)",
          "The paths are the same but for '//', '.', '..' or a trailing slash: send the path"
              + " exactly as signed; a trailing slash is part of the path.");
    }
    return new LikelyCause(
        Cause.PATH,
        "the server's canonical URI differs (the path sent is not the path signed)",
        "The server received another path than the one signed: a proxy, a custom domain's base"
            + " path mapping or a stage prefix changed it, or the URL was edited after signing.");
  }

  private static LikelyCause query(String mine, String theirs) {
    List<String> a = params(mine);
    List<String> b = params(theirs);
    List<String> sortedA = new ArrayList<>(a);
    sortedA.sort(null);
    List<String> sortedB = new ArrayList<>(b);
    sortedB.sort(null);
    if (sortedA.equals(sortedB)) {
      return new LikelyCause(
          Cause.QUERY_ORDER,
          "the server's canonical query differs (parameters not sorted by name)",
          "The canonical query lists the parameters sorted by encoded name, then value; the"
              + " signer kept another order.");
    }
    List<String> plainA = plain(a);
    List<String> plainB = plain(b);
    if (plainA.equals(plainB)) {
      String why;
      if (theirs.contains("%2B") && !mine.contains("%2B")) {
        why = "a space sent as '+': SigV4 reads '+' as a plus sign; send spaces as %20";
      } else if (depth(theirs) != depth(mine)) {
        why =
            "a value encoded "
                + times(depth(theirs))
                + " on the wire, signed "
                + times(depth(mine));
      } else {
        why = "the same values, encoded differently";
      }
      return new LikelyCause(
          Cause.QUERY_ENCODING,
          "the server's canonical query differs (" + why + ")",
          "The query carries the same parameters, encoded differently: encode names and values"
              + " once, everything but A-Z a-z 0-9 - _ . ~ as %XX with upper-case hex, space as"
              + " %20, and do not re-encode text that is already percent-encoded.");
    }
    List<String> added = new ArrayList<>(plainB);
    plainA.forEach(added::remove);
    List<String> removed = new ArrayList<>(plainA);
    plainB.forEach(removed::remove);
    return new LikelyCause(
        Cause.QUERY,
        "the server's canonical query differs (parameters changed after signing)",
        "The query sent is not the query signed. Only sent: "
            + (added.isEmpty() ? "none" : String.join(", ", added))
            + "; only signed: "
            + (removed.isEmpty() ? "none" : String.join(", ", removed))
            + ".");
  }

  private static LikelyCause payload(String mine, String theirs, CanonicalRequest local) {
    if (CanonicalRequest.UNSIGNED_PAYLOAD.equals(mine)) {
      return new LikelyCause(
          Cause.PAYLOAD,
          "the payload hash differs (UNSIGNED-PAYLOAD is not accepted here)",
          "The server hashes the body; sign the body's SHA-256 instead of UNSIGNED-PAYLOAD.");
    }
    String what =
        EMPTY_HASH.equals(theirs)
            ? "the server received no body"
            : EMPTY_HASH.equals(mine)
                ? "a body was sent but none was signed"
                : "the body sent is not the body signed";
    return new LikelyCause(
        Cause.PAYLOAD,
        "the payload hash differs (" + what + ")",
        "The SHA-256 of the bytes received differs from the one signed: the body was changed or"
            + " re-encoded after signing (JSON re-serialized, a charset conversion, a trailing"
            + " newline). Sign exactly the bytes you send.");
  }

  private static LikelyCause scope(String mine, String theirs) {
    String[] a = mine.split("/", -1);
    String[] b = theirs.split("/", -1);
    if (a.length == 4 && b.length == 4) {
      if (!a[1].equals(b[1])) {
        return new LikelyCause(
            Cause.REGION,
            "the credential scope differs (region " + a[1] + " signed, " + b[1] + " expected)",
            "Sign for the API's region: it is part of an execute-api host; for a custom domain"
                + " give it explicitly.");
      }
      if (!a[2].equals(b[2])) {
        return new LikelyCause(
            Cause.SERVICE,
            "the credential scope differs (service " + a[2] + " signed, " + b[2] + " expected)",
            "API Gateway's signing name is execute-api.");
      }
      if (!a[0].equals(b[0])) {
        return new LikelyCause(
            Cause.DATE,
            "the credential scope differs (date " + a[0] + " signed, " + b[0] + " expected)",
            "The scope's date must be the first 8 characters of X-Amz-Date (UTC).");
      }
    }
    return new LikelyCause(
        Cause.DATE,
        "the credential scope differs",
        "Scope: <date>/<region>/<service>/aws4_request.");
  }

  private static String withoutTrailingSlash(String path) {
    String normalized = CanonicalUri.normalize(path);
    return normalized.endsWith("/") ? normalized.substring(0, normalized.length() - 1) : normalized;
  }

  /** How many times a text can be percent-decoded before it stops changing. */
  static int depth(String text) {
    int n = 0;
    String current = text;
    while (n < 8) {
      String decoded = new String(UriEncoding.decode(current), StandardCharsets.UTF_8);
      if (decoded.equals(current)) {
        return n;
      }
      current = decoded;
      n++;
    }
    return n;
  }

  /** The text decoded until it stops changing. */
  static String fully(String text) {
    String current = text;
    for (int n = 0; n < 8; n++) {
      String decoded = new String(UriEncoding.decode(current), StandardCharsets.UTF_8);
      if (decoded.equals(current)) {
        break;
      }
      current = decoded;
    }
    return current;
  }

  static String times(int n) {
    return switch (n) {
      case 0 -> "not at all";
      case 1 -> "once";
      case 2 -> "twice";
      default -> n + " times";
    };
  }

  private static List<String> params(String query) {
    return query.isEmpty() ? List.of() : List.of(query.split("&", -1));
  }

  /** Parameters fully decoded, '+' read as a space, sorted. */
  private static List<String> plain(List<String> params) {
    List<String> out = new ArrayList<>();
    for (String p : params) {
      out.add(fully(p).replace('+', ' '));
    }
    out.sort(null);
    return out;
  }
}
