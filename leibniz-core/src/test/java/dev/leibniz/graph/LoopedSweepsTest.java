package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.bench.SwellFamily;
import dev.leibniz.check.FiniteDifferences;
import dev.leibniz.graph.BytecodeCompiler.Item;
import dev.leibniz.graph.BytecodeCompiler.LoopItem;
import dev.leibniz.parse.ExprParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The compiled sweeps with their repeated runs written as loops ({@link LoopRoller}): the loops
 * are found where the graph repeats (an MLP layer is one loop, forward and backward), they
 * compute bit for bit what the straight-line code computes, and so the tape's gradient; where
 * the strides break the loop is split, and a graph without repetition has none.
 */
class LoopedSweepsTest {
  private static List<Item> rolled(List<Item> items, StraightLine line) {
    return SweepPlan.rolled(items, new ScalarWriter(line));
  }

  private static List<LoopItem> loops(List<Item> items) {
    List<LoopItem> loops = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof LoopItem l) loops.add(l);
    }
    return loops;
  }

  /** The looped and the straight code give the same bits; both agree with the tape. */
  private static void sameAsStraightAndTape(Tape tape, double[] point) {
    CompiledTape looped = CompiledTape.compiledNow(tape.copy(), SweepPlan.Loops.EVERYWHERE);
    CompiledTape straight = CompiledTape.compiledNow(tape.copy(), SweepPlan.Loops.NEVER);
    int n = point.length;
    double[] byLoops = new double[n];
    double[] byStraight = new double[n];
    double[] byTape = new double[n];
    double y = looped.gradient(point, byLoops);
    assertEquals(straight.gradient(point, byStraight), y, 0);
    assertEquals(straight.value(point), looped.value(point), 0);
    assertTrue(Arrays.equals(byStraight, byLoops), "looped and straight partials differ");
    assertTrue(CompiledTapeTest.close(tape.gradient(point, byTape), y));
    for (int j = 0; j < n; j++) {
      assertTrue(CompiledTapeTest.close(byTape[j], byLoops[j]), "partial " + j + ": "
          + byTape[j] + " against " + byLoops[j]);
    }
  }

  /**
   * F4 of n units: the forward sweep's products {@code v_ij*x_j} are one loop of n repetitions
   * of the unit's four, and the backward sweep's contributions to them a loop over the units
   * after the first (whose adjoints of x are first assignments); the gradient matches
   * central differences as well as the straight code and the tape.
   */
  @Test
  void anMlpLayerIsOneLoopForwardAndBackward() {
    for (int units : new int[] {10, 100}) {
      Tape tape = GraphCompiler.compile(SwellFamily.F4.expr(units),
          SwellFamily.mlpVariables(units));
      StraightLine line = tape.straightLine();
      List<Item> forward = rolled(SweepPlan.forwardItems(line), line);
      List<Item> backward = rolled(SweepPlan.backwardItems(line), line);
      assertTrue(loops(forward).stream().anyMatch(l -> l.body().size() == 4
          && l.count() == units), "no loop over the units' products: " + forward);
      assertTrue(loops(backward).stream().anyMatch(l -> l.body().size() == 8
          && l.count() == units - 1), "no loop over the units' contributions");
      assertTrue(forward.size() <= 8 && backward.size() <= 12,
          forward.size() + " forward and " + backward.size() + " backward items");
      SplittableRandom random = new SplittableRandom(units);
      for (int k = 0; k < 5; k++) {
        sameAsStraightAndTape(tape, random.doubles(6 * units + 4, -1, 1).toArray());
      }
    }
    Tape small = GraphCompiler.compile(SwellFamily.F4.expr(10), SwellFamily.mlpVariables(10));
    double[] point = new SplittableRandom(3).doubles(64, -1, 1).toArray();
    double[] gradient = new double[64];
    CompiledTape.compiledNow(small, SweepPlan.Loops.EVERYWHERE).gradient(point, gradient);
    double[] expected = FiniteDifferences.gradient(small.copy()::value, point);
    for (int j = 0; j < 64; j++) {
      assertEquals(expected[j], gradient[j], 1e-7 * Math.max(1, Math.abs(expected[j])));
    }
  }

  /**
   * Twelve units {@code w_i*tanh(v_i*x)} whose variables are listed in order but for unit 7,
   * listed last: the stride of w and v breaks at unit 7, so the forward products
   * {@code w_i*tanh_i} are two loops (units 1 to 6, units 8 to 12) around unit 7 written out.
   */
  @Test
  void aStrideThatBreaksMidRunSplitsTheLoop() {
    StringBuilder text = new StringBuilder();
    List<String> variables = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      text.append(i > 1 ? " + " : "").append("w_").append(i).append("*tanh(v_").append(i)
          .append("*x)");
      if (i != 7) variables.addAll(List.of("w_" + i, "v_" + i));
    }
    variables.addAll(List.of("w_7", "v_7", "x"));
    Tape tape = GraphCompiler.compile(ExprParser.parse(text.toString()), variables);
    StraightLine line = tape.straightLine();
    List<Item> forward = rolled(SweepPlan.forwardItems(line), line);
    List<Integer> counts = new ArrayList<>();
    for (LoopItem loop : loops(forward)) counts.add(loop.count());
    // v_i*x and w_i*tanh split at unit 7 into 6 and 5 units; tanh, whose argument is a node
    // (at stride 1 throughout), is one loop of 12
    assertEquals(List.of(6, 5, 12, 6, 5), counts);
    assertTrue(forward.size() > counts.size() + 1, "unit 7 is written out: " + forward);
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 5; k++) {
      sameAsStraightAndTape(tape, random.doubles(variables.size(), -2, 2).toArray());
    }
  }

  @Test
  void aGraphWithoutRepetitionHasNoLoop() {
    Tape tape = GraphCompiler.compile(ExprParser.parse(
        "e^(x*z) + x*z/ln(x) + sin(ln(x))/(x*z)"), List.of("x", "z"));
    StraightLine line = tape.straightLine();
    List<Item> forward = SweepPlan.forwardItems(line);
    List<Item> backward = SweepPlan.backwardItems(line);
    assertEquals(forward, rolled(forward, line));
    assertEquals(backward, rolled(backward, line));
    sameAsStraightAndTape(tape, new double[] {2, 3});
  }

  /**
   * Inside loops, the points the compiled code hands back to the tape: a kink
   * ({@code abs(a_i*x)} at {@code x = 0}), an infinite slope ({@code sqrt(a_i)} at 0) and an
   * undefined value ({@code sqrt} of a negative a_i): the tape's answers, kinks named.
   */
  @Test
  void loopsHandTheTapeItsPoints() {
    StringBuilder text = new StringBuilder();
    List<String> variables = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      text.append(i > 1 ? " + " : "").append("abs(a_").append(i).append("*x) + sqrt(a_")
          .append(i).append(')');
      variables.add("a_" + i);
    }
    variables.add("x");
    Tape tape = GraphCompiler.compile(ExprParser.parse(text.toString()), variables);
    StraightLine line = tape.straightLine();
    assertTrue(loops(rolled(SweepPlan.forwardItems(line), line)).size() >= 2);
    assertTrue(loops(rolled(SweepPlan.backwardItems(line), line)).size() >= 2);
    CompiledTape compiled = CompiledTape.compiledNow(tape.copy(), SweepPlan.Loops.EVERYWHERE);
    double[] ordinary = new double[11];
    for (int j = 0; j < 11; j++) ordinary[j] = 0.5 + j;
    double[] kink = ordinary.clone();
    kink[10] = 0;
    double[] infiniteSlope = ordinary.clone();
    infiniteSlope[4] = 0;
    double[] undefined = ordinary.clone();
    undefined[8] = -1;
    for (double[] point : List.of(ordinary, kink, infiniteSlope, undefined)) {
      double[] byTape = new double[11];
      double[] byCode = new double[11];
      double y = tape.gradient(point, byTape);
      assertTrue(CompiledTapeTest.close(y, compiled.gradient(point, byCode)));
      for (int j = 0; j < 11; j++) {
        assertTrue(CompiledTapeTest.close(byTape[j], byCode[j]), "partial " + j);
        assertEquals(tape.kink(j), compiled.kink(j), "kink " + j);
      }
    }
    double[] out = new double[11];
    compiled.gradient(kink, out);
    assertEquals(dev.leibniz.expr.MathFunction.ABS, compiled.kink(10));
    assertTrue(Double.isNaN(compiled.gradient(undefined, out)));
  }

  /**
   * By default straight code of at most {@link SweepPlan#LOOPS_ABOVE} bytes stays straight (F4
   * at 40 units), larger code gets loops (F4 at 100 units); F4 at 1000 units (13,005 nodes),
   * which the straight code left to the tape, compiles once warm.
   */
  @Test
  void loopsWhereTheCodeIsLargeAndLargeRepeatedGraphsCompile() {
    StraightLine small = GraphCompiler.compile(SwellFamily.F4.expr(40),
        SwellFamily.mlpVariables(40)).straightLine();
    SweepPlan plan = SweepPlan.of(small, SweepPlan.Loops.WHERE_LARGE);
    assertTrue(loops(plan.forward()).isEmpty() && loops(plan.backward()).isEmpty());
    assertTrue(plan.bytes() > 20_000 && plan.bytes() <= SweepPlan.LOOPS_ABOVE, plan.bytes() + "");
    StraightLine large = GraphCompiler.compile(SwellFamily.F4.expr(100),
        SwellFamily.mlpVariables(100)).straightLine();
    plan = SweepPlan.of(large, SweepPlan.Loops.WHERE_LARGE);
    assertTrue(loops(plan.forward()).size() >= 4 && loops(plan.backward()).size() >= 4);

    Tape tape = GraphCompiler.compile(SwellFamily.F4.expr(1000),
        SwellFamily.mlpVariables(1000));
    assertEquals(13_005, tape.size());
    CompiledTape lazy = CompiledTape.of(tape.copy());
    double[] point = new SplittableRandom(1000).doubles(6004, -1, 1).toArray();
    double[] out = new double[6004];
    for (int k = 0; k <= CompiledTape.WARM_UP; k++) lazy.gradient(point, out);
    assertTrue(lazy.isCompiled());
    double[] byTape = new double[6004];
    assertTrue(CompiledTapeTest.close(tape.gradient(point, byTape), lazy.gradient(point, out)));
    for (int j = 0; j < 6004; j++) assertTrue(CompiledTapeTest.close(byTape[j], out[j]));
  }

  /**
   * 3,000 terms {@code sin(k*x + k^2*y)}, each with its own numbers, so that no two have the
   * same code: no loop, more than {@link CompiledTape#LARGEST_CODE} bytes, and the tape goes on
   * interpreting once warm.
   */
  @Test
  void largeCodeWithoutRepetitionStaysInterpreted() {
    StringBuilder text = new StringBuilder();
    for (int k = 1; k <= 3000; k++) {
      text.append(k > 1 ? " + " : "").append("sin(").append(k).append("*x + ").append(k * k)
          .append("*y)");
    }
    Tape tape = GraphCompiler.compile(ExprParser.parse(text.toString()), List.of("x", "y"));
    SweepPlan plan = SweepPlan.of(tape.straightLine(), SweepPlan.Loops.WHERE_LARGE);
    assertTrue(plan.bytes() > CompiledTape.LARGEST_CODE, plan.bytes() + " bytes");
    CompiledTape lazy = CompiledTape.of(tape);
    double[] out = new double[2];
    for (int k = 0; k <= 2 * CompiledTape.WARM_UP; k++) lazy.gradient(new double[] {1, 2}, out);
    assertTrue(!lazy.isCompiled());
    double expected = 0;
    for (int k = 1; k <= 3000; k++) expected += k * Math.cos(k + 2.0 * k * k);
    assertEquals(expected, out[0], 1e-9 * 3000 * 3000);
  }

  /**
   * Eight steps {@code v[100+i] = v[1000+i] + v[1001+i] + ... + v[1000+i+w-1]} repeat with
   * stride 1; with w = 2 they become a loop, with w = 600 the loop's body would not fit in one
   * method (which the JIT would not compile), so they stay straight.
   */
  @Test
  void aRunWhoseBodyOutgrowsAMethodStaysStraight() {
    for (int width : new int[] {2, 600}) {
      List<StraightLine.Step> steps = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Scalar sum = new Scalar.NodeValue(1000 + i);
        for (int k = 1; k < width; k++) {
          sum = Scalar.plus(sum, new Scalar.NodeValue(1000 + i + k));
        }
        steps.add(new StraightLine.Step(StraightLine.Target.VALUE, 100 + i, sum, '='));
      }
      int size = 2000;
      StraightLine line = new StraightLine(List.of("x"), size, 107, new double[size],
          new boolean[size], new boolean[size], steps, List.of(), 0, new int[0], List.of());
      List<Item> rolled = rolled(SweepPlan.forwardItems(line), line);
      assertEquals(width == 2 ? 1 : 8, rolled.size(), "width " + width);
      assertEquals(width == 2 ? 1 : 0, loops(rolled).size(), "width " + width);
    }
  }
}
