package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.parse.MatrixParser;
import dev.leibniz.parse.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * The printer's round trip over random trees of every form ({@link MatrixFormGenerator}), read
 * back under the same declarations. Any tree prints to text of its shape and its value at
 * random points, whichever way its smart constructors were called (some groupings, such as a
 * number kept apart from a product it divides by, have no text of their own: {@code 2*x/(3*(s*t))}
 * reads as {@code 2*x/(3*s*t)}); and a tree the reader built prints to text that reads back to
 * that very tree, so every parenthesis left out is one the reader did not need.
 */
class MatrixPrinterRoundTripTest {
  private static final int CASES = 3000;

  @Test
  void everyTreeReadsBackWithItsShapeAndValue() {
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (long seed = 1; seed <= CASES; seed++) {
      MatrixExpr e = new MatrixFormGenerator(seed).any(4);
      String text = MatrixPrinter.print(e);
      MatrixExpr back = read(text, failures, seed);
      if (back == null) continue;
      if (!back.shape().equals(e.shape())) {
        failures.add("seed " + seed + ": " + text + " reads back as a " + back.shape());
        continue;
      }
      for (int point = 0; point < 2; point++) {
        Map<String, RealMatrix> at = randomPoint(new Random(seed * 31 + point));
        String why = differs(MatrixValues.of(e, at), MatrixValues.of(back, at));
        if (why != null) failures.add("seed " + seed + ": " + text + ": " + why);
        else compared++;
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " failed:\n" + first(failures));
    assertTrue(compared > CASES, "compared only " + compared + " values");
  }

  @Test
  void whatTheReaderBuildsReadsBackToTheSameTree() {
    List<String> failures = new ArrayList<>();
    for (long seed = 1; seed <= CASES; seed++) {
      MatrixExpr e = read(MatrixPrinter.print(new MatrixFormGenerator(seed).any(4)), failures,
          seed);
      if (e == null) continue;
      String text = MatrixPrinter.print(e);
      MatrixExpr back = read(text, failures, seed);
      if (back != null && !back.equals(e)) {
        failures.add("seed " + seed + ": " + text + " reads back as " + MatrixPrinter.print(back));
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " failed:\n" + first(failures));
  }

  /**
   * The tree {@code text} reads as, or null with the failure noted. A tree with a constant
   * outside its domain ({@code x/0}, {@code ln(-1)}), which the generator makes now and then, is
   * refused by the reader by design (ConstantScalarsTest): null, no failure.
   */
  private static MatrixExpr read(String text, List<String> failures, long seed) {
    try {
      return MatrixParser.parse(text, new LinkedHashMap<>(MatrixFormGenerator.SHAPES)).tree();
    } catch (ParseException e) {
      if (e.getMessage().equals("division by zero") || e.getMessage().contains(" is undefined")
          || e.getMessage().endsWith(" is not a real number")) {
        return null;
      }
      failures.add("seed " + seed + ": " + text + " does not read: " + e.getMessage());
      return null;
    } catch (RuntimeException e) {
      failures.add("seed " + seed + ": " + text + " does not read: " + e.getMessage());
      return null;
    }
  }

  /** Each name a matrix of its shape with entries in [0.5, 2), so most functions are defined. */
  private static Map<String, RealMatrix> randomPoint(Random random) {
    Map<String, RealMatrix> at = new LinkedHashMap<>();
    MatrixFormGenerator.SHAPES.forEach((name, shape) -> {
      double[][] v = new double[shape.rows()][shape.columns()];
      for (double[] row : v) for (int j = 0; j < row.length; j++) row[j] = 0.5 + 1.5 * random.nextDouble();
      at.put(name, new Array2DRowRealMatrix(v, false));
    });
    return at;
  }

  /**
   * Null if the entries agree to 1e-8 relative, where both are finite (a form read back may be
   * defined where the tree printed was not, as {@code 0*x/0}; that is not the printer's to
   * keep), else the first entry that differs.
   */
  private static String differs(RealMatrix want, RealMatrix got) {
    for (int i = 0; i < want.getRowDimension(); i++) {
      for (int j = 0; j < want.getColumnDimension(); j++) {
        double a = want.getEntry(i, j);
        double b = got.getEntry(i, j);
        if (!Double.isFinite(a) || !Double.isFinite(b)) continue;
        if (Math.abs(a - b) > 1e-8 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
          return "entry (" + i + ", " + j + ") is " + b + ", not " + a;
        }
      }
    }
    return null;
  }

  private static String first(List<String> failures) {
    return String.join("\n", failures.subList(0, Math.min(30, failures.size())));
  }
}
