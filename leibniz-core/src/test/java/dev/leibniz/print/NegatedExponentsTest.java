package dev.leibniz.print;

import static dev.leibniz.expr.Expr.num;
import static dev.leibniz.expr.Expr.power;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.var;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Rational;
import dev.leibniz.parse.ExprParser;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * A reciprocal {@code u^-k} prints {@code k} below the fraction bar from the exponent itself,
 * negated as it is written: the text is the one {@code k}'s own {@code toString} gives, for
 * exponents across the long range and past it, and it reads back as the same tree.
 */
class NegatedExponentsTest {
  private static final Expr X = var("x");
  private static final Expr Y = var("y");

  private static void printsAndReadsBack(String expected, Expr e) {
    String printed = PlainPrinter.print(e);
    assertEquals(expected, printed);
    assertEquals(e, ExprParser.parse(printed));
  }

  /** {@code y/x^k} as the rule spells it with k's own text: {@code x^k} or {@code x^(k)}. */
  private static String quotientText(Rational k) {
    String power = k.isInteger() ? "x^" + k : "x^(" + k + ")";
    return "y/" + (k.equals(Rational.HALF) ? "sqrt(x)" : k.isOne() ? "x" : power);
  }

  @Test
  void exponentsAcrossTheLongRangePrintAsTheirNegation() {
    BigInteger past = BigInteger.TEN.pow(25).add(BigInteger.ONE);
    Rational[] magnitudes = {Rational.ONE, Rational.HALF, Rational.TWO, Rational.of(3, 2),
        Rational.of(9), Rational.of(10), Rational.of(10, 9), Rational.of(Long.MAX_VALUE),
        Rational.of(1, Long.MAX_VALUE), Rational.of(Long.MIN_VALUE).negate(),
        Rational.of(past, BigInteger.ONE), Rational.of(BigInteger.ONE, past),
        Rational.of(past, BigInteger.valueOf(7))};
    for (Rational k : magnitudes) {
      Expr e = product(Y, power(X, num(k.negate())));
      printsAndReadsBack(quotientText(k), e);
      printsAndReadsBack("1/" + quotientText(k).substring(2), power(X, num(k.negate())));
    }
  }

  @Test
  void numberExponentsThatStayUpstairs() {
    printsAndReadsBack("x^9", power(X, num(9)));
    printsAndReadsBack("x^10", power(X, num(10)));
    printsAndReadsBack("x^(10/9)", power(X, num(Rational.of(10, 9))));
    printsAndReadsBack("x^9223372036854775807", power(X, num(Long.MAX_VALUE)));
    printsAndReadsBack("x/2^(1/3)", product(X, power(num(2), num(Rational.of(-1, 3)))));
  }
}
