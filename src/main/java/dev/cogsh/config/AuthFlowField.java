package dev.cogsh.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks {@code authFlow}: one of {@link Config#AUTH_FLOWS}, in any case. */
final class AuthFlowField {

  private AuthFlowField() {}

  /** The flow named in {@code values} (upper case), or null; a wrong one is added to problems. */
  static String check(Map<Field, Sourced> values, List<ConfigException.Problem> problems) {
    Sourced raw = values.get(Field.AUTH_FLOW);
    if (raw == null) {
      return null;
    }
    String flow = raw.value().strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (Config.AUTH_FLOWS.contains(flow)) {
      return flow;
    }
    problems.add(
        new ConfigException.Problem(
            Field.AUTH_FLOW.key(),
            raw.describe(Field.AUTH_FLOW)
                + " is not a sign-in flow: expected one of "
                + String.join(", ", Config.AUTH_FLOWS),
            "leave authFlow out to sign in with USER_SRP_AUTH (the password never leaves this"
                + " process), or set it to USER_AUTH for e-mail or SMS codes"));
    values.remove(Field.AUTH_FLOW);
    return null;
  }
}
