package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.check.FiniteDifferences;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweeps: Jacobians, Hessians, and the derivative rule of every kind of node. */
class TapeTest {
  static final Expr X = Expr.var("x");
  static final Expr Y = Expr.var("y");
  static final List<String> XY = List.of("x", "y");

  @Test
  void jacobianOfThreeOutputs() {
    Tape tape = GraphCompiler.compile(
        List.of(Expr.product(X, Y), Expr.sum(X, Y), Expr.call(MathFunction.SIN, X)), XY);
    double[][] jacobian = new double[3][2];
    tape.jacobian(new double[] {2, 3}, jacobian);
    assertRows(new double[][] {{3, 2}, {1, 1}, {Math.cos(2), 0}}, jacobian, 1e-15);
    double[] values = new double[3];
    tape.values(new double[] {2, 3}, values);
    assertRows(new double[][] {{6, 5, Math.sin(2)}}, new double[][] {values}, 1e-15);
  }

  @Test
  void jacobianIgnoresANanInAnotherOutput() {
    Tape tape = GraphCompiler.compile(List.of(Expr.product(X, Y), Expr.call(MathFunction.LN, X)),
        XY);
    double[][] jacobian = new double[2][2];
    tape.jacobian(new double[] {-2, 3}, jacobian);
    // ln(-2) is undefined: its row is NaN (issue 10), the other row is untouched.
    assertRows(new double[][] {{3, -2}}, new double[][] {jacobian[0]}, 1e-15);
    assertTrue(Double.isNaN(jacobian[1][0]) && Double.isNaN(jacobian[1][1]));
  }

  @Test
  void hessianOfCubeTimesSquare() {
    double[][] hessian = hessian(Expr.product(Expr.power(X, 3), Expr.power(Y, 2)), 2, 3);
    // f_xx = 6xy^2, f_xy = 6x^2y, f_yy = 2x^3
    assertRows(new double[][] {{108, 72}, {72, 16}}, hessian, 1e-15);
  }

  @Test
  void hessianOfATranscendentalFunction() {
    double[][] hessian = hessian(Expr.call(MathFunction.SIN, Expr.product(X, Y)), 0.5, 1.5);
    double s = Math.sin(0.75);
    double c = Math.cos(0.75);
    double[][] expected = {{-1.5 * 1.5 * s, c - 0.75 * s}, {c - 0.75 * s, -0.25 * s}};
    assertRows(expected, hessian, 1e-15);
  }

  /**
   * The Hessian as the front ends compute it: the symbolic gradient compiled into one tape with
   * an output per partial, its Jacobian by reverse mode.
   */
  private static double[][] hessian(Expr f, double x, double y) {
    List<Expr> gradient = List.of(Differentiator.derivative(f, "x"),
        Differentiator.derivative(f, "y"));
    double[][] out = new double[2][2];
    GraphCompiler.compile(gradient, XY).jacobian(new double[] {x, y}, out);
    return out;
  }

  @Test
  void everyKindOfNodeDifferentiatesLikeFiniteDifferences() {
    Expr z = Expr.var("z");
    List<Expr> cases = List.of(
        Expr.product(Expr.num(3), X, Y, z),                       // scaled product
        Expr.sum(X, Expr.product(Expr.num(-2), Y), Expr.num(7)),  // weighted sum
        Expr.quotient(Expr.product(Expr.num(5), X), Expr.sum(Y, z)), // scaled quotient
        Expr.power(Expr.num(3), Expr.negate(X)),                  // constant base
        Expr.power(X, -2),                                        // reciprocal
        Expr.power(Expr.sum(X, Y), Expr.num(Rational.of(3, 2))),
        Expr.power(X, Y),                                         // general power
        Expr.power(Expr.num(2), X),
        Expr.power(X, Constant.PI),                               // constant exponent
        Expr.exp(Expr.product(X, Y)),
        Expr.quotient(Expr.num(1), Expr.product(X, Y, z)),
        Expr.product(Constant.PI, X, Expr.call(MathFunction.ATAN, Expr.quotient(Y, z))),
        Expr.product(X, X, Y, Y, Y));
    double[] point = {1.3, 0.7, 2.1};
    for (Expr e : cases) {
      Tape tape = GraphCompiler.compile(e, List.of("x", "y", "z"));
      double[] gradient = new double[3];
      tape.gradient(point, gradient);
      double[] expected = FiniteDifferences.gradient(tape::value, point);
      for (int j = 0; j < 3; j++) {
        assertEquals(expected[j], gradient[j], 1e-7 * Math.max(1, Math.abs(expected[j])),
            e + " by variable " + j);
      }
    }
  }

  @Test
  void powerOfAZeroBaseHasAZeroExponentDerivative() {
    Tape tape = GraphCompiler.compile(Expr.power(X, Y), XY);
    double[] gradient = new double[2];
    assertEquals(0, tape.gradient(new double[] {0, 2}, gradient));
    assertEquals(0, gradient[0]);
    assertEquals(0, gradient[1]);
    tape.gradient(new double[] {-2, 2}, gradient);
    assertEquals(-4, gradient[0]);
    assertTrue(Double.isNaN(gradient[1]), "d/dy (-2)^y is not real");
  }

  @Test
  void constantBaseNeedsNoLogarithmOfTheExponent() {
    // (-8)^x has a derivative by no real number, but x^3 at -2 has one: the base is constant
    Tape tape = GraphCompiler.compile(Expr.power(X, 3), List.of("x"));
    double[] gradient = new double[1];
    assertEquals(-8, tape.gradient(new double[] {-2}, gradient));
    assertEquals(12, gradient[0]);
  }

  @Test
  void aConstantOrAVariableAsTheOutput() {
    double[] gradient = new double[2];
    Tape constant = GraphCompiler.compile(Expr.num(5), XY);
    assertEquals(5, constant.gradient(new double[] {1, 2}, gradient));
    assertRows(new double[][] {{0, 0}}, new double[][] {gradient}, 0);
    Tape variable = GraphCompiler.compile(Y, XY);
    assertEquals(2, variable.gradient(new double[] {1, 2}, gradient));
    assertRows(new double[][] {{0, 1}}, new double[][] {gradient}, 0);
    assertEquals("out = y = 2\ng_out = 1\ng_x = 0\ng_y = g_out = 1\n",
        GraphPrinter.trace(variable, new double[] {1, 2}));
  }

  @Test
  void copiesShareTheGraphButNotTheBuffers() {
    Tape tape = LectureExampleTest.tape();
    Tape copy = tape.copy();
    assertEquals(tape.value(new double[] {2, 3}), copy.value(new double[] {2, 3}));
    tape.value(new double[] {3, 1});
    assertEquals(412.19145728412116, copy.value(new double[] {2, 3}), 1e-12);
    assertEquals(List.of("x", "z"), copy.variables());
  }

  @Test
  void rejectsAPointOfTheWrongLength() {
    Tape tape = LectureExampleTest.tape();
    assertThrows(IllegalArgumentException.class, () -> tape.value(new double[] {2}));
  }

  static void assertRows(double[][] expected, double[][] actual, double tolerance) {
    for (int i = 0; i < expected.length; i++) {
      for (int j = 0; j < expected[i].length; j++) {
        assertEquals(expected[i][j], actual[i][j],
            tolerance * Math.max(1, Math.abs(expected[i][j])), "entry " + i + "," + j);
      }
    }
  }
}
