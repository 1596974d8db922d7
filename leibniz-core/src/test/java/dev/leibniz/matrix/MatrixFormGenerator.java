package dev.leibniz.matrix;

import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random trees of every form the printer writes, for its round trip: products of any grouping
 * (scalar-valued chains such as {@code x'*A*y}, outer products, scalars times matrices, numbers
 * and fractions in front), quotients, sums and differences, transposes of products and sums,
 * {@code .*} {@code ./} {@code .^} on either side of a product, powers with whole, fractional
 * and symbolic exponents, functions, reductions and constant arrays. Shapes are scalars, 3-
 * vectors, 1x3 rows, 3x3, 2x3 and 3x2 matrices; built through the smart constructors, so each
 * tree is canonical, and seeded, so a failure is reproduced by its seed.
 */
final class MatrixFormGenerator {
  static final Map<String, Shape> SHAPES = Map.of("x", Shape.column(3), "y", Shape.column(3),
      "r", Shape.of(1, 3), "A", Shape.of(3, 3), "B", Shape.of(3, 3), "C", Shape.of(2, 3),
      "s", Shape.SCALAR, "t", Shape.SCALAR);

  private static final List<Shape> KINDS = List.of(Shape.SCALAR, Shape.column(3),
      Shape.of(1, 3), Shape.of(3, 3), Shape.of(2, 3), Shape.of(3, 2));
  private static final List<MathFunction> FUNCTIONS = List.of(MathFunction.SIN,
      MathFunction.TANH, MathFunction.RELU, MathFunction.LN, MathFunction.ABS);
  private static final List<Rational> EXPONENTS = List.of(Rational.of(2), Rational.of(3),
      Rational.MINUS_ONE, Rational.of(-2), Rational.of(1, 2), Rational.of(-1, 2),
      Rational.of(3, 2), Rational.of(-3, 2));

  private final Random random;

  MatrixFormGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A tree of a random shape. */
  MatrixExpr any(int depth) {
    return of(KINDS.get(random.nextInt(KINDS.size())), depth);
  }

  /** A tree of {@code shape}, one of {@link #KINDS}. */
  MatrixExpr of(Shape shape, int depth) {
    if (depth <= 0) return leaf(shape);
    int pick = random.nextInt(shape.isScalar() ? 14 : 12);
    switch (pick) {
      case 0:
      case 1:
      case 2:
        return product(shape, depth);
      case 3:
        return MatrixBuild.sum(of(shape, depth - 1), of(shape, depth - 1));
      case 4:
        return MatrixBuild.difference(of(shape, depth - 1), of(shape, depth - 1));
      case 5:
        return MatrixBuild.transpose(of(shape.transposed(), depth - 1));
      case 6:
        return MatrixBuild.product(of(Shape.SCALAR, depth - 1), of(shape, depth - 1));
      case 7:
        return MatrixBuild.quotient(of(shape, depth - 1), of(Shape.SCALAR, depth - 1));
      case 8:
        return MatrixBuild.product(number(), of(shape, depth - 1));
      case 9:
        return MatrixBuild.entrywise(random.nextBoolean() ? MatrixExpr.EntrywiseOp.TIMES
            : MatrixExpr.EntrywiseOp.DIVIDE, of(shape, depth - 1), of(shape, depth - 1));
      case 10:
        return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, of(shape, depth - 1),
            random.nextBoolean() ? of(Shape.SCALAR, depth - 1) : of(shape, depth - 1));
      case 11:
        return shape.isScalar() ? reduction(depth)
            : MatrixBuild.apply(function(), of(shape, depth - 1));
      case 12:
        return MatrixBuild.power(of(Shape.SCALAR, depth - 1), random.nextBoolean()
            ? MatrixBuild.number(EXPONENTS.get(random.nextInt(EXPONENTS.size())))
            : of(Shape.SCALAR, depth - 1));
      default:
        return MatrixBuild.apply(function(), of(Shape.SCALAR, depth - 1));
    }
  }

  /** Two or three factors whose product has {@code shape}, through inner sizes 1, 2 or 3. */
  private MatrixExpr product(Shape shape, int depth) {
    List<MatrixExpr> factors = new ArrayList<>();
    int rows = shape.rows();
    int count = 2 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      int columns = i == count - 1 ? shape.columns() : inner(rows, shape.columns());
      factors.add(of(Shape.of(rows, columns), depth - 1));
      rows = columns;
    }
    // Grouped at random, as a person or a rule might build it: ((a*b)*c) or (a*(b*c)).
    if (factors.size() == 3 && random.nextBoolean()) {
      return MatrixBuild.product(factors.get(0), MatrixBuild.product(factors.get(1),
          factors.get(2)));
    }
    return MatrixBuild.product(factors);
  }

  /** A size k such that {@code rows x k} and {@code k x columns} are both of {@link #KINDS}. */
  private int inner(int rows, int columns) {
    List<Integer> sizes = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      if (KINDS.contains(Shape.of(rows, k)) && KINDS.contains(Shape.of(k, columns))) sizes.add(k);
    }
    return sizes.get(random.nextInt(sizes.size()));
  }

  private MatrixExpr reduction(int depth) {
    switch (random.nextInt(5)) {
      case 0:
        return MatrixBuild.reduce(Reduction.SUM, of(Shape.of(3, 3), depth - 1));
      case 1:
        return MatrixBuild.reduce(Reduction.NORM2, of(Shape.column(3), depth - 1));
      case 2:
        return MatrixBuild.reduce(Reduction.TR, of(Shape.of(3, 3), depth - 1));
      case 3:
        return MatrixBuild.reduce(Reduction.DET, of(Shape.of(3, 3), depth - 1));
      default:
        return MatrixBuild.reduce(Reduction.DOT, List.of(of(Shape.column(3), depth - 1),
            name("y")));
    }
  }

  private MatrixExpr leaf(Shape shape) {
    if (shape.isScalar()) {
      switch (random.nextInt(4)) {
        case 0:
          return number();
        case 1:
          return name("t");
        default:
          return name("s");
      }
    }
    if (shape.equals(Shape.column(3))) {
      return random.nextInt(5) == 0 ? MatrixBuild.ones(shape)
          : name(random.nextBoolean() ? "x" : "y");
    }
    if (shape.equals(Shape.of(1, 3))) return name("r");
    if (shape.equals(Shape.of(2, 3))) return name("C");
    if (shape.equals(Shape.of(3, 2))) return MatrixBuild.transpose(name("C"));
    switch (random.nextInt(6)) {
      case 0:
        return MatrixBuild.eye(3);
      case 1:
        return MatrixBuild.reduce(Reduction.INV, name("A"));
      case 2:
        return MatrixBuild.reduce(Reduction.DIAG, name("x"));
      default:
        return name(random.nextBoolean() ? "A" : "B");
    }
  }

  /** A whole number, a fraction or a negative one: {@code 2}, {@code 1/3}, {@code -3/2}. */
  private MatrixExpr number() {
    int numerator = random.nextInt(7) - 3;
    int denominator = 1 + random.nextInt(3);
    return MatrixBuild.number(Rational.of(numerator == 0 ? 2 : numerator, denominator));
  }

  private MathFunction function() {
    return FUNCTIONS.get(random.nextInt(FUNCTIONS.size()));
  }

  static MatrixExpr name(String n) {
    return new MatrixExpr.Name(n, SHAPES.get(n));
  }
}
