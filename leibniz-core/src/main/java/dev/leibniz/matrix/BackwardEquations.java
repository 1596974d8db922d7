package dev.leibniz.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backward equations from forward ones, as in the recitation's "computing derivatives of
 * complex functions": lines in reverse order, and for each the names it uses, in the order they
 * are written, each receiving the adjoint of the line's gradient ({@link MatrixGradient#raw}
 * with the named gradient {@code dL/dz} as seed): {@code z7 = W3 z6} gives
 * {@code dL/dW3 = dL/dz7*z6'} and {@code dL/dz6 = W3'*dL/dz7}, or in the numerator layout
 * {@code dL/dW3 = z6*dL/dz7} and {@code dL/dz6 = dL/dz7*W3}. A name that receives from more
 * than one line gets {@code +=} after its first equation. The last line is the loss L if it
 * is a scalar; otherwise {@code dL/d(last)} is given. A line that does not feed the last one,
 * directly or through others, has no equations. A forward value in an equation is written by
 * its line's name ({@link #named}).
 */
public final class BackwardEquations {
  /** One forward line. */
  public record Forward(String name, MatrixExpr tree, String source) {}

  /**
   * One backward equation: {@code dL/dv = rhs} (or {@code +=}), in the chosen layout, handed
   * back from the forward line named {@code line}.
   */
  public record Backward(String variable, String label, boolean accumulates, MatrixExpr rhs,
      String line) {
    /** {@code dL/dW3 = z6*dL/dz7   [4x2]}. */
    @Override
    public String toString() {
      return label + (accumulates ? " += " : " = ") + MatrixPrinter.print(rhs) + "   ["
          + rhs.shape() + "]";
    }
  }

  private BackwardEquations() {}

  /** The name of the gradient of L by {@code name}: {@code dL/dz_7}. */
  public static String label(String name) {
    return "dL/d" + name;
  }

  /** The named gradient of L by {@code name} as a leaf, shaped for {@code layout}. */
  public static MatrixExpr.Name symbol(String name, Shape shape, MatrixDerivatives.Layout layout) {
    return new MatrixExpr.Name(label(name), layout == MatrixDerivatives.Layout.NUMERATOR
        ? shape.transposed() : shape);
  }

  public static List<Backward> of(List<Forward> lines, MatrixDerivatives.Layout layout) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (Forward f : lines) shapes.put(f.name(), f.tree().shape());
    Set<String> assigned = new HashSet<>();
    List<Backward> out = new ArrayList<>();
    // Only the lines that feed the last one have a gradient; a line that feeds nothing is left
    // out rather than hand on a dL/d of a name no equation defines.
    Map<MatrixExpr, MatrixExpr.Name> values = forwardValues(lines);
    Set<String> feeding = new HashSet<>(Set.of(lines.get(lines.size() - 1).name()));
    for (int i = lines.size() - 1; i >= 0; i--) {
      Forward line = lines.get(i);
      if (!feeding.contains(line.name())) continue;
      for (MatrixExpr.Name v : namesInOrder(line)) feeding.add(v.name());
      boolean loss = i == lines.size() - 1 && line.tree().shape().isScalar();
      MatrixExpr seed = loss ? MatrixBuild.ONE : gradientSeed(line, layout);
      for (MatrixExpr.Name v : namesInOrder(line)) {
        MatrixExpr g = named(Tidy.tidy(MatrixGradient.raw(line.tree(), v.name(), v.shape(),
            seed)), values);
        if (MatrixBuild.isZero(g)) continue;
        MatrixExpr rhs = layout == MatrixDerivatives.Layout.NUMERATOR
            ? Tidy.tidy(MatrixBuild.transpose(g)) : g;
        boolean again = !assigned.add(v.name());
        out.add(new Backward(v.name(), label(v.name()), again, rhs, line.name()));
      }
    }
    return out;
  }

  /**
   * Each forward line's right side, by the name that holds its value: every forward value is
   * known when the backward equations run. A line that only renames ({@code h = x}) is left
   * out, as nothing is shorter for it.
   */
  private static Map<MatrixExpr, MatrixExpr.Name> forwardValues(List<Forward> lines) {
    Map<MatrixExpr, MatrixExpr.Name> values = new HashMap<>();
    for (Forward f : lines) {
      if (!f.tree().children().isEmpty()) {
        values.putIfAbsent(f.tree(), new MatrixExpr.Name(f.name(), f.tree().shape()));
      }
    }
    return values;
  }

  /**
   * {@code e} with each part that is a forward line's right side written as that line's name,
   * as the recitation writes the sigmoid's derivative: with {@code z1 = sigmoid(h1)},
   * {@code dL/dh1 = dL/dz1 .* z1 .* (ones(4) - z1)}, not {@code sigmoid(h1)} twice more. The
   * name holds that very value, so nothing changes but the length.
   */
  private static MatrixExpr named(MatrixExpr e, Map<MatrixExpr, MatrixExpr.Name> values) {
    MatrixExpr.Name name = values.get(e);
    if (name != null) return name;
    if (e.children().isEmpty()) return e;
    List<MatrixExpr> children = new ArrayList<>();
    boolean changed = false;
    for (MatrixExpr c : e.children()) {
      MatrixExpr d = named(c, values);
      changed |= d != c;
      children.add(d);
    }
    return changed ? Rebuild.with(e, children) : e;
  }

  /** The seed in the gradient layout: {@code dL/dz}, or the numerator symbol transposed. */
  private static MatrixExpr gradientSeed(Forward line, MatrixDerivatives.Layout layout) {
    MatrixExpr.Name s = symbol(line.name(), line.tree().shape(), layout);
    return layout == MatrixDerivatives.Layout.NUMERATOR ? MatrixBuild.transpose(s) : s;
  }

  /** The names a line uses, in the order its text writes them. */
  static List<MatrixExpr.Name> namesInOrder(Forward line) {
    Map<String, MatrixExpr.Name> found = new LinkedHashMap<>();
    collect(line.tree(), found);
    List<MatrixExpr.Name> names = new ArrayList<>(found.values());
    names.sort((a, b) -> Integer.compare(position(line.source(), a.name()),
        position(line.source(), b.name())));
    return names;
  }

  private static int position(String source, String name) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name)
        + "(?![\\p{N}_])").matcher(source);
    return m.find() ? m.start() : Integer.MAX_VALUE;
  }

  private static void collect(MatrixExpr e, Map<String, MatrixExpr.Name> found) {
    if (e instanceof MatrixExpr.Name n) found.putIfAbsent(n.name(), n);
    for (MatrixExpr c : e.children()) collect(c, found);
  }
}
