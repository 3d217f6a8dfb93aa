package dev.cogsh.sandbox;

/**
 * What the API answers a browser, as the API Gateway console's "Enable CORS" form takes it (the
 * allowed methods are each resource's own, as the console derives them).
 *
 * @param origin {@code Access-Control-Allow-Origin}: {@code *} or one origin ({@code
 *     --cors-origin})
 * @param allowHeaders {@code Access-Control-Allow-Headers}, comma-separated ({@code
 *     --cors-headers}; the console's list by default)
 */
public record CorsSettings(String origin, String allowHeaders) {

  /** The console's defaults: any origin, {@link Cors#API_ALLOW_HEADERS}. */
  public static final CorsSettings DEFAULTS =
      new CorsSettings(Cors.ANY_ORIGIN, Cors.API_ALLOW_HEADERS);

  public CorsSettings {
    origin = Cors.checkOrigin(origin);
    if (allowHeaders == null
        || !allowHeaders.strip().matches("[A-Za-z0-9-]+(\\s*,\\s*[A-Za-z0-9-]+)*")) {
      throw new IllegalArgumentException(
          "--cors-headers takes header names separated by commas, such as "
              + Cors.API_ALLOW_HEADERS);
    }
    allowHeaders = allowHeaders.strip().replaceAll("\\s*,\\s*", ",");
  }

  /** The same with another origin. */
  public CorsSettings withOrigin(String value) {
    return new CorsSettings(value, allowHeaders);
  }

  /** The same with other allowed headers. */
  public CorsSettings withAllowHeaders(String value) {
    return new CorsSettings(origin, value);
  }
}
