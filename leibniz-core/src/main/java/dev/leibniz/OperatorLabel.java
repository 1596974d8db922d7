package dev.leibniz;

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

  /** The operator applied for {@code chain}, first variable applied first. */
  static String of(List<String> chain) {
    int n = chain.size();
    if (n == 0) return "";
    StringBuilder label = new StringBuilder(n == 1 ? "d/" : "d" + n + "/");
    int i = n - 1;
    while (i >= 0) {
      String v = chain.get(i);
      int run = 0;
      while (i >= 0 && chain.get(i).equals(v)) {
        run++;
        i--;
      }
      if (i + run < n - 1) label.append(' ');
      label.append('d').append(v);
      if (run > 1) {
        label.append(Character.isDigit(v.charAt(v.length() - 1)) ? "^" : "").append(run);
      }
    }
    return label.toString();
  }
}
