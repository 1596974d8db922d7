package dev.leibniz.cli;

import dev.leibniz.CheckReport;
import dev.leibniz.CompiledGradient;
import dev.leibniz.Derivative;
import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The REPL's commands, the lines that start with {@code :}, acting on a {@link ReplSession}. */
final class ReplCommands {
  /** The command names, for completion. */
  static final List<String> NAMES = List.of(
      ":help", ":wrt", ":at", ":steps", ":check", ":latex", ":simplify", ":eval", ":graph",
      ":shape", ":backprop", ":quit");

  static final String HELP = String.join("\n",
      "EXPR               the derivative: by its only variable, by the :wrt variable,",
      "                   or every first partial, one per line",
      "d/dx EXPR          the derivative by x; d2/dx2 EXPR the second; d/dx d/dz EXPR mixed",
      "f := EXPR          names EXPR; later lines may use f",
      "ans                the last result, usable inside expressions (one with vectors or",
      "                   matrices on such lines only); after a line that gave several",
      "                   partials there is none: ask for one with d/dx",
      ":wrt x             differentiate by x from now on (:wrt alone: automatic)",
      ":at x=2 z=3        show values at this point beside each result (:at alone: off)",
      ":steps             the rules, then the simplification, of the last result",
      ":check             prove the last result numerically at random points",
      ":latex [EXPR]      the last result (or EXPR) in LaTeX",
      ":simplify EXPR     the simplified expression",
      ":eval EXPR         the value at the :at point",
      ":shape W: 3x4, x: 4  declare vectors and matrices for the lines after (:shape alone:",
      "                   none); a 'where' clause on a line wins; a line that uses none",
      "                   of the names declared is a scalar line",
      ":backprop FILE     the backward equations of a program of forward equations",
      ":graph [EXPR]      the computation graph of EXPR (or of the last function) at the :at",
      "                   point: forward and backward sweeps",
      ":help, :quit       this help; leave (also help, quit, exit, or Ctrl-D)",
      "# text             a comment, alone or after an expression",
      "Ctrl-C             stops a long computation; the session stays as it was");

  private final ReplSession session;

  ReplCommands(ReplSession session) {
    this.session = session;
  }

  /**
   * The command a line of one bare word means, or null: {@code help} is {@code :help};
   * {@code quit} and {@code exit} are {@code :quit}, so that they are never differentiated as
   * the products {@code q*u*i*t} and {@code e*ξ*t}.
   */
  static String bareCommand(String text) {
    switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "help":
        return ":help";
      case "quit": case "exit":
        return ":quit";
      default:
        return null;
    }
  }

  /** Runs the command {@code line} (starting with {@code :}) and returns what to show. */
  String run(String line) {
    String[] parts = line.split("\\s+", 2);
    String name = parts[0];
    String argument = parts.length > 1 ? parts[1].strip() : "";
    switch (name) {
      case ":help": case ":h": case ":?":
        return HELP;
      case ":quit": case ":q": case ":exit":
        session.finish();
        return "";
      case ":wrt":
        return wrt(argument);
      case ":at":
        return at(argument);
      case ":steps":
        return steps();
      case ":check":
        return check();
      case ":graph":
        return graph(argument);
      case ":latex":
        return latex(argument);
      case ":simplify":
        return simplify(argument);
      case ":eval":
        return eval(argument);
      case ":shape":
        return MatrixRepl.shape(session, argument);
      case ":backprop":
        return MatrixRepl.backprop(argument);
      default:
        throw new LeibnizException("unknown command '" + name + "' (try :help)");
    }
  }

  private String wrt(String argument) {
    session.wrt(argument.isEmpty() ? null : Names.variable(argument));
    if (!session.interactive()) return "";
    return argument.isEmpty() ? "differentiating by each variable" : "differentiating by "
        + session.wrt();
  }

  private String at(String argument) {
    Map<String, Double> point = Points.parse(List.of(argument));
    session.point(point);
    if (!session.interactive()) return "";
    return point.isEmpty() ? "no point: values off" : "values at " + Points.show(point);
  }

  private String steps() {
    if (!session.lastMatrix().isEmpty()) {
      throw new LeibnizException(":steps shows the rules of scalar derivatives; the last result"
          + " has vectors or matrices");
    }
    List<Derivative> last = lastResult();
    List<String> lines = new ArrayList<>();
    for (Derivative p : last) {
      if (last.size() > 1) lines.add(p.label() + ":");
      lines.addAll(StepWriter.lines(p, TextFormat.PLAIN));
      lines.add((last.size() > 1 ? p.label() + " = " : "= ") + p.result());
    }
    return String.join("\n", lines);
  }

  private String check() {
    if (!session.lastMatrix().isEmpty()) return MatrixRepl.check(session.lastMatrix());
    List<String> lines = new ArrayList<>();
    for (Derivative p : lastResult()) {
      CheckReport report = p.check();
      lines.add((session.last().size() > 1 ? p.label() + " " : "") + report.summary());
    }
    return String.join("\n", lines);
  }

  private String graph(String argument) {
    if (session.point().isEmpty()) {
      throw new LeibnizException("the graph is worked at a point: set one first, e.g. :at x=2");
    }
    if (argument.isEmpty() && !session.lastMatrix().isEmpty()) {
      throw new LeibnizException(":graph draws scalar expressions; the last result has vectors"
          + " or matrices");
    }
    Expression f = argument.isEmpty() ? lastResult().get(0).function()
        : session.parse(argument, ":graph");
    CompiledGradient compiled = f.compile();
    return compiled.trace(CompiledPoint.of(compiled, f, session.point())).stripTrailing();
  }

  private List<Derivative> lastResult() {
    if (session.last().isEmpty()) throw new LeibnizException("no result yet");
    return session.last();
  }

  private String latex(String argument) {
    if (!argument.isEmpty()) return session.parse(argument, ":latex").toLatex();
    if (!session.lastMatrix().isEmpty()) return MatrixRepl.latex(session.lastMatrix());
    return session.render(lastResult(), TextFormat.LATEX, false);
  }

  private String simplify(String argument) {
    if (argument.isEmpty()) throw ReplSession.missing("expression after :simplify");
    Expression f = session.parse(argument, ":simplify").simplify();
    Derivative simplified = f.derivation(List.of(), true);
    String reply = f + session.value(simplified);
    session.show(List.of(simplified));
    return reply;
  }

  private String eval(String argument) {
    Expression f = session.parse(argument.isEmpty() ? Substitutions.ANSWER : argument, ":eval");
    return Double.toString(EvalCommand.value(f, session.point()));
  }
}
