package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.matrix.BackwardEquations;
import dev.leibniz.matrix.MatrixDomain;
import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.MatrixValues;
import dev.leibniz.matrix.Shape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A program run at given inputs: the forward pass, the backward equations with their values
 * ({@code +=} adds to what the name had), and the proof: the gradient of L by every input,
 * from the backward values, against central finite differences of L, entry by entry.
 */
public final class ProgramRun {
  private final List<String> lines;
  private final boolean ok;
  private final String summary;

  private ProgramRun(List<String> lines, boolean ok, String summary) {
    this.lines = List.copyOf(lines);
    this.ok = ok;
    this.summary = summary;
  }

  /** Each backward equation, its value after {@code =}: {@code dL/db = ...   [2]   = [1, 0]}. */
  public List<String> lines() {
    return lines;
  }

  public boolean ok() {
    return ok;
  }

  /** {@code check: ok — ...} or {@code check: FAILED — ...}. */
  public String summary() {
    return summary;
  }

  /**
   * The run of {@code p} at {@code values}, whose names are read as in the program
   * ({@code θ} is {@code theta}); the errors name the values, not a front end's option.
   */
  static ProgramRun of(Program p, Layout layout, Map<String, double[][]> values) {
    Map<String, double[][]> given = GivenValues.byName(values);
    BackwardEquations.Forward last = p.lines().get(p.lines().size() - 1);
    Shape lastShape = last.tree().shape();
    String givenGradient = BackwardEquations.label(last.name());
    for (String name : given.keySet()) {
      if (p.inputs().containsKey(name)) continue;
      if (name.equals(givenGradient) && !lastShape.isScalar()) continue;
      throw new LeibnizException("a value is given for " + name + ", which is not an input of "
          + "the program" + (lastShape.isScalar() ? "" : " nor " + givenGradient)
          + " (the inputs: " + String.join(", ", p.inputs().keySet()) + ")");
    }
    Map<String, RealMatrix> env = new HashMap<>();
    for (Map.Entry<String, Shape> in : p.inputs().entrySet()) {
      env.put(in.getKey(), GivenValues.shaped(in.getKey(), given.get(in.getKey()),
          in.getValue(), "declared"));
    }
    forward(p, env);
    RealMatrix seed = seed(given, last, lastShape, layout);
    if (!lastShape.isScalar()) env.put(BackwardEquations.label(last.name()), seed);
    List<String> out = new ArrayList<>();
    Map<String, String> kinks = new HashMap<>();
    for (BackwardEquations.Backward b : p.equations(layout)) {
      RealMatrix v = MatrixValues.of(b.rhs(), env);
      RealMatrix before = env.get(b.label());
      RealMatrix now = b.accumulates() && before != null ? before.add(v) : v;
      env.put(b.label(), now);
      String kink = kink(p, b, env, kinks);
      out.add(b + "   = " + (kink == null ? MatrixLiterals.format(now.getData())
          : OnKink.words(kink)));
    }
    return check(p, layout, env, given, seed, out, kinks.keySet());
  }

  /**
   * The function on whose kink {@code b}'s value sits, remembered per label in {@code kinks}:
   * its own line's (a relu whose argument has an entry 0), or that of the gradient it starts
   * from, or, for {@code +=}, that of the part before.
   */
  private static String kink(Program p, BackwardEquations.Backward b, Map<String, RealMatrix> env,
      Map<String, String> kinks) {
    String kink = b.accumulates() ? kinks.get(b.label()) : null;
    if (kink == null) kink = kinks.get(BackwardEquations.label(b.line()));
    if (kink == null) {
      for (BackwardEquations.Forward f : p.lines()) {
        if (!f.name().equals(b.line())) continue;
        MathFunction found = MatrixDomain.kink(f.tree(), b.variable(), env);
        if (found != null) kink = found.canonicalName();
      }
    }
    if (kink != null) kinks.put(b.label(), kink);
    return kink;
  }

  /**
   * The forward pass; a line without a value is an error naming the line, the reason and the
   * values of its names: {@code h = ln(z): ln undefined at z = [-1, 2]}.
   */
  private static void forward(Program p, Map<String, RealMatrix> env) {
    for (BackwardEquations.Forward f : p.lines()) {
      String why = MatrixDomain.undefined(f.tree(), env);
      if (why != null) {
        Map<String, double[][]> used = new LinkedHashMap<>();
        for (String n : names(f.tree())) used.put(n, env.get(n).getData());
        throw new LeibnizException(f.name() + " = " + f.source().strip() + ": " + why + " at "
            + MatrixLiterals.describe(used, used.keySet()));
      }
      env.put(f.name(), MatrixValues.of(f.tree(), env));
    }
  }

  private static Set<String> names(MatrixExpr e) {
    Set<String> out = new LinkedHashSet<>();
    ArrayDeque<MatrixExpr> todo = new ArrayDeque<>(List.of(e));
    while (!todo.isEmpty()) {
      MatrixExpr next = todo.pop();
      if (next instanceof MatrixExpr.Name n) out.add(n.name());
      next.children().forEach(todo::push);
    }
    return out;
  }

  private static RealMatrix seed(Map<String, double[][]> given, BackwardEquations.Forward last,
      Shape shape, Layout layout) {
    Shape seedShape = layout == Layout.NUMERATOR ? shape.transposed() : shape;
    double[][] v = given.get(BackwardEquations.label(last.name()));
    if (v == null) {
      return new Array2DRowRealMatrix(seedShape.rows(), seedShape.columns()).scalarAdd(1);
    }
    return GivenValues.shaped(BackwardEquations.label(last.name()), v, seedShape, "expected");
  }

  /** L at the inputs: the last line, or {@code sum(seed .* last)} for a vector. */
  private static double loss(Program p, Map<String, RealMatrix> inputs, RealMatrix seed,
      Layout layout) {
    Map<String, RealMatrix> env = new HashMap<>(inputs);
    forward(p, env);
    RealMatrix last = env.get(p.lines().get(p.lines().size() - 1).name());
    if (last.getRowDimension() == 1 && last.getColumnDimension() == 1 && seed == null) {
      return last.getEntry(0, 0);
    }
    RealMatrix s = layout == Layout.NUMERATOR ? seed.transpose() : seed;
    double total = 0;
    for (int i = 0; i < last.getRowDimension(); i++) {
      for (int j = 0; j < last.getColumnDimension(); j++) total += s.getEntry(i, j) * last.getEntry(i, j);
    }
    return total;
  }

  private static ProgramRun check(Program p, Layout layout, Map<String, RealMatrix> env,
      Map<String, double[][]> given, RealMatrix seed, List<String> out,
      Set<String> onKink) {
    boolean scalarLoss = p.lines().get(p.lines().size() - 1).tree().shape().isScalar();
    Map<String, RealMatrix> inputs = new HashMap<>();
    for (String name : p.inputs().keySet()) inputs.put(name, env.get(name));
    int compared = 0;
    int kinked = 0;
    double worst = 0;
    for (String name : p.inputs().keySet()) {
      RealMatrix backward = env.get(BackwardEquations.label(name));
      if (backward == null) continue;
      if (onKink.contains(BackwardEquations.label(name))) {
        kinked++;
        continue;
      }
      RealMatrix g = layout == Layout.NUMERATOR ? backward.transpose() : backward;
      RealMatrix x = inputs.get(name);
      for (int i = 0; i < x.getRowDimension(); i++) {
        for (int j = 0; j < x.getColumnDimension(); j++) {
          double h = 1e-6 * Math.max(1, Math.abs(x.getEntry(i, j)));
          Map<String, RealMatrix> moved = new HashMap<>(inputs);
          RealMatrix plus = x.copy();
          plus.addToEntry(i, j, h);
          moved.put(name, plus);
          double up = loss(p, moved, scalarLoss ? null : seed, layout);
          RealMatrix minus = x.copy();
          minus.addToEntry(i, j, -h);
          moved.put(name, minus);
          double down = loss(p, moved, scalarLoss ? null : seed, layout);
          double fd = (up - down) / (2 * h);
          double gap = Math.abs(fd - g.getEntry(i, j)) / Math.max(1, Math.abs(fd));
          worst = Math.max(worst, gap);
          compared++;
        }
      }
    }
    boolean ok = worst <= 1e-5;
    if (compared == 0 && kinked > 0) {
      return new ProgramRun(out, true, "check: skipped — the gradient of every input is on a "
          + "kink, where finite differences prove nothing");
    }
    String summary = String.format(Locale.ROOT, "check: %s — the backward values of %d input "
        + "entries %s finite differences of L (largest relative gap %.1e)%s",
        ok ? "ok" : "FAILED", compared, ok ? "agree with" : "disagree with", worst,
        scalarLoss || given.containsKey(BackwardEquations.label(p.lines().get(
            p.lines().size() - 1).name())) ? "" : "; L = sum of the last line (dL/d"
            + p.lines().get(p.lines().size() - 1).name() + " = ones)")
        + (kinked == 0 ? "" : "; " + kinked + " input" + (kinked == 1 ? "" : "s") + " on a kink "
            + "not compared");
    return new ProgramRun(out, ok, summary);
  }
}
