package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code "trustedHosts": ["api.example.com", "*.internal.example.com"]} in {@code cogsh.json} (top
 * level, and in a profile, where it adds to the top level's): hosts that may receive signed
 * requests besides the configured API, AWS endpoints and loopback. A host name, or {@code *.}
 * followed by a domain of at least two labels (any subdomain of it, not the domain itself). No
 * scheme, port or path; plain {@code http} stays refused off loopback whatever is trusted.
 */
final class TrustedHosts {
  static final String KEY = "trustedHosts";
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private TrustedHosts() {}

  /** The hosts of one {@code trustedHosts} value, lower case; problems for bad entries. */
  static List<String> read(
      JsonNode node, String display, String key, List<ConfigException.Problem> problems) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add(
          new ConfigException.Problem(
              key,
              key + " in " + display + " must be an array of host names, found " + shown(node),
              "write it as \"" + KEY + "\": [\"api.example.com\", \"*.example.org\"]"));
      return List.of();
    }
    List<String> hosts = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        problems.add(
            new ConfigException.Problem(
                key,
                key + " in " + display + " must hold strings, found " + shown(item),
                "write each host in double quotes: \"api.example.com\""));
        continue;
      }
      String host = item.textValue().strip().toLowerCase(Locale.ROOT);
      Optional<String> wrong = problem(host);
      if (wrong.isPresent()) {
        problems.add(
            new ConfigException.Problem(
                key,
                key + " in " + display + ": \"" + item.textValue() + "\" " + wrong.get(),
                "give a host name (api.example.com) or a pattern (*.example.com), without"
                    + " scheme, port or path"));
      } else if (!hosts.contains(host)) {
        hosts.add(host);
      }
    }
    return List.copyOf(hosts);
  }

  /** Why {@code host} (lower case) is not a host name or pattern, if it is not. */
  static Optional<String> problem(String host) {
    if (host.isEmpty()) {
      return Optional.of("is empty");
    }
    if (host.contains("://") || host.contains("/") || host.contains(":")) {
      return Optional.of("is not a bare host name (no scheme, port or path)");
    }
    String domain = host.startsWith("*.") ? host.substring(2) : host;
    if (domain.contains("*")) {
      return Optional.of("may only start with \"*.\" (a * elsewhere is not a pattern cogsh reads)");
    }
    String[] labels = domain.split("\\.", -1);
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.of("is not a valid host name (letters, digits, '-' and dots)");
      }
    }
    if (host.startsWith("*.") && labels.length < 2) {
      return Optional.of("is too broad: a pattern needs a domain of two labels or more");
    }
    return Optional.empty();
  }

  private static String shown(JsonNode node) {
    return node.isContainerNode()
        ? node.getNodeType().toString().toLowerCase(Locale.ROOT)
        : node.toString();
  }
}
