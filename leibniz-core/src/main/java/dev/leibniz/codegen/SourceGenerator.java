package dev.leibniz.codegen;

import dev.leibniz.expr.MathFunction;
import dev.leibniz.graph.Scalar;
import dev.leibniz.graph.StraightLine;
import dev.leibniz.graph.StraightLine.Step;
import dev.leibniz.graph.StraightLine.Target;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link StraightLine} as a function in another language: the forward sweep as one
 * assignment per node ({@code t1 = x * z}), then the backward sweep, one line per contribution
 * ({@code g_x += g_t1 * z}), so every common subexpression is computed once and shared by the
 * value and all the partials, as on the tape. Values are {@code t1, t2, ...} in the order they
 * are computed, the adjoint of {@code v} (the derivative of the result by v) is {@code g_v}, and
 * the products of a long product's rule are {@code p1, p2, ...}.
 */
final class SourceGenerator {
  /** Names the generated code uses itself, which a variable must not take. */
  private static final Pattern OWN_NAMES = Pattern.compile("(t|p)[0-9]+|g_.*|gradient|math");

  private final StraightLine line;
  private final Syntax syntax;
  private final String[] valueName;
  private final Set<MathFunction> used = EnumSet.noneOf(MathFunction.class);
  private boolean usesPowerLog;

  private SourceGenerator(StraightLine line, Syntax syntax) {
    this.line = line;
    this.syntax = syntax;
    valueName = new String[line.size()];
    List<String> variables = line.variables();
    for (int j = 0; j < variables.size(); j++) valueName[j] = identifier(variables.get(j));
    int computed = 0;
    for (Step s : line.forward()) {
      if (valueName[s.index()] == null) valueName[s.index()] = "t" + ++computed;
    }
  }

  /** The whole source: {@code name(variables...)} returning the value and the gradient. */
  static String generate(StraightLine line, Syntax syntax, String name, String doc) {
    return new SourceGenerator(line, syntax).generate(name, doc);
  }

  private String generate(String requestedName, String doc) {
    String name = identifier(requestedName);
    for (MathFunction f : MathFunction.values()) {
      if (f.canonicalName().equals(name)) name = name + "_"; // not a helper's name
    }
    if (!name.equals(requestedName) && doc.startsWith(requestedName + "(")) {
      // The comment names the function as the code does: "int_(x) = x^2" over int_.
      doc = name + doc.substring(requestedName.length());
    }
    List<String> body = new ArrayList<>();
    body.add(syntax.comment("forward sweep: each subexpression once"));
    boolean[] declared = new boolean[line.size()];
    for (Step s : line.forward()) {
      body.add(syntax.statement(valueName[s.index()], s.op(), print(s.value(), 0),
          !declared[s.index()]));
      declared[s.index()] = true;
    }
    body.add(syntax.comment("backward sweep: g_v is the derivative of the result by v"));
    boolean[] hasAdjoint = new boolean[line.size()];
    for (Step s : line.backward()) {
      if (s.target() == Target.ADJOINT && line.isConstant()[s.index()]) continue;
      String target = s.target() == Target.TEMP ? "p" + (s.index() + 1) : adjoint(s.index());
      body.add(syntax.statement(target, s.op(), print(s.value(), 0), s.op() == '='));
      if (s.target() == Target.ADJOINT) hasAdjoint[s.index()] = true;
    }
    List<String> gradient = new ArrayList<>();
    for (int j = 0; j < line.variableCount(); j++) {
      gradient.add(hasAdjoint[j] ? adjoint(j) : syntax.literal(0));
    }
    List<String> parameters = new ArrayList<>();
    for (int j = 0; j < line.variableCount(); j++) parameters.add(valueName[j]);
    StringBuilder out = new StringBuilder(syntax.opening(name, parameters, doc, helpers()));
    for (String statement : body) out.append(statement).append('\n');
    out.append(syntax.closing(gradient, print(new Scalar.NodeValue(line.output()), 0)));
    return out.toString();
  }

  /** The helpers of the functions used, and of those their helpers call, in turn. */
  private List<String> helpers() {
    Set<String> texts = new LinkedHashSet<>();
    Set<MathFunction> defined = EnumSet.noneOf(MathFunction.class);
    Set<MathFunction> wanted = EnumSet.copyOf(used);
    while (!wanted.isEmpty()) {
      MathFunction f = wanted.iterator().next();
      wanted.remove(f);
      if (!defined.add(f)) continue;
      Set<MathFunction> calls = EnumSet.noneOf(MathFunction.class);
      String helper = HelperBodies.definition(syntax, f, calls);
      if (helper != null) texts.add(helper);
      wanted.addAll(calls);
    }
    if (usesPowerLog) texts.add(syntax.powerLogHelper());
    return List.copyOf(texts);
  }

  private String adjoint(int node) {
    return "g_" + valueName[node];
  }

  /** A variable's name as an identifier the language takes and the code does not use. */
  private String identifier(String name) {
    String id = name.replaceAll("[^A-Za-z0-9_]", "_");
    if (!Character.isLetter(id.charAt(0))) id = "v" + id;
    while (syntax.reserved().contains(id) || OWN_NAMES.matcher(id).matches()) id = id + "_";
    return id;
  }

  /**
   * {@code s} as text, in parentheses where its precedence (1 for + and -, 2 for * and /, 3 for
   * a negation, 4 for an atom) is below {@code context}'s.
   */
  private String print(Scalar s, int context) {
    String text;
    int precedence;
    if (s instanceof Scalar.Binary b) {
      precedence = b.op() == '+' || b.op() == '-' ? 1 : 2;
      char op = b.op();
      Scalar right = b.right();
      if (op == '+' && right instanceof Scalar.Negation n) { // a + (-b) is a - b, exactly
        op = '-';
        right = n.operand();
      }
      // Left to right as computed; a right operand of the same precedence keeps its
      // parentheses, since floating point does not reassociate: a * (1 / x), a - (b + c).
      text = print(b.left(), precedence) + " " + op + " " + print(right, precedence + 1);
    } else if (s instanceof Scalar.Negation n) {
      precedence = 3;
      String operand = print(n.operand(), 3);
      text = "-" + (operand.startsWith("-") ? "(" + operand + ")" : operand); // never "--"
    } else if (s instanceof Scalar.Literal l) {
      text = syntax.literal(l.value());
      precedence = text.startsWith("-") ? 3 : 4;
    } else {
      precedence = 4;
      text = atom(s);
    }
    return precedence < context ? "(" + text + ")" : text;
  }

  private String atom(Scalar s) {
    if (s instanceof Scalar.NodeValue n) {
      return line.isConstant()[n.node()] ? syntax.literal(line.constant()[n.node()])
          : valueName[n.node()];
    }
    if (s instanceof Scalar.Adjoint a) return adjoint(a.node());
    if (s instanceof Scalar.Temp t) return "p" + (t.index() + 1);
    if (s instanceof Scalar.Apply a) {
      used.add(a.function());
      return syntax.call(a.function(), print(a.argument(), 0));
    }
    if (s instanceof Scalar.Exp e) return syntax.exp(print(e.argument(), 0));
    if (s instanceof Scalar.Sqrt r) return syntax.sqrt(print(r.argument(), 0));
    if (s instanceof Scalar.Pow p) return syntax.pow(print(p.base(), 0), print(p.exponent(), 0));
    if (s instanceof Scalar.PowerLog l) {
      usesPowerLog = true;
      return syntax.powerLog(print(l.base(), 0), print(l.power(), 0));
    }
    throw new IllegalStateException("unhandled " + s);
  }
}
