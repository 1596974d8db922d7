package dev.leibniz.graph;

import dev.leibniz.expr.MathFunction;

/**
 * One arithmetic expression of a {@link StraightLine} program: what a person would write on the
 * right of an assignment, over node values, adjoints, temporaries and literals. The same terms
 * become bytecode ({@link BytecodeCompiler}) or source text in another language
 * ({@code dev.leibniz.codegen}), so both compute the same numbers in the same order.
 */
public sealed interface Scalar {
  /** The value of graph node {@code node}: a variable of the point, a constant or a computed value. */
  record NodeValue(int node) implements Scalar {}

  /** The adjoint {@code g_node = dy/d node} of the backward sweep. */
  record Adjoint(int node) implements Scalar {}

  /** A temporary of the backward sweep (a prefix or suffix product of a long product). */
  record Temp(int index) implements Scalar {}

  /** A number. */
  record Literal(double value) implements Scalar {}

  /** {@code left op right} for op one of {@code + - * /}. */
  record Binary(char op, Scalar left, Scalar right) implements Scalar {}

  /** {@code -operand}. */
  record Negation(Scalar operand) implements Scalar {}

  /** A reserved function of one argument, computed as {@link MathFunction#value}. */
  record Apply(MathFunction function, Scalar argument) implements Scalar {}

  /** {@code e^argument}, {@code Math.exp}. */
  record Exp(Scalar argument) implements Scalar {}

  /** {@code sqrt(argument)}, {@code Math.sqrt}. */
  record Sqrt(Scalar argument) implements Scalar {}

  /** {@code base^exponent}, {@code Math.pow}. */
  record Pow(Scalar base, Scalar exponent) implements Scalar {}

  /**
   * The factor {@code ln f} of {@code d(f^g)/dg = f^g * ln f}, where {@code power = f^g}: ln f for
   * f > 0, 0 where {@code f^g = 0}, NaN otherwise ({@code f^g} is then no differentiable real
   * function of g).
   */
  record PowerLog(Scalar base, Scalar power) implements Scalar {}

  /** {@code left * right}. */
  static Scalar times(Scalar left, Scalar right) {
    return new Binary('*', left, right);
  }

  /** {@code left / right}. */
  static Scalar over(Scalar left, Scalar right) {
    return new Binary('/', left, right);
  }

  /** {@code left + right}. */
  static Scalar plus(Scalar left, Scalar right) {
    return new Binary('+', left, right);
  }

  /** The number as a literal. */
  static Scalar literal(double value) {
    return new Literal(value);
  }
}
