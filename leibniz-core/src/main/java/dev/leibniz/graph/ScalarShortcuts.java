package dev.leibniz.graph;

import static dev.leibniz.graph.Scalar.literal;

/**
 * The scalars of the unrolled sweeps written as a person would, without operations that change
 * nothing: no multiplication or division by the literal 1, a weight of 1 or -1 as the term or its
 * negation, and {@code u^c} for the common constants without {@code Math.pow} ({@code u*u},
 * {@code sqrt(u)}, {@code 1/u}, {@code 1/sqrt(u)}).
 */
final class ScalarShortcuts {
  private ScalarShortcuts() {}

  /** {@code a*b}, without a factor that is the literal 1 (exact: 1*x is x). */
  static Scalar times(Scalar a, Scalar b) {
    if (a instanceof Scalar.Literal l && l.value() == 1) return b;
    if (b instanceof Scalar.Literal l && l.value() == 1) return a;
    return Scalar.times(a, b);
  }

  /** {@code a/b}, without dividing by the literal 1. */
  static Scalar over(Scalar a, Scalar b) {
    return b instanceof Scalar.Literal l && l.value() == 1 ? a : Scalar.over(a, b);
  }

  /** {@code u^c}: {@code u*u}, {@code sqrt(u)}, {@code 1/u} and their kin without {@code Math.pow}. */
  static Scalar constantPower(Scalar u, double c) {
    if (c == 1) return u;
    if (c == 2) return times(u, u);
    if (c == 0.5) return new Scalar.Sqrt(u);
    if (c == -1) return over(literal(1), u);
    if (c == -2) return over(literal(1), times(u, u));
    if (c == -0.5) return over(literal(1), new Scalar.Sqrt(u));
    return new Scalar.Pow(u, literal(c));
  }

  /** {@code w*t}, without the multiplication for a weight of 1 or -1. */
  static Scalar weighted(double w, Scalar t) {
    if (w == 1) return t;
    if (w == -1) return new Scalar.Negation(t);
    return times(literal(w), t);
  }
}
