package dev.leibniz.simplify;

import cc.redberry.rings.Rings;
import cc.redberry.rings.poly.multivar.MultivariateFactorization;
import cc.redberry.rings.poly.multivar.MultivariatePolynomial;

/**
 * How often Rings' multivariate factorisation over Q fails on two small factorisation inputs of
 * the mix: it draws random substitutions, and on these it sometimes throws a
 * NullPointerException ({@code lcRest} is null in {@code factorPrimitiveInZ0}).
 */
public final class RingsFactorFailures {
  private static final String[] POLYNOMIALS = {
      "x2^2*x3+2*x1*x2*x4*x5+x1^2*x2^2*x4",
      "-1/2*x4*x5^2*x6-4*x1*x2*x3*x6-13/4*x1^2*x2*x5^2",
  };

  private RingsFactorFailures() {}

  public static void main(String[] args) {
    for (String text : POLYNOMIALS) {
      MultivariatePolynomial<cc.redberry.rings.Rational<cc.redberry.rings.bigint.BigInteger>> p =
          MultivariatePolynomial.parse(text, Rings.Q, "x1", "x2", "x3", "x4", "x5", "x6");
      int failures = 0;
      for (int i = 0; i < 100; i++) {
        try {
          MultivariateFactorization.Factor(p);
        } catch (NullPointerException e) {
          failures++;
        }
      }
      System.out.printf("  Factor(%s): NullPointerException in %d of 100 calls%n", text, failures);
    }
  }
}
