package dev.leibniz;

import java.util.ArrayList;
import java.util.List;

/**
 * A derivative's name in plain text, shared by scalar and matrix derivatives so that both label
 * higher and mixed derivatives alike: {@code d/dx}, {@code d2/dx2}, {@code d2/dz dx} for x then
 * z, {@code d3/dy dx2} for x, x, y (the variables right to left in the order they apply, a run
 * of one variable with its count, after a {@code ^} where the count would run into a digit:
 * {@code d2/dx1^2}); empty for a derivative by no variable. {@link LatexOperator} is the same
 * in LaTeX.
 */
final class OperatorLabel {
  private OperatorLabel() {}

  /** One variable and how many times in a row the chain differentiates by it. */
  record Run(String variable, int count) {}

  /** The operator applied for {@code chain}, first variable applied first. */
  static String of(List<String> chain) {
    int n = chain.size();
    if (n == 0) return "";
    StringBuilder label = new StringBuilder(n == 1 ? "d/" : "d" + n + "/");
    for (Run r : runs(chain)) {
      if (label.charAt(label.length() - 1) != '/') label.append(' ');
      String v = r.variable();
      label.append('d').append(v);
      if (r.count() > 1) {
        label.append(Character.isDigit(v.charAt(v.length() - 1)) ? "^" : "").append(r.count());
      }
    }
    return label.toString();
  }

  /** The runs of one variable in {@code chain}, the last applied first, as operators read. */
  static List<Run> runs(List<String> chain) {
    List<Run> runs = new ArrayList<>();
    int i = chain.size() - 1;
    while (i >= 0) {
      String v = chain.get(i);
      int run = 0;
      while (i >= 0 && chain.get(i).equals(v)) {
        run++;
        i--;
      }
      runs.add(new Run(v, run));
    }
    return runs;
  }
}
