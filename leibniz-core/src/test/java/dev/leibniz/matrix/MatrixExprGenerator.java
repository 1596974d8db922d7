package dev.leibniz.matrix;

import dev.leibniz.expr.MathFunction;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random shape-correct matrix expressions over x, y (3-vectors), A, B (3x3), C (2x3) and a
 * scalar s, built through the smart constructors, seeded so that a failure is reproduced by
 * its seed. A scalar comes from a vector by one of the reductions; a scalar is also the left
 * operand of {@code ./} and {@code .^} over a vector.
 */
final class MatrixExprGenerator {
  static final Map<String, Shape> SHAPES = Map.of("x", Shape.column(3), "y", Shape.column(3),
      "A", Shape.of(3, 3), "B", Shape.of(3, 3), "C", Shape.of(2, 3), "s", Shape.SCALAR);

  private static final List<MathFunction> FUNCTIONS = List.of(MathFunction.SIN,
      MathFunction.TANH, MathFunction.SIGMOID, MathFunction.ATAN);

  private final Random random;
  /** Whether matrices may depend on x (a Jacobian by x would then need a tensor). */
  private final boolean matricesOfX;

  MatrixExprGenerator(long seed) {
    this(seed, true);
  }

  MatrixExprGenerator(long seed, boolean matricesOfX) {
    this.random = new Random(seed);
    this.matricesOfX = matricesOfX;
  }

  static MatrixExpr name(String n) {
    return new MatrixExpr.Name(n, SHAPES.get(n));
  }

  /** A scalar: a reduction of a random vector. */
  MatrixExpr scalar(int depth) {
    MatrixExpr v = vector(depth);
    switch (random.nextInt(6)) {
      case 0:
        return MatrixBuild.reduce(Reduction.SUM, v);
      case 1:
        return MatrixBuild.power(MatrixBuild.reduce(Reduction.NORM2, v), MatrixBuild.number(2));
      case 2:
        return MatrixBuild.reduce(Reduction.DOT, List.of(v, name("y")));
      case 3:
        return MatrixBuild.reduce(Reduction.LOGSUMEXP, v);
      case 4:
        return MatrixBuild.product(MatrixBuild.transpose(name("x")), matrix(depth - 1), v);
      default:
        return MatrixBuild.product(name("s"), MatrixBuild.reduce(Reduction.SUM, v));
    }
  }

  /** A 3-vector. */
  MatrixExpr vector(int depth) {
    if (depth <= 0) return name(random.nextBoolean() ? "x" : "y");
    switch (random.nextInt(11)) {
      case 0:
        return MatrixBuild.product(matrix(depth - 1), vector(depth - 1));
      case 9: // a scalar numerator broadcast over a vector that is never zero
        return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.DIVIDE, scalar(depth - 1),
            MatrixBuild.exp(vector(depth - 1)));
      case 10: // a positive scalar base broadcast over a vector of exponents
        return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER,
            MatrixBuild.apply(MathFunction.SIGMOID, scalar(depth - 1)), vector(depth - 1));
      case 1:
        return MatrixBuild.sum(vector(depth - 1), vector(depth - 1));
      case 2:
        return MatrixBuild.difference(vector(depth - 1), vector(depth - 1));
      case 3:
        return MatrixBuild.product(name("s"), vector(depth - 1));
      case 4:
        return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.TIMES, vector(depth - 1),
            vector(depth - 1));
      case 5:
        return MatrixBuild.apply(FUNCTIONS.get(random.nextInt(FUNCTIONS.size())),
            vector(depth - 1));
      case 6:
        return MatrixBuild.reduce(Reduction.SOFTMAX, vector(depth - 1));
      case 7:
        return MatrixBuild.product(MatrixBuild.transpose(name("C")), name("C"),
            vector(depth - 1));
      default:
        return MatrixBuild.product(MatrixBuild.number(random.nextInt(5) - 2), vector(depth - 1));
    }
  }

  /** A 3x3 matrix. */
  MatrixExpr matrix(int depth) {
    if (depth <= 0) return name(random.nextBoolean() ? "A" : "B");
    switch (random.nextInt(5)) {
      case 0:
        return MatrixBuild.transpose(matrix(depth - 1));
      case 1:
        return MatrixBuild.product(matrix(depth - 1), matrix(depth - 1));
      case 2:
        return MatrixBuild.sum(matrix(depth - 1), matrix(depth - 1));
      case 3:
        return MatrixBuild.product(name("s"), matrix(depth - 1));
      default:
        return MatrixBuild.product(name(matricesOfX ? "x" : "y"),
            MatrixBuild.transpose(name("y")));
    }
  }
}
