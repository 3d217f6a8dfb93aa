package dev.cogsh.sigv4;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the region from an API Gateway host, {@code <api-id>.execute-api.<region>.amazonaws.com}
 * (also {@code .amazonaws.com.cn}). Custom domains carry no region: the caller names it.
 */
public final class ExecuteApiHost {

  /** The signing name of API Gateway's invoke endpoint. */
  public static final String SERVICE = "execute-api";

  private static final Pattern HOST =
      Pattern.compile("[a-z0-9-]+\\.execute-api\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?\\.?");

  private ExecuteApiHost() {}

  /** The region of an execute-api host (any case, with or without a port), or empty. */
  public static Optional<String> region(String host) {
    if (host == null) {
      return Optional.empty();
    }
    String name = host.toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    Matcher m = HOST.matcher(name);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
