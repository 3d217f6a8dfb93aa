package dev.cogsh.sigv4;

import java.util.ArrayList;
import java.util.List;

/**
 * Task 1, step 2: the canonical URI, the URI-encoded absolute path.
 *
 * <ul>
 *   <li>Empty path: {@code /}.
 *   <li>Normalization (every service but S3): remove {@code .} and {@code ..} segments and empty
 *       segments ({@code //}); keep a trailing slash when the path has one.
 *   <li>Encoding: for every service but S3 each segment of the wire path (already percent-encoded
 *       once) is encoded once more, so {@code %20} becomes {@code %2520}. S3 encodes once: each
 *       segment is decoded and encoded, so a wire path that is already canonical stays as it is.
 * </ul>
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-canonical-request
 */
public final class CanonicalUri {

  private CanonicalUri() {}

  static String of(String rawPath, boolean normalize, boolean doubleEncode) {
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    if (path.charAt(0) != '/') {
      path = "/" + path;
    }
    if (normalize && hasDotOrEmptySegment(path)) {
      path = normalize(path);
    }
    if (isCanonical(path)) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length() + 16);
    int start = 0;
    while (start <= path.length()) {
      int slash = path.indexOf('/', start);
      int end = slash < 0 ? path.length() : slash;
      String segment = path.substring(start, end);
      out.append(doubleEncode ? UriEncoding.encode(segment) : UriEncoding.recode(segment));
      if (slash < 0) {
        break;
      }
      out.append('/');
      start = slash + 1;
    }
    return out.toString();
  }

  /** Only unreserved characters and slashes: encoding (once or twice) changes nothing. */
  private static boolean isCanonical(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c != '/' && !UriEncoding.isUnreserved(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDotOrEmptySegment(String path) {
    return path.contains("//")
        || path.contains("/./")
        || path.contains("/../")
        || path.endsWith("/.")
        || path.endsWith("/..");
  }

  /** Removes dot segments and empty segments (RFC 3986 §5.2.4, plus {@code //} → {@code /}). */
  public static String normalize(String path) {
    List<String> kept = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (!kept.isEmpty()) {
          kept.remove(kept.size() - 1);
        }
        continue;
      }
      kept.add(segment);
    }
    String joined = "/" + String.join("/", kept);
    return !kept.isEmpty() && path.endsWith("/") ? joined + "/" : joined;
  }
}
