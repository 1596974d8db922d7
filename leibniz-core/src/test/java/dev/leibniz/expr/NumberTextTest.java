package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A number's exact text is what {@link BigInteger#toString()} of its numerator and denominator
 * spells, and its two longs, where it has them, are the numerator and denominator:
 * for 0, ±1, every one-digit number and its neighbours, the ends of the long range and
 * numerators and denominators past it.
 */
class NumberTextTest {
  /** Numerators and denominators across the edges of the fast paths. */
  private static List<BigInteger> edges() {
    List<BigInteger> values = new ArrayList<>();
    for (long v = -11; v <= 11; v++) values.add(BigInteger.valueOf(v));
    for (long v : new long[] {99, 100, 1024, 1025, Integer.MAX_VALUE, Long.MAX_VALUE,
        Long.MAX_VALUE - 1, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
      values.add(BigInteger.valueOf(v));
    }
    values.add(BigInteger.valueOf(Long.MIN_VALUE).negate());
    values.add(BigInteger.TEN.pow(30).add(BigInteger.ONE));
    values.add(BigInteger.TEN.pow(30).negate().subtract(BigInteger.valueOf(7)));
    return values;
  }

  /** The text as BigInteger spells it, from the fraction in lowest terms. */
  private static String reference(Rational r) {
    BigInteger n = r.numerator();
    return r.isInteger() ? n.toString() : n + "/" + r.denominator();
  }

  private static void assertText(Rational r) {
    assertEquals(reference(r), r.toString());
    if (r.isSmall()) {
      assertEquals(r.numerator().longValueExact(), r.smallNumerator());
      assertEquals(r.denominator().longValueExact(), r.smallDenominator());
    } else {
      assertThrows(IllegalStateException.class, r::smallNumerator);
      assertThrows(IllegalStateException.class, r::smallDenominator);
    }
  }

  @Test
  void edgeValuesSpellAsBigIntegerDoes() {
    assertEquals("0", Rational.ZERO.toString());
    assertEquals("-1", Rational.MINUS_ONE.toString());
    assertEquals("9", Rational.of(9).toString());
    assertEquals("-10", Rational.of(-10).toString());
    assertEquals("-9223372036854775808", Rational.of(Long.MIN_VALUE).toString());
    assertEquals("9223372036854775807/2", Rational.of(Long.MAX_VALUE, 2).toString());
    assertEquals("-1/9223372036854775807", Rational.of(-1, Long.MAX_VALUE).toString());
    for (BigInteger n : edges()) {
      for (BigInteger d : edges()) {
        if (d.signum() != 0) assertText(Rational.of(n, d));
      }
    }
  }

  @Test
  void randomFractionsSpellAsBigIntegerDoes() {
    Random random = new Random(29);
    for (int i = 0; i < 5_000; i++) {
      BigInteger n = new BigInteger(1 + random.nextInt(90), random);
      BigInteger d = new BigInteger(1 + random.nextInt(90), random).add(BigInteger.ONE);
      assertText(Rational.of(random.nextBoolean() ? n.negate() : n, d));
    }
  }

  @Test
  void messagesShortenLongNumbers() {
    assertEquals("-3/4", NumberText.of(Rational.of(-3, 4)));
    assertEquals("1e40", NumberText.of(Rational.of(BigInteger.TEN.pow(40), BigInteger.ONE)));
    assertEquals("-1.2346e-50", NumberText.of(Rational.of(new BigInteger("-123456"),
        BigInteger.TEN.pow(55))));
  }
}
