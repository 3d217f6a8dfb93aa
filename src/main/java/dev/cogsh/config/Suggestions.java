package dev.cogsh.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean …?" for misspelt keys: edit distance, case and separators ignored, known aliases.
 */
final class Suggestions {

  /** Names other tools use for cogsh's keys (compared after {@link #fold}). */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("clientid", "appClientId"),
          Map.entry("userpoolclientid", "appClientId"),
          Map.entry("userpoolwebclientid", "appClientId"),
          Map.entry("clientsecret", "appClientSecret"),
          Map.entry("cognitoregion", "region"),
          Map.entry("url", "apiUrl"),
          Map.entry("endpoint", "apiUrl"),
          Map.entry("invokeurl", "apiUrl"),
          Map.entry("apiendpoint", "apiUrl"),
          Map.entry("apigatewayregion", "apiRegion"),
          Map.entry("service", "apiService"),
          Map.entry("user", "username"),
          Map.entry("profile", "profiles"));

  private Suggestions() {}

  /** The known key {@code unknown} was probably meant to be, if any is close enough. */
  static Optional<String> closest(String unknown, Collection<String> known) {
    String folded = fold(unknown);
    for (String k : known) {
      if (fold(k).equals(folded)) {
        return Optional.of(k);
      }
    }
    String alias = ALIASES.get(folded);
    if (alias != null && known.contains(alias)) {
      return Optional.of(alias);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(folded, fold(k));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = folded.length() <= 4 ? 1 : folded.length() <= 8 ? 2 : 3;
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * Lower case without {@code _}, {@code -}, spaces and dots: {@code USER_POOL_ID} → userpoolid.
   */
  static String fold(String key) {
    return key.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s.]", "");
  }

  /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
