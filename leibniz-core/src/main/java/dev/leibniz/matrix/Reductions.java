package dev.leibniz.matrix;

import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import java.util.List;

/**
 * Builds reductions: of a scalar each is the scalar function it reduces to ({@code sum(s) =
 * tr(s) = det(s) = diag(s) = logsumexp(s) = s}, {@code inv(s) = 1/s}, {@code norm2(s) = abs(s)},
 * {@code softmax(s) = 1}, {@code dot(a, b) = a*b}); {@code tr(eye(n)) = sum(eye(n)) = n},
 * {@code sum(ones(r, c)) = r*c}, {@code inv(inv(X)) = X}, {@code diag(ones(n)) = eye(n)} (and
 * {@code diag(c*ones(n)) = c*eye(n)}), and the transpose is dropped where it cannot matter
 * ({@code tr(X') = tr(X)}, {@code det(X') = det(X)}, {@code sum(X') = sum(X)}).
 */
final class Reductions {
  private Reductions() {}

  static MatrixExpr build(Reduction op, List<MatrixExpr> args) {
    if (op.isConstantArray()) return constantArray(op, args);
    MatrixExpr u = args.get(0);
    if (u.shape().isScalar() && (op != Reduction.DOT || args.get(1).shape().isScalar())) {
      return ofScalar(op, args);
    }
    if (u instanceof MatrixExpr.Transpose t && (op == Reduction.TR || op == Reduction.DET
        || op == Reduction.SUM || op == Reduction.NORM2)) {
      return build(op, List.of(t.arg()));
    }
    if ((op == Reduction.TR || op == Reduction.SUM) && MatrixBuild.isEye(u)) {
      return MatrixBuild.number(u.shape().rows());
    }
    if (op == Reduction.DET && MatrixBuild.isEye(u)) return MatrixBuild.ONE;
    if (op == Reduction.INV && MatrixBuild.isEye(u)) return u;
    if (op == Reduction.SUM && MatrixBuild.isOnes(u)) return MatrixBuild.number(u.shape().size());
    if (op == Reduction.INV && u instanceof MatrixExpr.Reduce r && r.op() == Reduction.INV) {
      return r.args().get(0);
    }
    if (op == Reduction.DIAG) {
      MatrixExpr constant = DiagonalAlgebra.ofConstant(u);
      if (constant != null) return constant;
    }
    return new MatrixExpr.Reduce(op, args, shapeOf(op, u));
  }

  private static Shape shapeOf(Reduction op, MatrixExpr u) {
    switch (op) {
      case INV:
      case SOFTMAX:
        return u.shape();
      case DIAG:
        return Shape.of(u.shape().size(), u.shape().size());
      default:
        return Shape.SCALAR;
    }
  }

  private static MatrixExpr ofScalar(Reduction op, List<MatrixExpr> args) {
    MatrixExpr u = args.get(0);
    switch (op) {
      case INV:
        return MatrixBuild.power(u, MatrixBuild.MINUS_ONE);
      case NORM2:
        return u instanceof MatrixExpr.Literal l ? MatrixBuild.number(l.value().abs())
            : MatrixBuild.apply(MathFunction.ABS, u);
      case SOFTMAX:
        return MatrixBuild.ONE;
      case DOT:
        return MatrixBuild.product(u, args.get(1));
      default:
        return u;
    }
  }

  private static MatrixExpr constantArray(Reduction op, List<MatrixExpr> sizes) {
    int rows = size(sizes.get(0));
    if (op == Reduction.EYE) return MatrixBuild.eye(rows);
    int columns = sizes.size() > 1 ? size(sizes.get(1)) : 1;
    return MatrixBuild.ones(Shape.of(rows, columns));
  }

  /** A size argument: a positive integer literal, as {@link ShapeRules} has checked. */
  static int size(MatrixExpr e) {
    Rational r = ((MatrixExpr.Literal) e).value();
    return r.intValue().orElseThrow();
  }
}
