package dev.cogsh.diagnose;

import dev.cogsh.diagnose.SignatureDiff.Line;
import dev.cogsh.diagnose.SignatureDiff.Section;
import dev.cogsh.sigv4.Redaction;

/**
 * The text of {@link SignatureDiff#text()}: labelled lines, same values once, differences twice.
 */
final class SignatureDiffText {

  private static final int LABEL = 28;

  private SignatureDiffText() {}

  static String of(SignatureDiff d) {
    StringBuilder out = new StringBuilder(2048);
    out.append("Signature mismatch: ").append(d.headline()).append('\n');
    out.append("Likely cause: ").append(d.cause().description()).append(". ").append(d.detail());
    out.append("\n\n");
    out.append(
        "'=' same on both sides; '≠' local (what was signed), then server (what it expected)\n");
    Line first = d.firstDifference().orElse(null);
    Section section = null;
    for (Line l : d.lines()) {
      if (l.section() != section) {
        section = l.section();
        out.append(
            section == Section.CANONICAL_REQUEST ? "Canonical request\n" : "String to sign\n");
      }
      if (!l.differs()) {
        out.append("  ").append(pad(l.label())).append(" = ").append(shown(l.label(), l.local()));
      } else {
        out.append("≠ ")
            .append(pad(l.label()))
            .append(" local  ")
            .append(shown(l.label(), l.local()));
        if (l == first) {
          out.append("   ← first difference");
        }
        out.append('\n')
            .append("  ")
            .append(pad(""))
            .append(" server ")
            .append(shown(l.label(), l.server()));
        if (l.label().equals("canonical hash") && !d.canonicalRequestsMatch()) {
          out.append("   (follows from the canonical request)");
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** A value for display: empty and absent made visible, session tokens masked. */
  static String shown(String label, String value) {
    if (value == null) {
      return "(none)";
    }
    if (value.isEmpty()) {
      return "(empty)";
    }
    if (label.equals("header x-amz-security-token")) {
      return Redaction.sessionTokens("x-amz-security-token:" + value).substring(21);
    }
    return value;
  }

  private static String pad(String label) {
    StringBuilder s = new StringBuilder(label);
    while (s.length() < LABEL) {
      s.append(' ');
    }
    return s.toString();
  }
}
