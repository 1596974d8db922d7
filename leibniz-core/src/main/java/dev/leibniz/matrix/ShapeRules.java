package dev.leibniz.matrix;

import java.util.List;

/**
 * Whether operands conform, and if not, why, in words that name both shapes: the parser puts
 * the operands' text in front and the operator's column after ({@code W*y: 3x4 times 3 does not
 * conform at column 2}). Each method returns null when the operands conform.
 */
public final class ShapeRules {
  private ShapeRules() {}

  /** {@code a + b}, {@code a - b}: the same shape. */
  public static String sum(Shape a, Shape b, String sign) {
    if (a.equals(b)) return null;
    String what = "+".equals(sign) ? "plus" : "minus";
    if (a.isScalar() || b.isScalar()) {
      return "a " + noun(a) + " " + what + " a " + noun(b)
          + " (a scalar and a non-scalar cannot be added; use s*ones(n) for a constant vector)";
    }
    return a + " " + what + " " + b + ": the shapes differ";
  }

  /** {@code a*b}: a scalar scales; otherwise the inner sizes agree. */
  public static String product(Shape a, Shape b) {
    if (a.isScalar() || b.isScalar() || a.columns() == b.rows()) return null;
    return a + " times " + b + " does not conform";
  }

  /** {@code a/b}: by a scalar only. */
  public static String quotient(Shape b) {
    if (b.isScalar()) return null;
    return "division by a " + noun(b) + " (divide by a scalar, or use ./ entry by entry)";
  }

  /** {@code a^b}: scalars only. */
  public static String power(Shape a, Shape b) {
    if (a.isScalar() && b.isScalar()) return null;
    if (!a.isScalar()) {
      return "^ of a " + noun(a) + "; use .^ for a power entry by entry, or A*A for the "
          + "matrix product";
    }
    return "a scalar to a " + noun(b) + " power; use .^ entry by entry";
  }

  /** {@code a .* b}, {@code a ./ b}, {@code a .^ b}: the same shape, or a scalar operand. */
  public static String entrywise(String symbol, Shape a, Shape b) {
    if (a.isScalar() || b.isScalar() || a.equals(b)) return null;
    return "entry-wise " + symbol + " of " + a + " and " + b + ": the shapes differ";
  }

  /**
   * How many arguments a reduction or algebra function takes: {@code ones} one or two sizes,
   * {@code eye} one, the others their {@link Reduction#arity()}. The one place for the rule:
   * the scalar and the matrix parser both ask it before anything else.
   */
  public static String arity(Reduction op, int given) {
    if (op == Reduction.ONES) return given >= 1 && given <= 2 ? null
        : "'ones' takes one or two sizes";
    if (op == Reduction.EYE) return given == 1 ? null : "'eye' takes one size";
    if (given == op.arity()) return null;
    return "'" + op.word() + "' takes " + (op.arity() == 1 ? "one argument" : "two arguments");
  }

  /** The arguments' shapes of a reduction or algebra function, once {@link #arity} holds. */
  public static String reduction(Reduction op, List<Shape> args) {
    Shape u = args.get(0);
    switch (op) {
      case TR:
      case DET:
      case INV:
        return u.isSquare() ? null : op.word() + " of a " + noun(u) + " (a square matrix is "
            + "needed)";
      case DIAG:
        return u.isScalar() || u.isVector() ? null : "diag of a " + u + " matrix (diag makes "
            + "the diagonal matrix of a vector)";
      case SOFTMAX:
      case LOGSUMEXP:
        return u.isScalar() || u.isVector() ? null : op.word() + " of a " + u + " matrix (a "
            + "vector is needed)";
      case DOT:
        return u.equals(args.get(1)) ? null : "dot of " + u + " and " + args.get(1)
            + ": the shapes differ";
      default:
        return null;
    }
  }

  /** {@code scalar}, {@code 3 vector}, {@code 1x3 row vector}, {@code 3x4 matrix}. */
  public static String noun(Shape s) {
    if (s.isScalar()) return "scalar";
    if (s.columns() == 1) return s.rows() + " vector";
    if (s.rows() == 1) return s + " row vector";
    return s + " matrix";
  }
}
