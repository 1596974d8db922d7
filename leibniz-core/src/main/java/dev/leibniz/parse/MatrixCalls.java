package dev.leibniz.parse;

import dev.leibniz.expr.Rational;
import dev.leibniz.matrix.MatrixBuild;
import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.MatrixPrinter;
import dev.leibniz.matrix.Reduction;
import dev.leibniz.matrix.Shape;
import dev.leibniz.matrix.ShapeRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A call under declarations: a function of one argument applies entry by entry ({@code
 * sqrt(x)} is {@code x .^ (1/2)}, {@code exp(x)} the exponential of each entry), {@code log(b,
 * x)} is {@code ln(x)/ln(b)} for a scalar base, and the reductions check their arguments'
 * shapes ({@code tr} of a square matrix, {@code ones} of positive integer sizes).
 */
final class MatrixCalls {
  private MatrixCalls() {}

  static MatrixExpr call(NameSplitter.Piece piece, List<MatrixExpr> args, String line,
      int column) {
    Reduction reduction = Reduction.named(piece.text());
    if (reduction != null) return reduction(reduction, args, line, column);
    boolean log = "log".equals(piece.text());
    if (args.size() == 2 && log) {
      MatrixExpr base = args.get(0);
      if (!base.shape().isScalar()) {
        throw new ParseException("the base of log must be a scalar", line, column);
      }
      MatrixExpr lnBase = MatrixBuild.apply(dev.leibniz.expr.MathFunction.LN, base);
      return MatrixBuild.quotient(MatrixBuild.apply(dev.leibniz.expr.MathFunction.LN,
          args.get(1)), lnBase);
    }
    if (args.size() != 1) {
      throw new ParseException("'" + piece.text() + "' takes one argument", line, column);
    }
    MatrixExpr u = args.get(0);
    if (piece.function() != null) return MatrixBuild.apply(piece.function(), u);
    if (ReservedNames.SQRT.equals(piece.text())) {
      return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, u,
          MatrixBuild.number(Rational.HALF));
    }
    return MatrixBuild.exp(u);
  }

  private static MatrixExpr reduction(Reduction op, List<MatrixExpr> args, String line,
      int column) {
    String arity = ShapeRules.arity(op, args.size());
    if (arity != null) throw new ParseException(arity, line, column);
    if (op.isConstantArray()) {
      for (MatrixExpr size : args) {
        boolean positiveInteger = size instanceof MatrixExpr.Literal l && l.value().isInteger()
            && l.value().signum() > 0 && l.value().compareTo(Rational.of(Shape.MAX_SIZE)) <= 0;
        if (!positiveInteger) {
          throw new ParseException("'" + op.word() + "' takes positive integer sizes, not "
              + MatrixPrinter.print(size), line, column);
        }
      }
      return MatrixBuild.reduce(op, args);
    }
    List<Shape> shapes = new ArrayList<>();
    for (MatrixExpr a : args) shapes.add(a.shape());
    String problem = ShapeRules.reduction(op, shapes);
    if (problem != null) throw new ParseException(problem, line, column);
    return MatrixBuild.reduce(op, args);
  }
}
