package dev.leibniz.matrix;

import dev.leibniz.expr.Expr;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The numeric proof of a derivative in matrix notation: at seeded random values of the declared
 * sizes, the symbolic derivative, evaluated, must agree entry by entry with central finite
 * differences of the function and with reverse mode on the tape of the function written out
 * in scalars ({@link MatrixExpansion}). Square matrices under {@code det} or {@code inv} are
 * drawn as {@code 3*eye(n)} plus entries in [-0.5, 0.5], so of positive determinant and well
 * conditioned; other entries are uniform in [-1.5, 1.5] first. A draw where the function or the
 * derivative has an entry that is not finite (outside the domain, as {@code ln} of a negative
 * entry) is drawn again from the next range ({@link Draw}) after such a miss: [0.2, 3], then
 * [-0.5, 0.5], [-3, 3], [-10, 10] and [0.2, 10], in turn, so as wide as the scalar check draws
 * ({@code CrossCheck}: (0.2, 3), (-3, 3), (-10, 10)) and with as many draws,
 * {@link #ATTEMPTS_PER_POINT} per point asked for; if none is in the domain, the check is
 * skipped, not passed. An entry where the finite differences with two step sizes disagree (a
 * kink, as of relu at 0) proves nothing and is passed over; a point where every entry is so is
 * drawn again, from the next range too.
 * The work is bounded: a variable of more than {@link #MAX_MOVED} entries is checked at a
 * seeded random sample of that many of its entries at each point, and values or a derivative
 * of more than {@link #MAX_VALUES} entries are not checked at all (the report says so).
 */
public final class MatrixCheck {
  /**
   * The outcome: {@code agreed} when entries were compared, at one point at least, and every one
   * agreed; how many entries were compared at how many points, and the largest gap.
   * {@code skipped} when no drawn point was in the domain, so nothing was compared and nothing
   * agreed ({@code failure} then says so); whether that is ok for a user, as nothing disagreed,
   * is {@code MatrixCheckReport}'s word.
   */
  public record Report(boolean agreed, boolean skipped, int compared, int points, double worst,
      String failure, boolean reverseMode, int moved, int variableEntries) {
    /** Whether only a sample of the variable's entries was moved at each point. */
    public boolean sampled() {
      return moved < variableEntries;
    }
  }

  /** The most entries of the variable moved by finite differences at one point. */
  public static final int MAX_MOVED = 32;
  /** The most entries the values drawn, or the derivative, may hold to be checked. */
  public static final long MAX_VALUES = 250_000;
  private static final double RELATIVE = 1e-5;
  /** The draws allowed per point asked for, as many as the scalar check's ({@code CrossCheck}). */
  static final int ATTEMPTS_PER_POINT = 60;
  /** The words of a check that found no point to compare at, the scalar check's. */
  public static final String NO_POINT = "no point in the domain was found";

  /**
   * Where entries are drawn from; a draw outside the domain (or where no entry could be
   * compared) moves on to the next, and the last to the first. The last three were added after
   * the first three, so a check that finds its points within its first three ranges draws the
   * same seeded values as before they were.
   */
  enum Draw {
    /** Uniform in [-1.5, 1.5]: signs mixed, the first tried. */
    WIDE,
    /** Uniform in [0.2, 3]: for ln, sqrt and the like of the values themselves. */
    POSITIVE,
    /** Uniform in [-0.5, 0.5]: for asin, sqrt(1 - x .^ 2) and the like. */
    SMALL,
    /** Uniform in [-3, 3]: the scalar check's second range. */
    BROAD,
    /** Uniform in [-10, 10]: the scalar check's widest, for a domain away from 0. */
    LARGE,
    /**
     * Uniform in [0.2, 10]: for ln of values shifted ({@code ln(x - 2*ones(4))}), where every
     * entry of a vector must land beyond the shift at once.
     */
    LARGE_POSITIVE;

    Draw next() {
      return values()[(ordinal() + 1) % values().length];
    }
  }

  private MatrixCheck() {}

  /**
   * Checks {@code derivative}, the derivative of {@code f} by {@code variable} (shape
   * {@code shape}) in {@code layout}, at {@code points} points drawn with {@code seed}.
   */
  public static Report check(MatrixExpr f, String variable, Shape shape,
      MatrixDerivatives.Layout layout, MatrixExpr derivative, int points, long seed) {
    Random random = new Random(seed);
    Map<String, Shape> names = new LinkedHashMap<>();
    List<String> guarded = new ArrayList<>();
    collect(f, names, guarded, false);
    names.putIfAbsent(variable, shape);
    long values = derivative.shape().size();
    for (Shape s : names.values()) values += s.size();
    int entries = shape.size();
    int moved = Math.min(entries, MAX_MOVED);
    if (values > MAX_VALUES) {
      return new Report(false, false, 0, 0, Double.NaN, "the values and the derivative "
          + "hold " + values + " entries, over the " + MAX_VALUES + " a numeric proof evaluates",
          false, 0, entries);
    }
    boolean expandable = fitsExpansion(names);
    Tape tape = expandable ? tape(f, names) : null;
    int compared = 0;
    int used = 0;
    double worst = 0;
    Draw mode = Draw.WIDE;
    for (int attempt = 0; attempt < points * ATTEMPTS_PER_POINT && used < points; attempt++) {
      Map<String, RealMatrix> at = draw(names, guarded, random, mode);
      RealMatrix got = MatrixValues.of(derivative, at);
      if (!finite(got) || !finite(MatrixValues.of(f, at))) {
        mode = mode.next();
        continue;
      }
      int[] sample = sample(entries, moved, random);
      RealMatrix byDifferences = FiniteDifferenceMatrix.of(f, variable, at, layout, false,
          sample);
      RealMatrix byCoarser = FiniteDifferenceMatrix.of(f, variable, at, layout, true, sample);
      RealMatrix byTape = tape == null ? null : ReverseModeMatrix.of(tape, f, variable, at,
          names, layout);
      if (got.getRowDimension() != byDifferences.getRowDimension()
          || got.getColumnDimension() != byDifferences.getColumnDimension()) {
        return new Report(false, false, compared, used + 1, Double.POSITIVE_INFINITY,
            "the result is " + got.getRowDimension() + "x" + got.getColumnDimension()
            + ", finite differences " + byDifferences.getRowDimension() + "x"
            + byDifferences.getColumnDimension(), expandable, moved, entries);
      }
      int comparedHere = 0;
      // The rounding of f's values over the smallest step: past the tolerance, as where one
      // entry of a sum is 1e38 and another's change is lost in it, differences prove nothing.
      double rounding = 1e-16 * largest(MatrixValues.of(f, at)) / 1e-6;
      for (int i = 0; i < got.getRowDimension(); i++) {
        for (int j = 0; j < got.getColumnDimension(); j++) {
          double g = got.getEntry(i, j);
          double fd = byDifferences.getEntry(i, j);
          double scale = Math.max(1, Math.abs(fd));
          boolean trusted = Math.abs(fd - byCoarser.getEntry(i, j)) <= 1e-4 * scale
              && rounding <= RELATIVE * scale;
          if (byTape != null) {
            double t = byTape.getEntry(i, j);
            double gap = Math.abs(g - t) / Math.max(1, Math.abs(t));
            if (!(gap <= 1e-9) && Double.isFinite(t)) {
              return new Report(false, false, compared, used + 1, gap, "entry (" + (i + 1)
                  + ", " + (j + 1) + ") is " + g + ", reverse mode gives " + t, true, moved,
                  entries);
            }
          }
          if (!trusted) continue;
          double gap = Math.abs(g - fd) / scale;
          worst = Math.max(worst, gap);
          compared++;
          comparedHere++;
          if (!(gap <= RELATIVE)) {
            return new Report(false, false, compared, used + 1, gap, "entry (" + (i + 1) + ", "
                + (j + 1) + ") is " + g + ", finite differences give " + fd, expandable, moved,
                entries);
          }
        }
      }
      // A point where finite differences could be trusted at no entry proved nothing: redrawn.
      if (comparedHere > 0) {
        used++;
      } else {
        mode = mode.next();
      }
    }
    if (used == 0) {
      return new Report(false, true, 0, 0, Double.NaN, NO_POINT, expandable, moved, entries);
    }
    return new Report(true, false, compared, used, worst, null, expandable, moved, entries);
  }

  /** True if every entry of {@code m} is a finite number. */
  private static boolean finite(RealMatrix m) {
    for (int i = 0; i < m.getRowDimension(); i++) {
      for (int j = 0; j < m.getColumnDimension(); j++) {
        if (!Double.isFinite(m.getEntry(i, j))) return false;
      }
    }
    return true;
  }

  /** All of 0..n-1, or {@code k} of them drawn without repetition (a partial shuffle). */
  static int[] sample(int n, int k, Random random) {
    if (k >= n) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) all[i] = i;
      return all;
    }
    Map<Integer, Integer> swapped = new HashMap<>();
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      out[i] = swapped.getOrDefault(j, j);
      swapped.put(j, swapped.getOrDefault(i, i));
    }
    return out;
  }

  private static void collect(MatrixExpr e, Map<String, Shape> names, List<String> guarded,
      boolean underAlgebra) {
    if (e instanceof MatrixExpr.Name n) {
      names.put(n.name(), n.shape());
      if (underAlgebra && n.shape().isSquare() && !n.shape().isScalar()) guarded.add(n.name());
    }
    boolean algebra = underAlgebra || e instanceof MatrixExpr.Reduce r
        && (r.op() == Reduction.DET || r.op() == Reduction.INV);
    for (MatrixExpr c : e.children()) collect(c, names, guarded, algebra);
  }

  private static boolean fitsExpansion(Map<String, Shape> names) {
    for (Shape s : names.values()) {
      if (s.rows() > MatrixExpansion.MAX_SIZE || s.columns() > MatrixExpansion.MAX_SIZE) {
        return false;
      }
    }
    return true;
  }

  private static Tape tape(MatrixExpr f, Map<String, Shape> names) {
    Expr[][] entries = MatrixExpansion.of(f);
    List<Expr> outputs = new ArrayList<>();
    for (Expr[] row : entries) outputs.addAll(List.of(row));
    return GraphCompiler.compile(outputs, ReverseModeMatrix.variables(names));
  }

  static Map<String, RealMatrix> draw(Map<String, Shape> names, List<String> guarded,
      Random random, Draw mode) {
    Map<String, RealMatrix> at = new LinkedHashMap<>();
    for (Map.Entry<String, Shape> e : names.entrySet()) {
      Shape s = e.getValue();
      boolean spd = guarded.contains(e.getKey());
      double[][] v = new double[s.rows()][s.columns()];
      for (int i = 0; i < s.rows(); i++) {
        for (int j = 0; j < s.columns(); j++) {
          double u = random.nextDouble();
          v[i][j] = spd ? (i == j ? 3 : 0) + (mode == Draw.POSITIVE ? u / 2 : u - 0.5)
              : switch (mode) {
                case WIDE -> 3 * u - 1.5;
                case POSITIVE -> 0.2 + 2.8 * u;
                case SMALL -> u - 0.5;
                case BROAD -> 6 * u - 3;
                case LARGE -> 20 * u - 10;
                case LARGE_POSITIVE -> 0.2 + 9.8 * u;
              };
        }
      }
      at.put(e.getKey(), new Array2DRowRealMatrix(v, false));
    }
    return at;
  }

  /** The largest absolute entry of {@code m}, infinite if one is not finite. */
  private static double largest(RealMatrix m) {
    double largest = 0;
    for (int i = 0; i < m.getRowDimension(); i++) {
      for (int j = 0; j < m.getColumnDimension(); j++) {
        double v = Math.abs(m.getEntry(i, j));
        largest = Double.isNaN(v) ? Double.POSITIVE_INFINITY : Math.max(largest, v);
      }
    }
    return largest;
  }
}
