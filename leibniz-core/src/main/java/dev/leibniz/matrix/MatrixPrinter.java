package dev.leibniz.matrix;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a matrix tree in the output language: {@code *} between every two factors, {@code '}
 * for the transpose, {@code .*} {@code ./} {@code .^} with a space either side (so that
 * {@code 2 .* x} never reads as the number {@code 2.}), a minus sign written as subtraction:
 * {@code 2*(W*x - y)*x'}. What it prints parses back to an equal tree under the same
 * declarations, and it writes a pair of parentheses only where reading without them would build
 * another tree: {@code x'*y*eye(3)} (the reader multiplies left to right; a product is one flat
 * list of factors, so {@code A*(B*C)} is the tree of {@code A*B*C}; {@link MatrixBuild} nests a
 * chain of {@code .*} to the left, so {@code a .* b .* c}), but {@code C*(A .* B)},
 * {@code (A .^ B) .^ C}, {@code (A*B)'}. A signed exponent keeps its parentheses,
 * {@code x .^ (-1)}, as the scalar printer writes {@code x^(-y)}.
 */
public final class MatrixPrinter {
  static final int SUM = 1;
  static final int PRODUCT = 2;
  static final int POWER = 3;
  static final int POSTFIX = 4;
  static final int ATOM = 5;

  private MatrixPrinter() {}

  public static String print(MatrixExpr e) {
    return text(e);
  }

  /**
   * {@code base} to {@code exponent} as written with {@code operator} ({@code ^} or {@code **}),
   * grouped as the reader needs ({@code (W*x)^2}, {@code A^(1/2)}), whatever the shapes: the
   * text of a power an error refuses.
   */
  public static String power(MatrixExpr base, String operator, MatrixExpr exponent) {
    return at(base, POSTFIX) + operator + at(exponent, POWER);
  }

  static int level(MatrixExpr e) {
    if (e instanceof MatrixExpr.Literal l) {
      if (l.value().signum() < 0) return SUM;
      return l.value().isInteger() ? ATOM : PRODUCT;
    }
    if (e instanceof MatrixExpr.Sum) return SUM;
    if (e instanceof MatrixExpr.Product p) return p.coefficient().signum() < 0 ? SUM : PRODUCT;
    if (e instanceof MatrixExpr.Power p) {
      return isReciprocal(p) ? PRODUCT : isExp(p) ? ATOM : POWER;
    }
    if (e instanceof MatrixExpr.Entrywise w) {
      if (isExp(w)) return ATOM;
      return w.op() == MatrixExpr.EntrywiseOp.POWER ? POWER : PRODUCT;
    }
    if (e instanceof MatrixExpr.Transpose) return POSTFIX;
    return ATOM;
  }

  private static String at(MatrixExpr e, int least) {
    String t = text(e);
    return level(e) < least ? "(" + t + ")" : t;
  }

  private static String text(MatrixExpr e) {
    if (e instanceof MatrixExpr.Literal l) return l.value().toString();
    if (e instanceof MatrixExpr.Name n) return n.name();
    if (e instanceof MatrixExpr.Const c) return c.constant() == Constant.PI ? "pi"
        : c.constant().symbol();
    if (e instanceof MatrixExpr.Sum s) return sum(s);
    if (e instanceof MatrixExpr.Product p) return product(p.coefficient(), p.scalars(), p.chain());
    if (e instanceof MatrixExpr.Power p) {
      if (isReciprocal(p)) return product(Rational.ONE, List.of(p), List.of());
      if (isExp(p)) return "exp(" + text(p.exponent()) + ")";
      return at(p.base(), POSTFIX) + "^" + at(p.exponent(), POWER);
    }
    if (e instanceof MatrixExpr.Transpose t) return at(t.arg(), POSTFIX) + "'";
    if (e instanceof MatrixExpr.Entrywise w) return entrywise(w);
    if (e instanceof MatrixExpr.Apply a) return a.function().canonicalName() + "(" + text(a.arg())
        + ")";
    if (e instanceof MatrixExpr.Reduce r) {
      List<String> args = new ArrayList<>();
      for (MatrixExpr a : r.args()) args.add(text(a));
      return r.op().word() + "(" + String.join(", ", args) + ")";
    }
    throw new IllegalStateException("unhandled " + e);
  }

  private static String sum(MatrixExpr.Sum s) {
    StringBuilder out = new StringBuilder();
    for (MatrixExpr t : s.terms()) {
      if (out.length() == 0) {
        out.append(text(t));
      } else if (isNegative(t)) {
        out.append(" - ").append(at(MatrixBuild.negate(t), PRODUCT));
      } else {
        out.append(" + ").append(at(t, PRODUCT));
      }
    }
    return out.toString();
  }

  static boolean isNegative(MatrixExpr t) {
    if (t instanceof MatrixExpr.Literal l) return l.value().signum() < 0;
    return t instanceof MatrixExpr.Product p && p.coefficient().signum() < 0;
  }

  static boolean isReciprocal(MatrixExpr.Power p) {
    return p.exponent() instanceof MatrixExpr.Literal k && k.value().signum() < 0;
  }

  /** {@code e^u} of a scalar, printed {@code exp(u)}. */
  static boolean isExp(MatrixExpr.Power p) {
    return p.base() instanceof MatrixExpr.Const c && c.constant() == Constant.E;
  }

  static boolean isExp(MatrixExpr.Entrywise w) {
    return w.op() == MatrixExpr.EntrywiseOp.POWER && w.left() instanceof MatrixExpr.Const c
        && c.constant() == Constant.E;
  }

  /**
   * Numerator factors, then {@code /} and the denominator: {@code X/det(X)}, {@code x/2}. The
   * reader multiplies left to right, so a factor goes without parentheses where reading
   * {@code left*factor*...} builds the tree printed: the first factor (the reader builds it
   * whole before it multiplies by the next: {@code x'*y*eye(3)}, {@code A .* B*C}), and a
   * scalar-valued chain with a factor after it (the reader, multiplying on, makes the finished
   * chain one scalar factor, as {@link ProductAssembler} keeps it: {@code 2*x'*y*A}). Elsewhere a
   * factor below a power keeps them: {@code C*(A .* B)}, {@code 2*(x + y)}, and a last
   * scalar-valued chain, {@code x'*y*(z'*x)}, which without them would be the chain
   * {@code x'*y*z'*x}.
   */
  private static String product(Rational c, List<MatrixExpr> scalars, List<MatrixExpr> chain) {
    List<String> top = new ArrayList<>();
    List<String> bottom = new ArrayList<>();
    Rational magnitude = c.abs();
    if (!magnitude.numerator().equals(java.math.BigInteger.ONE)) {
      top.add(magnitude.numerator().toString());
    }
    if (!magnitude.denominator().equals(java.math.BigInteger.ONE)) {
      bottom.add(magnitude.denominator().toString());
    }
    List<MatrixExpr> factors = new ArrayList<>();
    for (MatrixExpr s : scalars) {
      if (s instanceof MatrixExpr.Power p && isReciprocal(p)) {
        Rational k = ((MatrixExpr.Literal) p.exponent()).value().negate();
        bottom.add(at(MatrixBuild.power(p.base(), MatrixBuild.number(k)), POWER));
      } else {
        factors.add(s);
      }
    }
    factors.addAll(chain);
    for (int i = 0; i < factors.size(); i++) {
      top.add(factor(factors.get(i), top.isEmpty(), i + 1 < factors.size()));
    }
    String sign = c.signum() < 0 ? "-" : "";
    String numerator = top.isEmpty() ? "1" : String.join("*", top);
    if (bottom.isEmpty()) return sign + numerator;
    String denominator = bottom.size() == 1 ? bottom.get(0) : "(" + String.join("*", bottom)
        + ")";
    return sign + numerator + "/" + denominator;
  }

  /** A factor of a product, {@code first} of it or {@code followed} by another factor. */
  private static String factor(MatrixExpr f, boolean first, boolean followed) {
    if (first) return at(f, PRODUCT);
    if (followed && ProductAssembler.isChainAtom(f)) return text(f);
    return at(f, POWER);
  }

  private static String entrywise(MatrixExpr.Entrywise w) {
    if (isExp(w)) return "exp(" + text(w.right()) + ")";
    if (w.op() == MatrixExpr.EntrywiseOp.POWER) {
      return at(w.left(), POSTFIX) + " .^ " + at(w.right(), POWER);
    }
    return at(w.left(), PRODUCT) + " " + w.op().symbol() + " " + at(w.right(), POWER);
  }
}
