package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprGenerator;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.ReferenceValues;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bytecode path against the interpreter it replaces: over random expressions of every node
 * kind and every function, at ordinary points and at the edges (0, ±1, where kinks and undefined
 * points are), the compiled tape gives the tape's value and gradient: the same NaNs, the same
 * kinks, and numbers equal to rounding ({@link #close}).
 */
class CompiledTapeTest {
  private static final List<String> XYZ = List.of("x", "y", "z");
  private static final double[] EDGES = {0, 0, 1, -1, 0.5, 2, -0.5};

  /** Equal, both NaN, or within a few units in the last place of the larger. */
  static boolean close(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b);
    if (a == b) return true;
    return Math.abs(a - b) <= 1e-13 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  /** Compares both paths at {@code point}: values, partials and kinks. */
  private static void agree(Tape tape, CompiledTape compiled, double[] point, String where) {
    int n = point.length;
    double[] byTape = new double[n];
    double[] byCode = new double[n];
    double y = tape.gradient(point, byTape);
    double yc = compiled.gradient(point, byCode);
    assertTrue(close(y, yc), where + ": value " + y + " against " + yc);
    for (int j = 0; j < n; j++) {
      assertTrue(close(byTape[j], byCode[j]), where + ": partial " + j + " " + byTape[j]
          + " against " + byCode[j]);
      assertEquals(tape.kink(j), compiled.kink(j), where + ": kink " + j);
    }
    assertTrue(close(tape.value(point), compiled.value(point)), where + ": value alone");
  }

  @Test
  void randomExpressionsAgreeAtOrdinaryAndEdgePoints() {
    SplittableRandom random = new SplittableRandom(13);
    int compared = 0;
    int refused = 0;
    for (long seed : ExprGenerator.seeds(1500).toArray()) {
      Expr f = new ExprGenerator(seed).expression();
      Tape tape;
      try {
        tape = GraphCompiler.compile(f, XYZ);
      } catch (LeibnizException noDerivative) {
        refused++; // trigamma: neither path differentiates it
        continue;
      }
      // every other expression with loops everywhere (most have no run to roll)
      CompiledTape compiled = seed % 2 == 0 ? CompiledTape.compiledNow(tape.copy())
          : CompiledTape.compiledNow(tape.copy(), SweepPlan.Loops.EVERYWHERE);
      for (int k = 0; k < 6; k++) {
        double[] point = new double[3];
        for (int j = 0; j < 3; j++) {
          point[j] = random.nextInt(3) == 0 ? EDGES[random.nextInt(EDGES.length)]
              : -3 + 6 * random.nextDouble();
        }
        agree(tape, compiled, point, PlainPrinter.print(f) + " at " + Arrays.toString(point));
        compared++;
      }
    }
    assertTrue(compared > 8000, "only " + compared + " points compared");
    assertTrue(refused < 300, refused + " refused");
  }

  /** Every function alone and inside a product and a chain, at every reference point. */
  @Test
  void everyFunctionAgreesAtItsReferencePoints() {
    int compared = 0;
    for (MathFunction f : MathFunction.values()) {
      if (!f.hasDerivative()) continue;
      Expr x = Expr.var("x");
      List<Expr> forms = List.of(new Call(f, x),
          Expr.product(Expr.var("y"), new Call(f, Expr.sum(x, Expr.var("y")))),
          Expr.power(new Call(f, x), Expr.num(3)));
      for (Expr form : forms) {
        Tape tape = GraphCompiler.compile(form, List.of("x", "y"));
        CompiledTape compiled = CompiledTape.compiledNow(tape.copy());
        for (ReferenceValues.Row row : ReferenceValues.rows()) {
          if (row.function() != f) continue;
          String where = PlainPrinter.print(form) + " at " + row.x();
          agree(tape, compiled, new double[] {row.x(), 0}, where);
          agree(tape, compiled, new double[] {row.x(), 0.25}, where);
          compared++;
        }
      }
    }
    assertTrue(compared > 1500, "only " + compared + " points compared");
  }

  @Test
  void kinksAndUndefinedPointsAreTheTapes() {
    Tape tape = GraphCompiler.compile(ExprParser.parse("abs(x) + relu(y)*x + sqrt(y)"),
        List.of("x", "y"));
    CompiledTape compiled = CompiledTape.compiledNow(tape.copy());
    double[] out = new double[2];
    assertEquals(Math.sqrt(2) + 3 + 2 * 3, compiled.gradient(new double[] {3, 2}, out), 1e-15);
    assertNull(compiled.kink(0));
    compiled.gradient(new double[] {0, 2}, out);
    assertEquals(MathFunction.ABS, compiled.kink(0));
    assertTrue(Double.isNaN(compiled.gradient(new double[] {1, -1}, out)));
    assertTrue(Double.isNaN(out[0]) && Double.isNaN(out[1]));
    agree(tape, compiled, new double[] {0, 0}, "at the origin");
  }

  @Test
  void interpretsUntilWarmThenCompiles() {
    Tape tape = GraphCompiler.compile(ExprParser.parse("x*sin(y)"), List.of("x", "y"));
    CompiledTape lazy = CompiledTape.of(tape);
    double[] out = new double[2];
    for (int k = 1; k < CompiledTape.WARM_UP; k++) lazy.gradient(new double[] {k, 1}, out);
    assertFalse(lazy.isCompiled());
    lazy.value(new double[] {2, 1});
    assertTrue(lazy.isCompiled());
    assertTrue(lazy.copy().isCompiled());
    assertEquals(2 * Math.sin(1), lazy.gradient(new double[] {2, 1}, out), 0);
    assertEquals(Math.sin(1), out[0], 0);
    assertEquals(2 * Math.cos(1), out[1], 1e-15);
  }

  /**
   * F4-like at 1000 units: thousands of nodes, the straight code cut into many methods, all of
   * it run; with loops (as compiled by default), a few of them.
   */
  @Test
  void aLargeGraphIsCutIntoMethodsAndAgrees() {
    StringBuilder text = new StringBuilder();
    List<String> variables = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      text.append(i > 1 ? " + " : "").append("w_").append(i).append("*tanh(v_").append(i)
          .append("*x + b_").append(i).append(')');
      variables.addAll(List.of("w_" + i, "v_" + i, "b_" + i));
    }
    variables.add("x");
    Tape tape = GraphCompiler.compile(ExprParser.parse(text.toString()), variables);
    SplittableRandom random = new SplittableRandom(4);
    double[] point = random.doubles(variables.size(), -1, 1).toArray();
    agree(tape, CompiledTape.compiledNow(tape.copy(), false), point, "F4-like, 1000 units");
    agree(tape, CompiledTape.compiledNow(tape.copy()), point, "F4-like, 1000 units, loops");
    assertTrue(SweepUnroller.unroll(tape).forward().size() > 3000);
  }
}
