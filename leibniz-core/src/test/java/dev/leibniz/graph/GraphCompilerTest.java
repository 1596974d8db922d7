package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.check.FiniteDifferences;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shape of compiled graphs: sharing, fractions, order, depth. */
class GraphCompilerTest {
  static final Expr X = Expr.var("x");
  static final Expr Z = Expr.var("z");
  static final List<String> XZ = List.of("x", "z");

  @Test
  void productSplitsIntoNumeratorOverDenominator() {
    Expr e = Expr.quotient(Expr.product(X, Z), Expr.call(MathFunction.LN, X));
    Tape tape = GraphCompiler.compile(e, XZ);
    assertEquals(3, tape.intermediateCount());
    assertEquals("a = x*z = 6\nb = ln(x) = 0.6931471805599453\ny = a/b = 8.656170245333781\n",
        forwardLines(tape, new double[] {2, 3}));
  }

  @Test
  void equalSubexpressionsAreOneNode() {
    Expr sinX = Expr.call(MathFunction.SIN, X);
    // sin(x)*cos(x) + sin(x) + e^(sin(x)): sin(x) is computed once
    Expr e = Expr.sum(Expr.product(sinX, Expr.call(MathFunction.COS, X)), sinX, Expr.exp(sinX));
    Tape tape = GraphCompiler.compile(e, List.of("x"));
    assertEquals(5, tape.intermediateCount());
    double[] gradient = new double[1];
    tape.gradient(new double[] {0.7}, gradient);
    double s = Math.sin(0.7);
    double c = Math.cos(0.7);
    assertEquals(c * c - s * s + c + Math.exp(s) * c, gradient[0], 1e-14);
  }

  @Test
  void coefficientsBecomeWeightsSoTheirProductIsShared() {
    // 2*x*z - 3*x*z/ln(x): both coefficients become weights of the sum, x*z is shared
    Expr xz = Expr.product(X, Z);
    Expr e = Expr.sum(Expr.product(Expr.num(2), xz),
        Expr.quotient(Expr.product(Expr.num(-3), xz), Expr.call(MathFunction.LN, X)));
    Tape tape = GraphCompiler.compile(e, XZ);
    String lines = forwardLines(tape, new double[] {2, 3});
    assertTrue(lines.startsWith("a = x*z = 6\nb = ln(x) = "), lines);
    assertTrue(lines.contains("c = a/b = "), lines);
    assertTrue(lines.contains("y = 2*a - 3*c = "), lines);
  }

  @Test
  void operandsComeBeforeTheirUsers() {
    Graph graph = LectureExampleTest.tape().graph();
    for (int i = 0; i < graph.size(); i++) {
      for (int k = 0; k < graph.arity(i); k++) assertTrue(graph.operand(i, k) < i);
    }
  }

  @Test
  void compilesEveryKindOfExpressionNode() {
    Map<Class<?>, Expr> samples = Map.of(
        Num.class, Expr.num(4),
        Constant.class, Constant.PI,
        Var.class, X,
        Sum.class, Expr.sum(X, Z),
        Product.class, Expr.product(X, Z),
        Power.class, Expr.power(X, Z),
        Call.class, Expr.call(MathFunction.SIN, X));
    for (Class<?> kind : Expr.class.getPermittedSubclasses()) {
      Expr sample = samples.get(kind);
      assertTrue(sample != null && kind.isInstance(sample), "no sample of " + kind);
      Tape tape = GraphCompiler.compile(sample, XZ);
      assertTrue(Double.isFinite(tape.value(new double[] {0.5, 1.5})), kind.toString());
    }
  }

  @Test
  void deepNestingCompilesWithoutRecursion() {
    // x + sin(x + sin(x + ...)), 3000 levels: 6000 nodes deep
    Expr e = X;
    for (int i = 0; i < 3000; i++) e = Expr.sum(X, Expr.call(MathFunction.SIN, e));
    Tape tape = GraphCompiler.compile(e, List.of("x"));
    assertEquals(6000, tape.intermediateCount());
    double[] gradient = new double[1];
    tape.gradient(new double[] {0.3}, gradient);
    double[] expected = FiniteDifferences.gradient(tape::value, new double[] {0.3});
    assertEquals(expected[0], gradient[0], 1e-6 * Math.abs(expected[0]));
  }

  @Test
  void aLongSumIsOneNode() {
    int n = 100_000;
    List<Expr> terms = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      terms.add(Expr.call(MathFunction.SIN, Expr.product(Expr.num(k), X)));
    }
    Tape tape = GraphCompiler.compile(Expr.sum(terms), List.of("x"));
    // per term k*x and sin(k*x), with 1*x = x itself; one sum
    assertEquals(2 * n, tape.intermediateCount());
    double[] gradient = new double[1];
    tape.gradient(new double[] {1e-3}, gradient);
    double expected = 0;
    for (int k = 1; k <= n; k++) expected += k * Math.cos(k * 1e-3);
    assertEquals(expected, gradient[0], 1e-9 * Math.abs(expected));
  }

  @Test
  void rejectsAnUnlistedVariable() {
    assertThrows(IllegalArgumentException.class,
        () -> GraphCompiler.compile(Expr.product(X, Z), List.of("x")));
  }

  @Test
  void rejectsAVariableListedTwice() {
    assertThrows(IllegalArgumentException.class,
        () -> GraphCompiler.compile(X, List.of("x", "x")));
  }

  @Test
  void unusedVariablesHaveZeroGradient() {
    Tape tape = GraphCompiler.compile(Expr.call(MathFunction.COSH, X), XZ);
    double[] gradient = {7, 7};
    tape.gradient(new double[] {1, 2}, gradient);
    assertEquals(Math.sinh(1), gradient[0], 1e-15);
    assertEquals(0, gradient[1]);
    assertTrue(GraphPrinter.trace(tape, new double[] {1, 2}).endsWith("g_z = 0\n"));
  }

  /** The forward half of the trace. */
  static String forwardLines(Tape tape, double[] point) {
    String trace = GraphPrinter.trace(tape, point);
    return trace.substring(0, trace.indexOf("g_"));
  }
}
