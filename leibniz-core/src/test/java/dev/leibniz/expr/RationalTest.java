package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rational on longs with a BigInteger fallback: every operation agrees with plain fraction
 * arithmetic on BigInteger, across the edge of the long range, and the form a number takes
 * depends only on its value (equal numbers are equal, with equal hashes).
 */
class RationalTest {
  private static final BigInteger[] EDGES = {
    BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3), BigInteger.TEN,
    BigInteger.valueOf(Integer.MAX_VALUE), BigInteger.valueOf(1L << 32),
    BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MAX_VALUE - 1),
    BigInteger.valueOf(Long.MIN_VALUE).negate(), BigInteger.valueOf(3037000499L),
    BigInteger.valueOf(3037000500L), BigInteger.ONE.shiftLeft(62), BigInteger.ONE.shiftLeft(100)};

  /** A reference fraction in lowest terms: {numerator, denominator > 0}. */
  private static BigInteger[] reference(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    return g.signum() == 0 ? new BigInteger[] {n, d} : new BigInteger[] {n.divide(g), d.divide(g)};
  }

  private static void assertValue(BigInteger[] expected, Rational actual) {
    assertEquals(expected[0], actual.numerator(), "numerator of " + actual);
    BigInteger d = expected[0].signum() == 0 ? BigInteger.ONE : expected[1];
    assertEquals(d, actual.denominator(), "denominator of " + actual);
    Rational rebuilt = Rational.of(expected[0], d);
    assertEquals(rebuilt, actual);
    assertEquals(rebuilt.hashCode(), actual.hashCode());
    assertEquals(31 * expected[0].hashCode() + d.hashCode(), actual.hashCode());
  }

  private static BigInteger pick(Random random) {
    int kind = random.nextInt(4);
    BigInteger v = kind == 0 ? EDGES[random.nextInt(EDGES.length)]
        : kind == 1 ? BigInteger.valueOf(random.nextInt(200) - 100)
        : kind == 2 ? BigInteger.valueOf(random.nextLong())
        : new BigInteger(64 + random.nextInt(40), random);
    return random.nextBoolean() ? v.negate() : v;
  }

  private static BigInteger pickNonZero(Random random) {
    BigInteger v = pick(random);
    return v.signum() == 0 ? BigInteger.valueOf(7) : v;
  }

  @Test
  void arithmeticAgreesWithBigIntegerFractionsAcrossTheLongRange() {
    Random random = new Random(13);
    for (int i = 0; i < 20_000; i++) {
      BigInteger an = pick(random);
      BigInteger ad = pickNonZero(random);
      BigInteger bn = pick(random);
      BigInteger bd = pickNonZero(random);
      Rational a = Rational.of(an, ad);
      Rational b = Rational.of(bn, bd);
      assertValue(reference(an, ad), a);
      assertValue(reference(an.multiply(bd).add(bn.multiply(ad)), ad.multiply(bd)), a.add(b));
      assertValue(reference(an.multiply(bd).subtract(bn.multiply(ad)), ad.multiply(bd)),
          a.subtract(b));
      assertValue(reference(an.multiply(bn), ad.multiply(bd)), a.multiply(b));
      if (bn.signum() != 0) assertValue(reference(an.multiply(bd), ad.multiply(bn)), a.divide(b));
      assertValue(reference(an.negate(), ad), a.negate());
      int expectedOrder = an.multiply(bd).subtract(bn.multiply(ad)).signum() * ad.signum()
          * bd.signum();
      assertEquals(Integer.signum(expectedOrder), Integer.signum(a.compareTo(b)), a + " ? " + b);
      assertEquals(a.compareTo(b) == 0, a.equals(b));
    }
  }

  @Test
  void powersAndBitsAgreeWithBigInteger() {
    Random random = new Random(5);
    for (int i = 0; i < 2_000; i++) {
      BigInteger n = pickNonZero(random);
      BigInteger d = pickNonZero(random);
      Rational r = Rational.of(n, d);
      int k = random.nextInt(9) - 4;
      BigInteger[] ref = reference(n, d);
      BigInteger[] expected = k >= 0 ? reference(ref[0].pow(k), ref[1].pow(k))
          : reference(ref[1].pow(-k), ref[0].pow(-k));
      assertValue(expected, r.pow(k));
      assertEquals(Math.abs(k) * (long) Math.max(ref[0].bitLength(), ref[1].bitLength()),
          r.powerBits(k));
    }
  }

  @Test
  void theLongEdgeStaysExact() {
    Rational max = Rational.of(Long.MAX_VALUE);
    assertEquals(new BigInteger("9223372036854775808"), max.add(Rational.ONE).numerator());
    assertEquals(max, max.add(Rational.ONE).subtract(Rational.ONE));
    assertEquals(BigInteger.valueOf(Long.MIN_VALUE), Rational.of(Long.MIN_VALUE).numerator());
    assertEquals(Rational.of(Long.MIN_VALUE), max.negate().subtract(Rational.ONE));
    assertEquals("85070591730234615847396907784232501249", max.multiply(max).toString());
    assertEquals("1/9223372036854775807", Rational.of(1, Long.MAX_VALUE).toString());
    assertEquals(-1.0 / Long.MAX_VALUE, Rational.of(-1, Long.MAX_VALUE).doubleValue());
    assertTrue(Rational.of(3, 4).compareTo(Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE)) < 0);
  }

  @Test
  void decimalsReadExactly() {
    assertEquals(Rational.of(5, 2), Rational.parseDecimal("2.5"));
    assertEquals(Rational.of(1, 4), Rational.parseDecimal(".25"));
    assertEquals(Rational.of(7), Rational.parseDecimal("7."));
    assertEquals(Rational.of(1, 1000), Rational.parseDecimal("1e-3"));
    assertEquals(new BigInteger("602000000000000000000000"),
        Rational.parseDecimal("6.02E23").numerator());
    assertEquals(new BigInteger("1234567890123456789012"),
        Rational.parseDecimal("1234567890123456789012").numerator());
    assertEquals(Rational.of(123456789012345678L, 100),
        Rational.parseDecimal("1234567890123456.78"));
  }

  @Test
  void valuesAndQuestions() {
    assertEquals(0.1, Rational.of(1, 10).doubleValue());
    assertEquals(2.0 / 3.0, Rational.of(2, 3).doubleValue());
    assertEquals(java.util.Optional.of(-7), Rational.of(-7).intValue());
    assertFalse(Rational.of(1L << 40).intValue().isPresent());
    assertEquals(java.util.Optional.of(Rational.of(2, 3)), Rational.of(8, 27).root(3));
    assertEquals(java.util.Optional.of(Rational.of(-2, 3)), Rational.of(-8, 27).root(3));
    assertFalse(Rational.of(2).root(2).isPresent());
    assertTrue(Rational.ONE.isOne() && Rational.of(4, 4).isOne() && Rational.ZERO.isZero());
    assertTrue(Rational.of(6, 3).isInteger());
    assertThrows(ArithmeticException.class, () -> Rational.ONE.divide(Rational.ZERO));
    assertThrows(ArithmeticException.class, () -> Rational.ZERO.pow(-1));
    assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
  }
}
