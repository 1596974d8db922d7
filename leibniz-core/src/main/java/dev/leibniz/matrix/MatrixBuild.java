package dev.leibniz.matrix;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smart constructors of the matrix tree: the one door to it. Shapes are assumed to conform
 * ({@link ShapeRules} says why not, for the parser's messages); the result is canonical: sums
 * flat with like terms collected and ordered (terms with a minus sign last, so {@code W*x - y}),
 * products as {@link ProductAssembler} keeps them, the reciprocal of a product of scalars the
 * product of the reciprocals, {@code (A')' = A}, a transpose pushed into a
 * product or sum only when that is no longer, reductions of scalars are the scalar itself
 * ({@code tr(s) = s}, {@code inv(s) = 1/s}), a chain of {@code .*} nested to the left
 * ({@code a .* b .* c}), diagonal terms of a sum gathered into one ({@link DiagonalAlgebra}).
 */
public final class MatrixBuild {
  public static final MatrixExpr ZERO = new MatrixExpr.Literal(Rational.ZERO);
  public static final MatrixExpr ONE = new MatrixExpr.Literal(Rational.ONE);
  public static final MatrixExpr MINUS_ONE = new MatrixExpr.Literal(Rational.MINUS_ONE);

  private MatrixBuild() {}

  public static MatrixExpr number(long n) {
    return new MatrixExpr.Literal(Rational.of(n));
  }

  public static MatrixExpr number(Rational r) {
    return new MatrixExpr.Literal(r);
  }

  public static MatrixExpr constant(Constant c) {
    return new MatrixExpr.Const(c);
  }

  /** The zero of {@code shape}: {@code 0}, or {@code 0*ones(r, c)}. */
  public static MatrixExpr zero(Shape shape) {
    if (shape.isScalar()) return ZERO;
    return new MatrixExpr.Product(Rational.ZERO, List.of(), List.of(ones(shape)), shape);
  }

  /** True for the number 0 and for a zero matrix. */
  public static boolean isZero(MatrixExpr e) {
    if (e instanceof MatrixExpr.Literal l) return l.value().isZero();
    return e instanceof MatrixExpr.Product p && p.coefficient().isZero();
  }

  /** {@code ones(n)} for a column, {@code ones(r, c)} otherwise. */
  public static MatrixExpr ones(Shape shape) {
    if (shape.isScalar()) return ONE;
    List<MatrixExpr> sizes = shape.columns() == 1 ? List.of(number(shape.rows()))
        : List.of(number(shape.rows()), number(shape.columns()));
    return new MatrixExpr.Reduce(Reduction.ONES, sizes, shape);
  }

  /** {@code eye(n)}. */
  public static MatrixExpr eye(int n) {
    if (n == 1) return ONE;
    return new MatrixExpr.Reduce(Reduction.EYE, List.of(number(n)), Shape.of(n, n));
  }

  public static boolean isOnes(MatrixExpr e) {
    return e instanceof MatrixExpr.Reduce r && r.op() == Reduction.ONES;
  }

  public static boolean isEye(MatrixExpr e) {
    return e instanceof MatrixExpr.Reduce r && r.op() == Reduction.EYE;
  }

  public static MatrixExpr sum(MatrixExpr... terms) {
    return sum(Arrays.asList(terms));
  }

  /** The canonical sum of terms of one shape. */
  public static MatrixExpr sum(List<MatrixExpr> terms) {
    Shape shape = terms.get(0).shape();
    Map<MatrixExpr, Rational> collected = new LinkedHashMap<>();
    List<MatrixExpr> flat = new ArrayList<>();
    for (MatrixExpr t : terms) {
      if (t instanceof MatrixExpr.Sum s) flat.addAll(s.terms());
      else flat.add(t);
    }
    for (MatrixExpr t : DiagonalAlgebra.summed(flat)) {
      if (isZero(t)) continue;
      Rational c = Rational.ONE;
      MatrixExpr rest = t;
      if (t instanceof MatrixExpr.Literal l) {
        c = l.value();
        rest = ONE;
      } else if (t instanceof MatrixExpr.Product p && !p.coefficient().isOne()) {
        c = p.coefficient();
        rest = ProductAssembler.withCoefficient(p, Rational.ONE);
      }
      collected.merge(rest, c, Rational::add);
    }
    List<MatrixExpr> positive = new ArrayList<>();
    List<MatrixExpr> negative = new ArrayList<>();
    List<Map.Entry<MatrixExpr, Rational>> entries = new ArrayList<>(collected.entrySet());
    entries.sort((a, b) -> termOrder(a.getKey(), b.getKey()));
    for (Map.Entry<MatrixExpr, Rational> e : entries) {
      if (e.getValue().isZero()) continue;
      MatrixExpr term = product(number(e.getValue()), e.getKey());
      (e.getValue().signum() < 0 ? negative : positive).add(term);
    }
    positive.addAll(negative);
    if (positive.isEmpty()) return zero(shape);
    if (positive.size() == 1) return positive.get(0);
    return new MatrixExpr.Sum(positive, shape);
  }

  /** Products first, as a person writes {@code W*x + b}; then {@link MatrixOrder}. */
  private static int termOrder(MatrixExpr a, MatrixExpr b) {
    boolean pa = a instanceof MatrixExpr.Product;
    boolean pb = b instanceof MatrixExpr.Product;
    if (pa != pb) return pa ? -1 : 1;
    return MatrixOrder.INSTANCE.compare(a, b);
  }

  public static MatrixExpr difference(MatrixExpr a, MatrixExpr b) {
    return sum(a, negate(b));
  }

  public static MatrixExpr negate(MatrixExpr a) {
    return product(MINUS_ONE, a);
  }

  /**
   * {@code a} with its minus sign taken off, or null if it carries none: a product of negative
   * coefficient ({@code -u} is {@code u}), or an entrywise product or quotient one of whose
   * operands carries one ({@code (-u) .* v} is {@code u .* v}). The sign of a product's factor
   * is the product's: {@link ProductAssembler} and {@link #entrywise} let two such signs cancel,
   * so that {@code -((-u) .* v)} is {@code u .* v}, never printed {@code -(-u) .* v}.
   */
  static MatrixExpr withoutSign(MatrixExpr a) {
    if (a instanceof MatrixExpr.Product p && p.coefficient().signum() < 0) {
      return ProductAssembler.withCoefficient(p, p.coefficient().negate());
    }
    if (a instanceof MatrixExpr.Entrywise w && w.op() != MatrixExpr.EntrywiseOp.POWER) {
      MatrixExpr left = withoutSign(w.left());
      if (left != null) return entrywise(w.op(), left, w.right());
      MatrixExpr right = withoutSign(w.right());
      if (right != null) return entrywise(w.op(), w.left(), right);
    }
    return null;
  }

  public static MatrixExpr product(MatrixExpr... factors) {
    return ProductAssembler.build(Arrays.asList(factors));
  }

  /** The canonical product: scalar factors commute, matrix factors multiply in order. */
  public static MatrixExpr product(List<MatrixExpr> factors) {
    return ProductAssembler.build(factors);
  }

  /** {@code a / s} for a scalar s. */
  public static MatrixExpr quotient(MatrixExpr a, MatrixExpr s) {
    return product(a, power(s, MINUS_ONE));
  }

  /** {@code base^exponent} of scalars. */
  public static MatrixExpr power(MatrixExpr base, MatrixExpr exponent) {
    if (exponent instanceof MatrixExpr.Literal k) {
      if (k.value().isZero()) return ONE;
      if (k.value().isOne()) return base;
      if (base instanceof MatrixExpr.Literal b && k.value().isInteger()) {
        int n = k.value().intValue().orElse(0);
        if (Math.abs(n) <= 64 && !(b.value().isZero() && n < 0)) {
          Rational r = b.value().pow(Math.abs(n));
          return number(n < 0 ? Rational.ONE.divide(r) : r);
        }
      }
      // (u^j)^k = u^(j*k) for whole j and k, and 1/u^j = u^-j for j > 0: either side is
      // defined where the other is, and x/s^(1/2), which the printer writes for s^(-1/2)*x,
      // reads back as it was printed.
      if (base instanceof MatrixExpr.Power p && p.exponent() instanceof MatrixExpr.Literal j
          && (j.value().isInteger() && k.value().isInteger()
              || k.value().equals(Rational.MINUS_ONE) && j.value().signum() > 0)) {
        return power(p.base(), number(j.value().multiply(k.value())));
      }
      if (k.value().equals(Rational.MINUS_ONE) && base instanceof MatrixExpr.Product p
          && !ProductAssembler.isChainAtom(p)) {
        return reciprocal(p);
      }
    }
    if (base instanceof MatrixExpr.Literal b && b.value().isOne()) return ONE;
    return new MatrixExpr.Power(base, exponent);
  }

  /**
   * {@code 1/(c*s*t) = (1/c)*(1/s)*(1/t)} for a product of scalars (either side is defined where
   * the other is), so that a quotient has one tree however its factors were grouped:
   * {@code 2*t/(3*s)} is {@code (2*t/3)/s}, the form {@link MatrixPrinter} writes for both.
   */
  private static MatrixExpr reciprocal(MatrixExpr.Product p) {
    List<MatrixExpr> factors = new ArrayList<>();
    factors.add(number(Rational.ONE.divide(p.coefficient())));
    for (MatrixExpr s : p.scalars()) factors.add(power(s, MINUS_ONE));
    if (!p.chain().isEmpty()) {
      factors.add(new MatrixExpr.Power(new MatrixExpr.Product(Rational.ONE, List.of(), p.chain(),
          Shape.SCALAR), MINUS_ONE));
    }
    return product(factors);
  }

  /** {@code a'}: a scalar is its own transpose; pushed in where that is no longer. */
  public static MatrixExpr transpose(MatrixExpr a) {
    if (a.shape().isScalar()) return a;
    if (a instanceof MatrixExpr.Transpose t) return t.arg();
    if (isEye(a)) return a;
    if (isOnes(a)) return ones(a.shape().transposed());
    if (a instanceof MatrixExpr.Reduce r && r.op() == Reduction.DIAG) return a;
    MatrixExpr wrapped = new MatrixExpr.Transpose(a);
    MatrixExpr pushed = null;
    if (a instanceof MatrixExpr.Product p) {
      List<MatrixExpr> factors = new ArrayList<>();
      factors.add(number(p.coefficient()));
      factors.addAll(p.scalars());
      for (int i = p.chain().size() - 1; i >= 0; i--) factors.add(transpose(p.chain().get(i)));
      pushed = product(factors);
    } else if (a instanceof MatrixExpr.Sum s) {
      List<MatrixExpr> terms = new ArrayList<>();
      for (MatrixExpr t : s.terms()) terms.add(transpose(t));
      pushed = sum(terms);
    } else if (a instanceof MatrixExpr.Reduce r && r.op() == Reduction.INV) {
      // inv(U)' = inv(U'): shorter when U is its own transpose (inv(X'*X)' is inv(X'*X)).
      MatrixExpr u = r.args().get(0);
      MatrixExpr t = transpose(u);
      if (t.equals(u)) return a;
    } else if (a instanceof MatrixExpr.Entrywise w && w.op() != MatrixExpr.EntrywiseOp.POWER) {
      pushed = entrywise(w.op(), transpose(w.left()), transpose(w.right()));
    }
    if (pushed != null && MatrixSize.of(pushed) <= MatrixSize.of(wrapped)) return pushed;
    return wrapped;
  }

  /**
   * {@code a .* b}, {@code a ./ b}, {@code a .^ b}; with a scalar operand, the plain one. A chain
   * of {@code .*} nests to the left, as the reader reads {@code a .* b .* c}: the derivative of
   * the sigmoid after an upstream adjoint is {@code g .* s .* (ones(4) - s)}, never
   * {@code g .* (s .* (ones(4) - s))}.
   */
  public static MatrixExpr entrywise(MatrixExpr.EntrywiseOp op, MatrixExpr a, MatrixExpr b) {
    Shape shape = a.shape().isScalar() ? b.shape() : a.shape();
    if (op != MatrixExpr.EntrywiseOp.POWER) {
      // (-u) .* (-v) is u .* v, and (-u) ./ (-v) is u ./ v.
      MatrixExpr left = withoutSign(a);
      MatrixExpr right = left == null ? null : withoutSign(b);
      if (right != null) return entrywise(op, left, right);
    }
    switch (op) {
      case TIMES:
        if (a.shape().isScalar() || b.shape().isScalar()) return product(a, b);
        if (isZero(a) || isZero(b)) return zero(shape);
        if (isOnes(a)) return b;
        if (isOnes(b)) return a;
        if (isEye(a) && isEye(b)) return a;
        if (b instanceof MatrixExpr.Entrywise inner && inner.op() == MatrixExpr.EntrywiseOp.TIMES) {
          // a .* (b .* c) is (a .* b) .* c, entry by entry a*(b*c) = (a*b)*c everywhere: a chain
          // of .* is one left-nested tree however it was built, printed flat, a .* b .* c.
          return entrywise(op, entrywise(op, a, inner.left()), inner.right());
        }
        break;
      case DIVIDE:
        if (b.shape().isScalar()) return quotient(a, b);
        if (isZero(a)) return zero(shape);
        break;
      default:
        if (a.shape().isScalar() && b.shape().isScalar()) return power(a, b);
        if (b instanceof MatrixExpr.Literal k && k.value().isOne()) return a;
        if (b instanceof MatrixExpr.Literal k && k.value().isZero()) return ones(shape);
        break;
    }
    return new MatrixExpr.Entrywise(op, a, b, shape);
  }

  /** {@code e .^ u}, entry by entry ({@code exp(u)}). */
  public static MatrixExpr exp(MatrixExpr u) {
    return entrywise(MatrixExpr.EntrywiseOp.POWER, constant(Constant.E), u);
  }

  /** A function of one argument, entry by entry. */
  public static MatrixExpr apply(MathFunction f, MatrixExpr a) {
    return new MatrixExpr.Apply(f, a);
  }

  /** A reduction or algebra function of conforming arguments; see {@link ShapeRules}. */
  public static MatrixExpr reduce(Reduction op, List<MatrixExpr> args) {
    return Reductions.build(op, args);
  }

  public static MatrixExpr reduce(Reduction op, MatrixExpr arg) {
    return Reductions.build(op, List.of(arg));
  }
}
