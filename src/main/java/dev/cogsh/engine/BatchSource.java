package dev.cogsh.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, from the tokens alone, which snippets may run together as one JShell evaluation, and
 * writes that evaluation's source. Asking JShell to classify a snippet would run the very analysis
 * batching saves, so this is lexical and conservative: anything that might declare something (which
 * must stay top-level so that later snippets see it), leave the snippet early, or name one of
 * JShell's temporaries is not batchable. Pure.
 */
public final class BatchSource {

  /** At most this many snippets in one batch. */
  public static final int MAX_STEPS = 100;

  /**
   * At most this many characters of snippets in one batch: well below the 64 KB a method's bytecode
   * may take (expression statements become methods of their own; a batch too large to compile falls
   * back to one-by-one evaluation anyway).
   */
  public static final int MAX_CHARS = 12_000;

  /** The host class the batch calls back ({@link BatchSteps}). */
  private static final String HOST = BatchSteps.class.getName();

  private static final Pattern TEMPORARY = Pattern.compile("\\$[0-9]");

  /** Tokens that may declare something, leave the snippet, or are otherwise unclear. */
  private static final Set<String> REFUSED =
      Set.of(
          "return",
          "yield",
          "break",
          "continue",
          "var",
          "class",
          "interface",
          "enum",
          "record",
          "import",
          "package",
          "switch",
          "case",
          "default",
          "public",
          "private",
          "protected",
          "static",
          "abstract",
          "native",
          "transient",
          "volatile",
          "strictfp",
          "sealed",
          "permits",
          "final",
          "this",
          "super",
          "goto",
          "const",
          "void");

  /** First tokens of statements emitted as they are. */
  private static final Set<String> STATEMENTS =
      Set.of("if", "for", "while", "do", "try", "throw", "synchronized", "assert");

  private static final Set<String> COMPOUND = Set.of("+", "-", "*", "/", "%", "&", "|", "^");

  private BatchSource() {}

  /**
   * The snippet as a batch step, or empty when it must be evaluated on its own.
   *
   * @param source a complete Java snippet as the compiler cut it
   */
  public static Optional<BatchStep> step(String source) {
    if (TEMPORARY.matcher(source).find()) {
      return Optional.empty();
    }
    List<JavaLexer.Token> tokens =
        JavaLexer.tokens(source).stream()
            .filter(t -> t.kind() != JavaLexer.Kind.BLANK && t.kind() != JavaLexer.Kind.COMMENT)
            .toList();
    if (tokens.size() < 2 || !refusedNone(tokens)) {
      return Optional.empty();
    }
    JavaLexer.Token first = tokens.get(0);
    JavaLexer.Token last = tokens.get(tokens.size() - 1);
    if (first.text().equals("{") || STATEMENTS.contains(first.text())) {
      return last.text().equals(";") || last.text().equals("}")
          ? Optional.of(new BatchStep(source, null, null))
          : Optional.empty();
    }
    if (!last.text().equals(";") || !expressionStart(tokens)) {
      return Optional.empty();
    }
    String expression = source.substring(0, last.start());
    if (expression.strip().isEmpty() || expression.stripTrailing().endsWith(";")) {
      return Optional.empty();
    }
    return Optional.of(new BatchStep(source, expression, assigned(tokens)));
  }

  private static boolean refusedNone(List<JavaLexer.Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      JavaLexer.Token token = tokens.get(i);
      if (token.kind() == JavaLexer.Kind.ANNOTATION) {
        return false;
      }
      boolean classLiteral = token.text().equals("class") && i > 0 && isDot(tokens.get(i - 1));
      if (token.kind() == JavaLexer.Kind.KEYWORD
          && REFUSED.contains(token.text())
          && !classLiteral) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the tokens start an expression statement and surely not a declaration: {@code new …},
   * {@code ++x}, or a dotted name followed by a call, an assignment, {@code ++}/{@code --} or an
   * index. A name followed by a name ({@code Type x}), by {@code <} ({@code List<String> x}, or a
   * shift), by {@code []}, {@code ::} or {@code :} (a label) is refused.
   */
  private static boolean expressionStart(List<JavaLexer.Token> tokens) {
    JavaLexer.Token first = tokens.get(0);
    if (first.text().equals("new")) {
      return true;
    }
    if (pair(tokens, 0, "+", "+") || pair(tokens, 0, "-", "-")) {
      return tokens.get(2).kind() == JavaLexer.Kind.IDENTIFIER;
    }
    if (first.kind() != JavaLexer.Kind.IDENTIFIER) {
      return false;
    }
    int i = afterName(tokens);
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i).text();
    String after = tokens.get(i + 1).text();
    return switch (next) {
      case "(" -> true;
      case "=" -> !after.equals("=");
      case "[" -> !after.equals("]");
      case "+", "-" -> after.equals(next) || after.equals("=");
      default -> COMPOUND.contains(next) && after.equals("=");
    };
  }

  /** The index of the token after a dotted name at the start of {@code tokens}. */
  private static int afterName(List<JavaLexer.Token> tokens) {
    int i = 1;
    while (i + 1 < tokens.size()
        && isDot(tokens.get(i))
        && tokens.get(i + 1).kind() == JavaLexer.Kind.IDENTIFIER) {
      i += 2;
    }
    return i;
  }

  /** For {@code name = value} (one plain name, one {@code =}): the name. */
  private static String assigned(List<JavaLexer.Token> tokens) {
    boolean plain =
        tokens.size() > 3
            && tokens.get(0).kind() == JavaLexer.Kind.IDENTIFIER
            && tokens.get(1).text().equals("=")
            && !tokens.get(2).text().equals("=");
    return plain ? tokens.get(0).text() : null;
  }

  private static boolean pair(List<JavaLexer.Token> tokens, int i, String a, String b) {
    return tokens.size() > i + 2
        && tokens.get(i).text().equals(a)
        && tokens.get(i + 1).text().equals(b)
        && tokens.get(i + 1).start() == tokens.get(i).end();
  }

  private static boolean isDot(JavaLexer.Token token) {
    return token.kind() == JavaLexer.Kind.PUNCTUATION && token.text().equals(".");
  }

  /**
   * The batch's source and where each step starts in it.
   *
   * @param source one block statement that runs every step in order, calling {@link BatchSteps}
   *     before and after each
   * @param firstLines the line (from 1) of {@code source} where each step's own source starts
   */
  public record Batch(String source, List<Integer> firstLines) {
    public Batch {
      firstLines = List.copyOf(firstLines);
    }

    /** The step's own line (from 1) for line {@code line} of the batch, 0 when outside it. */
    public int stepLine(int step, int line) {
      int first = firstLines.get(step);
      return line >= first ? line - first + 1 : 0;
    }
  }

  /**
   * The source of one JShell evaluation running {@code steps} in order: each expression statement
   * becomes {@code BatchSteps.step(k, () -> EXPRESSION)} (the value-returning overload when it has
   * a value, the void one when not), each other statement is written as it is between {@code
   * BatchSteps.begin(k)} and {@code BatchSteps.end(k)}. Every step starts on a line of its own, so
   * that a line of the batch maps back to a line of its step.
   */
  public static Batch build(List<BatchStep> steps) {
    StringBuilder text = new StringBuilder("{\n");
    int line = 2;
    List<Integer> firstLines = new java.util.ArrayList<>();
    for (int k = 0; k < steps.size(); k++) {
      BatchStep step = steps.get(k);
      firstLines.add(line);
      String written;
      if (step.isExpression()) {
        written = HOST + ".step(" + k + ", () -> " + step.expression() + "\n);\n";
      } else {
        written = HOST + ".begin(" + k + "); " + step.source() + "\n" + HOST + ".end(" + k + ");\n";
      }
      text.append(written);
      line += (int) written.chars().filter(c -> c == '\n').count();
    }
    return new Batch(text.append("}").toString(), firstLines);
  }
}
