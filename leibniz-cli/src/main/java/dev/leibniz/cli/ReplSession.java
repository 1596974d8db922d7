package dev.leibniz.cli;

import dev.leibniz.CheckReport;
import dev.leibniz.Derivative;
import dev.leibniz.Expression;
import dev.leibniz.MatrixDerivative;
import dev.leibniz.MatrixExpression;
import dev.leibniz.OnKink;
import dev.leibniz.error.LeibnizException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of one REPL session and what each line does to it, without a terminal: a line in,
 * the text to show out. An expression shows its derivative (by its only variable, by the
 * variable set with {@code :wrt}, or every first partial {@code d/dx = ...} one per line);
 * {@code d/dx EXPR}, {@code d2/dx2 EXPR} and {@code d/dx d/dz EXPR} say the variables in line;
 * {@code f := EXPR} names an expression and {@code ans} is the last result, both usable in later
 * lines; lines starting with {@code :} are commands ({@link ReplCommands}).
 *
 * <pre>{@code
 * ReplSession s = new ReplSession(false);
 * s.handle("x^3");          // "3*x^2"
 * s.handle("d/dx ans");     // "6*x"
 * }</pre>
 */
final class ReplSession {
  private static final Pattern DEFINITION =
      Pattern.compile("(\\p{L}[\\p{L}\\p{N}_]*)\\s*:=\\s*(.*)", Pattern.DOTALL);

  private final boolean interactive;
  private final Substitutions names = new Substitutions();
  private final Set<String> seen = new TreeSet<>();
  private String wrt;
  private Map<String, Double> point = Map.of();
  private List<Derivative> last = List.of();
  /** The last result when it had vectors or matrices (then {@link #last} is empty). */
  private List<MatrixDerivative> lastMatrix = List.of();
  /** The declarations of {@code :shape}, for every line after it. */
  private final Map<String, String> shapes = new LinkedHashMap<>();
  private boolean failed;
  private boolean finished;

  /**
   * A new session; an {@code interactive} one also confirms commands that only change state
   * ({@code :wrt}, {@code :at}, {@code f := ...}), which on a pipe print nothing.
   */
  ReplSession(boolean interactive) {
    this.interactive = interactive;
  }

  /**
   * Does what {@code line} asks and returns the text to show (empty for nothing); an error
   * returns its message with the caret, sets {@link #failed()} and leaves the state as it was.
   */
  String handle(String line) {
    failed = false;
    String text = InputLines.withoutComment(line).strip();
    if (text.isEmpty()) return "";
    try {
      String command = ReplCommands.bareCommand(text);
      if (command != null) return new ReplCommands(this).run(command);
      if (text.startsWith(":")) return new ReplCommands(this).run(text);
      Matcher definition = DEFINITION.matcher(text);
      if (definition.matches()) return define(definition.group(1), definition.group(2));
      return differentiate(text);
    } catch (LeibnizException e) {
      failed = true;
      return e.display();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Last resort: one line in place of a stack trace, and the session goes on.
      failed = true;
      return Failures.internal(e);
    }
  }

  /** True when the last line handled was an error. */
  boolean failed() {
    return failed;
  }

  /** True once {@code :quit} was handled. */
  boolean finished() {
    return finished;
  }

  /** The declarations {@code :shape} set, name to shape text, in order. */
  Map<String, String> shapes() {
    return shapes;
  }

  /** The variables seen so far, for completion after {@code d/d}. */
  Set<String> variables() {
    return new TreeSet<>(seen);
  }

  /** The variables seen so far and the names defined, for completion. */
  Set<String> words() {
    Set<String> words = new TreeSet<>(seen);
    words.addAll(names.names());
    return words;
  }

  /** The prompt for the next line: {@code d/dx> } once {@code :wrt x} is set. */
  String prompt() {
    return (wrt == null ? "leibniz" : "d/d" + wrt) + "> ";
  }

  /**
   * A line that asks for derivatives, with or without leading operators; operators alone apply
   * to {@code ans}.
   */
  private String differentiate(String text) {
    Operators ops = Operators.split(text);
    String function = ops.rest().isEmpty() ? Substitutions.ANSWER : ops.rest();
    List<String> by = !ops.chain().isEmpty() ? ops.chain()
        : wrt != null ? List.of(wrt) : List.of();
    if (hasNonScalars(function, by)) {
      List<MatrixDerivative> derivatives =
          MatrixRepl.differentiate(names.parseMatrix(function, shapes), ops.chain(), wrt);
      showMatrix(derivatives);
      List<String> lines = new ArrayList<>();
      for (MatrixDerivative d : derivatives) lines.add(d.toString());
      return String.join("\n", lines);
    }
    Expression f = read(function);
    // With their steps, so that :steps shows the rules of the very derivative shown.
    List<Derivative> partials;
    if (!ops.chain().isEmpty()) partials = List.of(f.derivation(ops.chain(), true));
    else partials = Partials.of(f, wrt == null ? List.of() : List.of(wrt), 1, true);
    partials = Simplification.FULL.apply(partials);
    String reply = render(partials, TextFormat.PLAIN, true);
    show(partials);
    return reply;
  }

  /** {@code name := text}: remembers the expression under the name. */
  private String define(String name, String text) {
    Expression f = parse(text, ":=");
    refuseIfInterrupted();
    names.define(name, f);
    return interactive ? name + " = " + f : "";
  }

  /**
   * True if {@code text}, differentiated {@code by} these variables, is a line with vectors or
   * matrices under the {@code :shape} declarations, decided as for {@code --shape} and
   * {@code where} ({@link MatrixExpression#declaresNonScalar}), its names standing for their
   * expressions: a line that uses no name declared a vector or matrix, and no name for an
   * expression with one ({@code ans} after a line with vectors), is a scalar line, with every
   * scalar command.
   */
  private boolean hasNonScalars(String text, List<String> by) {
    return names.declaresNonScalar(text, shapes, by);
  }

  /**
   * Parses a scalar line with {@code ans} and the defined names standing for their expressions;
   * a line with vectors or matrices is refused, as {@code command} works on scalars only.
   */
  Expression parse(String text, String command) {
    if (hasNonScalars(text, List.of())) {
      if (!names.nonScalarThroughAnswer(text, shapes)) throw MatrixExpression.scalarOnly(command);
      throw new LeibnizException(command + " works on scalar expressions only; ans, the last "
          + "result, has vectors or matrices");
    }
    return read(text);
  }

  /** Parses a scalar line with {@code ans} and the defined names standing for their expressions. */
  private Expression read(String text) {
    Expression f = names.parse(text);
    seen.addAll(f.variables());
    return f;
  }

  /** Makes {@code partials} the last result: {@code ans} when there is just one. */
  void show(List<Derivative> partials) {
    refuseIfInterrupted();
    last = List.copyOf(partials);
    lastMatrix = List.of();
    if (partials.size() == 1) {
      names.answer(partials.get(0).result());
    } else {
      List<String> labels = new ArrayList<>();
      for (Derivative p : partials) labels.add(p.label());
      names.noAnswer(SeveralPartials.refusal(labels, partials.get(0).variables().get(0)));
    }
  }

  /**
   * Makes matrix {@code derivatives} the last result, for {@code :check} and {@code :latex}, and
   * for {@code ans} on later lines with vectors or matrices when there is just one.
   */
  private void showMatrix(List<MatrixDerivative> derivatives) {
    refuseIfInterrupted();
    lastMatrix = List.copyOf(derivatives);
    last = List.of();
    if (derivatives.size() == 1) {
      names.answer(derivatives.get(0).expression());
    } else {
      List<String> labels = new ArrayList<>();
      for (MatrixDerivative d : derivatives) labels.add(d.label());
      names.noAnswer(SeveralPartials.refusal(labels, derivatives.get(0).variables().get(0)));
    }
  }

  /** The partials as lines, {@code d/dx = ...} when there are several, values beside them. */
  String render(List<Derivative> partials, TextFormat format, boolean values) {
    List<String> lines = new ArrayList<>();
    for (Derivative p : partials) {
      String result = format.write(p.result());
      if (partials.size() > 1) result = format.operator(p) + " = " + result;
      lines.add(values ? result + value(p) : result);
    }
    return String.join("\n", lines);
  }

  /**
   * {@code [= 12.0 ✓]} beside a result when {@code :at} gives all its variables, else empty.
   * The mark says the symbolic value agrees with reverse mode, forward mode and finite
   * differences at that point ({@code ✗} and the disagreement if not; no mark where finite
   * differences cannot be trusted, as at a kink). On a kink where the derivative does not exist,
   * {@code [none, the point is on the kink of abs (at 0)]}.
   */
  String value(Derivative p) {
    Expression e = p.result();
    if (point.isEmpty() || !point.keySet().containsAll(p.function().variables())) return "";
    double v = e.evaluate(point);
    if (!Double.isFinite(v)) {
      return "   [" + e.explainUndefined(point).orElse("not a real number") + "]";
    }
    if (p.variables().isEmpty() || !point.keySet().containsAll(p.variables())) {
      return "   [= " + v + "]";
    }
    // On a kink the value is the kink's convention: the sides decide, and finite differences
    // cannot witness it.
    Optional<OnKink> sides = p.onKink(point);
    if (sides.isPresent()) {
      return sides.get().exists() ? "   [= " + sides.get().value().getAsDouble() + "]"
          : "   [" + OnKink.words(sides.get().function()) + "]";
    }
    CheckReport report = p.checkAt(point);
    if (report.skipped()) return "   [= " + v + "]";
    return report.ok() ? "   [= " + v + " ✓]"
        : "   [= " + v + " ✗ " + report.failure().orElse("") + "]";
  }

  boolean interactive() {
    return interactive;
  }

  List<Derivative> last() {
    return last;
  }

  List<MatrixDerivative> lastMatrix() {
    return lastMatrix;
  }

  Map<String, Double> point() {
    return point;
  }

  void point(Map<String, Double> point) {
    refuseIfInterrupted();
    this.point = Collections.unmodifiableMap(new LinkedHashMap<>(point));
  }

  String wrt() {
    return wrt;
  }

  void wrt(String variable) {
    refuseIfInterrupted();
    this.wrt = variable;
  }

  void finish() {
    finished = true;
  }

  /**
   * Stops a line that Ctrl-C interrupted ({@link ReplWorker}) before it changes the session: an
   * interrupted line leaves the names, the point and {@code ans} as they were.
   */
  private static void refuseIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) throw new LeibnizException("interrupted");
  }

  /** Throws the error for a missing operand, e.g. {@code :eval} without an expression. */
  static LeibnizException missing(String what) {
    return new LeibnizException("missing " + what);
  }
}
