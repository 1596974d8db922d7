package dev.leibniz.matrix;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
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
      Expr scalar = FullSimplifier.simplify(algebra.toScalar(e));
      // Written back entry by entry as a function's derivative row is; an entry that is a
      // constant (exp(-x) .* exp(x) is 1 at each) is that constant array.
      MatrixExpr back = EntrywiseLift.broadcast(
          EntrywiseLift.lift(scalar, algebra::operand, e.shape()), e.shape());
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

  /** The operand a symbol of {@link #toScalar} stands for. */
  private MatrixExpr operand(Var v) {
    MatrixExpr operand = operands.get(v.name());
    if (operand == null) throw new IllegalArgumentException("unknown symbol " + v.name());
    return operand;
  }
}
