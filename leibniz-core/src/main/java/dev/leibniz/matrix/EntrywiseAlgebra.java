package dev.leibniz.matrix;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.UndefinedException;
import dev.leibniz.expr.Var;
import dev.leibniz.simplify.FullSimplifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An expression of entry-by-entry operations on one shape ({@code +}, {@code -}, {@code .*},
 * {@code ./}, {@code .^}, functions applied entry by entry, scalars that scale) is, at each entry,
 * the scalar expression of the entries of its operands; so it is simplified as that scalar
 * expression by the scalar simplifier and written back. Every other operand (a matrix product,
 * a transpose, a reduction, a name) is one symbol, and {@code ones} is 1. The gradient of the
 * logistic loss, {@code X'*((-y) .* s .^ (-1) .* (s .* (ones(5) - s)) + (ones(5) - y) .* (ones(5)
 * - s) .^ (-1) .* (s .* (ones(5) - s)))} with {@code s = sigmoid(X*w)}, is
 * {@code X'*(sigmoid(X*w) - y)}. Sound as the scalar simplifier is: each entry is rewritten as a
 * scalar, wherever it is defined. The rewrite is kept only when it is shorter.
 */
final class EntrywiseAlgebra {
  private final Shape shape;
  private final Map<MatrixExpr, Var> symbols = new HashMap<>();
  private final Map<String, MatrixExpr> operands = new HashMap<>();

  private EntrywiseAlgebra(Shape shape) {
    this.shape = shape;
  }

  /**
   * True for a node of entry-by-entry operations, which {@link #simplified} rewrites: a sum, an
   * entrywise operation, a function applied entry by entry, a scalar times one array.
   */
  static boolean isEntrywise(MatrixExpr e) {
    boolean scaled = e instanceof MatrixExpr.Product p && p.chain().size() == 1;
    return !e.shape().isScalar() && (scaled || e instanceof MatrixExpr.Sum
        || e instanceof MatrixExpr.Entrywise || e instanceof MatrixExpr.Apply);
  }

  /** {@code e} simplified entry by entry when that is shorter; else e itself. */
  static MatrixExpr simplified(MatrixExpr e) {
    if (!isEntrywise(e)) return e;
    EntrywiseAlgebra algebra = new EntrywiseAlgebra(e.shape());
    try {
      Expr scalar = algebra.toScalar(e);
      MatrixExpr back = algebra.fromScalar(FullSimplifier.simplify(scalar));
      // An entry that is a constant (exp(-x) .* exp(x) is 1 at each) is that constant array.
      if (back.shape().isScalar()) back = algebra.spread(back);
      return back.shape().equals(e.shape()) && MatrixSize.of(back) < MatrixSize.of(e) ? back : e;
    } catch (UndefinedException | IllegalArgumentException | ArithmeticException notWritten) {
      return e;
    }
  }

  /** The scalar expression of an entry of {@code e}. */
  private Expr toScalar(MatrixExpr e) {
    if (e instanceof MatrixExpr.Literal l) return Expr.num(l.value());
    if (e instanceof MatrixExpr.Const c) return c.constant();
    if (MatrixBuild.isOnes(e) && e.shape().equals(shape)) return Num.ONE;
    if (e instanceof MatrixExpr.Sum s && s.shape().equals(shape)) {
      List<Expr> terms = new ArrayList<>();
      for (MatrixExpr t : s.terms()) terms.add(toScalar(t));
      return Expr.sum(terms);
    }
    if (e instanceof MatrixExpr.Product p && p.chain().size() <= 1
        && (p.chain().isEmpty() || p.chain().get(0).shape().equals(shape))) {
      List<Expr> factors = new ArrayList<>();
      factors.add(Expr.num(p.coefficient()));
      for (MatrixExpr f : p.scalars()) factors.add(toScalar(f));
      for (MatrixExpr f : p.chain()) factors.add(toScalar(f));
      return Expr.product(factors);
    }
    if (e instanceof MatrixExpr.Entrywise w) {
      Expr left = toScalar(w.left());
      Expr right = toScalar(w.right());
      switch (w.op()) {
        case TIMES: return Expr.product(left, right);
        case DIVIDE: return Expr.product(left, Expr.power(right, -1));
        default: return Expr.power(left, right);
      }
    }
    if (e instanceof MatrixExpr.Apply a && (a.shape().equals(shape) || a.shape().isScalar())) {
      return Expr.call(a.function(), toScalar(a.arg()));
    }
    return symbol(e);
  }

  /** The symbol that stands for an operand of the entrywise expression. */
  private Var symbol(MatrixExpr e) {
    Var known = symbols.get(e);
    if (known != null) return known;
    Var v = new Var("entry_" + symbols.size());
    symbols.put(e, v);
    operands.put(v.name(), e);
    return v;
  }

  /** The entrywise expression of a scalar one; a scalar part stays a scalar. */
  private MatrixExpr fromScalar(Expr e) {
    if (e instanceof Num n) return MatrixBuild.number(n.value());
    if (e instanceof Constant c) return MatrixBuild.constant(c);
    if (e instanceof Var v) {
      MatrixExpr operand = operands.get(v.name());
      if (operand == null) throw new IllegalArgumentException("unknown symbol " + v.name());
      return operand;
    }
    if (e instanceof Sum s) {
      List<MatrixExpr> terms = new ArrayList<>();
      boolean whole = false;
      for (Expr t : s.terms()) {
        MatrixExpr term = fromScalar(t);
        whole |= !term.shape().isScalar();
        terms.add(term);
      }
      if (whole) terms.replaceAll(t -> t.shape().isScalar() ? spread(t) : t);
      return MatrixBuild.sum(terms);
    }
    if (e instanceof Product p) {
      // Scalars scale; the other factors are a quotient of entrywise products, (p - y) ./ (p .*
      // (ones(5) - p)), with an exponent -k written as a divisor to the k.
      List<MatrixExpr> scalars = new ArrayList<>();
      MatrixExpr numerator = null;
      MatrixExpr denominator = null;
      for (Expr f : p.factors()) {
        Expr divisor = f instanceof Power pw && pw.exponent() instanceof Num k
            && k.value().signum() < 0 ? Expr.power(pw.base(), Expr.num(k.value().negate())) : null;
        MatrixExpr factor = fromScalar(divisor != null ? divisor : f);
        if (factor.shape().isScalar()) {
          scalars.add(divisor != null ? MatrixBuild.power(factor, MatrixBuild.MINUS_ONE) : factor);
        } else if (divisor != null) {
          denominator = times(denominator, factor);
        } else {
          numerator = times(numerator, factor);
        }
      }
      MatrixExpr entrywise = denominator == null ? numerator
          : numerator == null
              ? MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, denominator,
                  MatrixBuild.MINUS_ONE)
              : MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.DIVIDE, numerator, denominator);
      if (entrywise != null) scalars.add(entrywise);
      return MatrixBuild.product(scalars);
    }
    if (e instanceof Power p) {
      MatrixExpr base = fromScalar(p.base());
      MatrixExpr exponent = fromScalar(p.exponent());
      return base.shape().isScalar() && exponent.shape().isScalar()
          ? MatrixBuild.power(base, exponent)
          : MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, base, exponent);
    }
    if (e instanceof Call c) return MatrixBuild.apply(c.function(), fromScalar(c.argument()));
    throw new IllegalArgumentException("unwritten " + e);
  }

  /** {@code product .* factor}, or factor alone when there is no product yet. */
  private static MatrixExpr times(MatrixExpr product, MatrixExpr factor) {
    return product == null ? factor
        : MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.TIMES, product, factor);
  }

  /** A scalar as the constant array of the shape: {@code c*ones(n)}. */
  private MatrixExpr spread(MatrixExpr scalar) {
    return MatrixBuild.product(scalar, MatrixBuild.ones(shape));
  }
}
