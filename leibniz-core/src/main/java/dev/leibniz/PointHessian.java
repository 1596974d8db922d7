package dev.leibniz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every second partial derivative at a point ({@link Leibniz#hessian}), each a number or NaN
 * where it does not exist. The numbers come from reverse mode over the symbolic gradient: its
 * partials compiled into one tape, one backward sweep per row, so they are exact to rounding; the
 * lower triangle is computed ({@code d2/dy dx}, the partial by x differentiated by y) and the
 * upper one is its mirror. Where the tape gives no finite number (an overflow before the entry,
 * or 0 times an infinite slope), the entry's own expression is evaluated, as
 * {@link PointGradient} does. An entry is NaN where the function is undefined, where the first
 * partial it differentiates is ({@code sqrt(x)*y} at x = 0 has no {@code d2/dy dx}), where its
 * own value is not finite (it does not exist, or overflows a double), and on a kink whose sides
 * disagree; on a kink whose sides agree it is their value ({@link Derivative#onKink}).
 */
final class PointHessian {
  private PointHessian() {}

  /** The second partials of {@code f} at {@code point}, rows and columns in name order. */
  static Map<String, Map<String, Double>> of(Expression f, Map<String, Double> point) {
    List<String> variables = new ArrayList<>(f.variables());
    Map<String, Map<String, Double>> hessian = new LinkedHashMap<>();
    for (String v : variables) hessian.put(v, new LinkedHashMap<>());
    if (variables.isEmpty()) return hessian;
    boolean defined = f.isDefinedAt(point);
    List<Derivative> gradient = new ArrayList<>();
    for (String v : variables) gradient.add(f.derivation(List.of(v), false));
    List<Expression> partials = new ArrayList<>();
    for (Derivative d : gradient) partials.add(d.result());
    CompiledJacobian compiled = Expression.compile(partials);
    double[] x = compiled.point(point);
    double[][] rows = new double[variables.size()][compiled.variables().size()];
    compiled.jacobian(x, rows);
    for (String v : variables) {
      for (String u : variables) hessian.get(v).put(u, Double.NaN);
    }
    for (int i = 0; i < variables.size(); i++) {
      int column = compiled.variables().indexOf(variables.get(i));
      for (int j = 0; j <= i; j++) {
        Derivative second = gradient.get(j).then(variables.get(i));
        double entry = column < 0 ? 0 : rows[j][column];
        // The tape has no number to give (a value past it overflowed, or 0 times an infinite
        // slope): the entry's own expression may (cbrt(x)^7 at 0 has d2/dx2 = 0).
        if (!Double.isFinite(entry)) entry = second.result().evaluate(point);
        Optional<OnKink> sides = second.onKink(point);
        if (sides.isPresent()) {
          entry = sides.get().exists() ? sides.get().value().getAsDouble() : Double.NaN;
        }
        if (!defined || !partials.get(j).isDefinedAt(point) || !Double.isFinite(entry)) {
          entry = Double.NaN;
        }
        hessian.get(variables.get(i)).put(variables.get(j), entry);
        hessian.get(variables.get(j)).put(variables.get(i), entry);
      }
    }
    return hessian;
  }
}
