package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.leibniz.expr.Rational;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Exact division of polynomials ({@link Poly#divideExactly}): the quotient of a product by
 * either factor is the other, whether the divisor is one term (a shift) or many, and a divisor
 * that does not divide gives null, including the cases the cheap tests refuse before dividing
 * (a degree too high, a last term that does not divide).
 */
class PolyDivisionTest {
  private static final int ARITY = 3;

  @Test
  void aProductDividedByEitherFactorGivesTheOther() {
    Random random = new Random(20261129L);
    for (int i = 0; i < 500; i++) {
      Poly a = randomPoly(random, 1 + random.nextInt(4));
      Poly b = randomPoly(random, 1 + random.nextInt(4));
      if (a.isZero() || b.isZero()) continue;
      WorkBudget.reset();
      Poly product = a.multiply(b);
      assertEquals(b, product.divideExactly(a), a + " into " + product);
      assertEquals(a, product.divideExactly(b), b + " into " + product);
    }
  }

  @Test
  void aTermDividesWhenItsMonomialDividesEveryTerm() {
    WorkBudget.reset();
    Poly p = x(2).multiply(y(1)).add(x(3).scale(Rational.of(3)));
    Poly quotient = p.divideExactly(x(2).scale(Rational.of(2)));
    assertNotNull(quotient);
    assertEquals(y(1).scale(Rational.HALF).add(x(1).scale(Rational.of(3, 2))), quotient);
    assertNull(p.divideExactly(y(1)));
  }

  @Test
  void divisorsThatCannotDivideGiveNull() {
    WorkBudget.reset();
    Poly xPlusOne = x(1).add(one());
    Poly xSquaredPlusY = x(2).add(y(1));
    // Degree in y too high.
    assertNull(xPlusOne.multiply(x(1)).divideExactly(y(2).add(one())));
    // The last term, 1, is not divisible by the divisor's last term, y.
    assertNull(xSquaredPlusY.add(one()).divideExactly(x(1).add(y(1))));
    // Passes both tests, fails in the division: (x^2 + y) is not a multiple of x + 1.
    assertNull(xSquaredPlusY.multiply(one()).divideExactly(xPlusOne));
    assertEquals(xPlusOne, xPlusOne.multiply(xSquaredPlusY).divideExactly(xSquaredPlusY));
  }

  private static Poly randomPoly(Random random, int terms) {
    Poly p = Poly.zero(ARITY);
    for (int t = 0; t < terms; t++) {
      Poly term = Poly.constant(ARITY, Rational.of(random.nextInt(9) - 4, 1 + random.nextInt(3)));
      for (int v = 0; v < ARITY; v++) {
        term = term.multiply(Poly.generator(ARITY, v, random.nextInt(3)));
      }
      p = p.add(term);
    }
    return p;
  }

  private static Poly one() {
    return Poly.constant(ARITY, Rational.ONE);
  }

  private static Poly x(int k) {
    return Poly.generator(ARITY, 0, k);
  }

  private static Poly y(int k) {
    return Poly.generator(ARITY, 1, k);
  }
}
