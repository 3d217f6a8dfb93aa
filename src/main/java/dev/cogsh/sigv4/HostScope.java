package dev.cogsh.sigv4;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signing service and region an AWS host implies, as awscurl infers them: {@code
 * <id>.execute-api.<r>.amazonaws.com} → {@code execute-api}, {@code <id>.lambda-url.<r>.on.aws} →
 * {@code lambda}, {@code <id>.appsync-api.<r>.amazonaws.com} → {@code appsync}, S3 virtual-host and
 * path style → {@code s3}, {@code <service>[-fips].<r>.amazonaws.com} → that service, and a global
 * endpoint ({@code sts.amazonaws.com}, {@code iam.amazonaws.com}) → {@code us-east-1}. A custom
 * domain implies nothing. Pure: it reads only the host name.
 *
 * @param service the signing name
 * @param region the scope's region
 */
public record HostScope(String service, String region) {

  /** The region global endpoints sign for. */
  public static final String GLOBAL_REGION = "us-east-1";

  private static final String REGION = "([a-z]{2}(?:-[a-z]+)+-\\d+)";
  private static final String AWS = "\\.amazonaws\\.com(?:\\.cn)?";
  private static final Pattern EXECUTE_API =
      Pattern.compile("[a-z0-9-]+\\.execute-api\\." + REGION + AWS);
  private static final Pattern LAMBDA_URL =
      Pattern.compile("[a-z0-9-]+\\.lambda-url\\." + REGION + "\\.on\\.aws");
  private static final Pattern APPSYNC =
      Pattern.compile("[a-z0-9-]+\\.appsync-(?:api|realtime-api)\\." + REGION + AWS);

  /** {@code [bucket.]s3[.dualstack].<r>}, {@code [bucket.]s3-<r>}, or the global {@code s3}. */
  private static final Pattern S3_REGIONAL =
      Pattern.compile("(?:.+\\.)?s3(?:\\.dualstack)?[.-]" + REGION + AWS);

  private static final Pattern S3_GLOBAL =
      Pattern.compile("(?:.+\\.)?s3(?:-external-1)?\\.amazonaws\\.com");
  private static final Pattern REGIONAL =
      Pattern.compile(
          "([a-z0-9-]+(?:\\.[a-z0-9-]+)?)\\." + REGION + "(?:" + AWS + "|\\.api\\.aws)");
  private static final Pattern GLOBAL = Pattern.compile("([a-z0-9-]+)\\.amazonaws\\.com");

  /** Endpoint prefixes whose signing name differs. */
  private static final Map<String, String> SIGNING_NAMES =
      Map.of(
          "email", "ses",
          "streams.dynamodb", "dynamodb",
          "runtime.sagemaker", "sagemaker",
          "data.iot", "iotdata",
          "monitoring", "monitoring",
          "execute-api", "execute-api");

  /** The scope the host implies (any case, with or without a port or final dot), or empty. */
  public static Optional<HostScope> of(String host) {
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    String name = bare(host);
    Matcher m;
    if ((m = EXECUTE_API.matcher(name)).matches()) {
      return scope(ExecuteApiHost.SERVICE, m.group(1));
    }
    if ((m = LAMBDA_URL.matcher(name)).matches()) {
      return scope("lambda", m.group(1));
    }
    if ((m = APPSYNC.matcher(name)).matches()) {
      return scope("appsync", m.group(1));
    }
    if ((m = S3_REGIONAL.matcher(name)).matches()) {
      return scope("s3", m.group(1));
    }
    if (S3_GLOBAL.matcher(name).matches()) {
      return scope("s3", GLOBAL_REGION);
    }
    if ((m = REGIONAL.matcher(name)).matches()) {
      return scope(signingName(m.group(1)), m.group(2));
    }
    if ((m = GLOBAL.matcher(name)).matches() && !m.group(1).startsWith("s3")) {
      return scope(signingName(m.group(1)), GLOBAL_REGION);
    }
    return Optional.empty();
  }

  /**
   * Whether the host is an AWS endpoint ({@code amazonaws.com}, {@code .on.aws}, {@code .api.aws}).
   */
  public static boolean isAws(String host) {
    if (host == null) {
      return false;
    }
    String name = bare(host);
    return name.endsWith(".amazonaws.com")
        || name.endsWith(".amazonaws.com.cn")
        || name.endsWith(".on.aws")
        || name.endsWith(".api.aws");
  }

  private static String signingName(String prefix) {
    String name = prefix.endsWith("-fips") ? prefix.substring(0, prefix.length() - 5) : prefix;
    return SIGNING_NAMES.getOrDefault(name, name);
  }

  private static Optional<HostScope> scope(String service, String region) {
    return Optional.of(new HostScope(service, region));
  }

  /** Lower case, without a port and a final dot. */
  private static String bare(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      return name;
    }
    int colon = name.lastIndexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
