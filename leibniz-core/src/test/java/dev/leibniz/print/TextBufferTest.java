package dev.leibniz.print;

import static dev.leibniz.expr.Expr.num;
import static dev.leibniz.expr.Expr.power;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.sum;
import static dev.leibniz.expr.Expr.var;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Rational;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The printer's buffer spells what {@link StringBuilder} and {@link Rational#toString()} spell:
 * numbers at the edges of its digit paths and past the long range, a text that grows past its
 * first capacity, and a text that moves to two bytes a character when a name needs it.
 */
class TextBufferTest {
  private static final long[] EDGES = {0, 1, 9, 10, 11, 99, 100, 1024, -1, -9, -10, -11,
      Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE, Long.MIN_VALUE + 1};

  @Test
  void digitsAsLongToStringSpellsThem() {
    for (long v : EDGES) assertEquals(Long.toString(v), new TextBuffer(1).digits(v).toString());
    Random random = new Random(3);
    for (int i = 0; i < 2_000; i++) {
      long v = random.nextLong() >> random.nextInt(64);
      assertEquals(Long.toString(v), new TextBuffer(4).digits(v).toString());
    }
  }

  @Test
  void numbersAsRationalSpellsThem() {
    BigInteger past = BigInteger.TEN.pow(22).add(BigInteger.valueOf(3));
    for (long n : EDGES) {
      for (long d : EDGES) {
        if (d == 0) continue;
        assertNumber(Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d)));
        assertNumber(Rational.of(BigInteger.valueOf(n), past));
        assertNumber(Rational.of(past.negate(), BigInteger.valueOf(d)));
      }
    }
  }

  private static void assertNumber(Rational r) {
    assertEquals(r.toString(), new TextBuffer(1).number(r).toString());
    assertEquals(r.numerator().abs().toString(), new TextBuffer(1).absNumerator(r).toString());
    assertEquals(r.denominator().toString(), new TextBuffer(1).denominator(r).toString());
  }

  @Test
  void aLongTextGrowsAndAppendsToABuilder() {
    TextBuffer text = new TextBuffer(16);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      text.append("x_").digits(i).append('*');
      expected.append("x_").append(i).append('*');
    }
    assertEquals(expected.toString(), text.toString());
    StringBuilder out = new StringBuilder("<");
    text.appendTo(out);
    assertEquals("<" + expected, out.toString());
  }

  @Test
  void aCharacterFrom256UpKeepsEveryCharacter() {
    TextBuffer text = new TextBuffer(16).append("é+").append('x');
    text.append("aθb").append('*').digits(-42).append('Ω').number(Rational.of(-7, 3));
    assertEquals("é+xaθb*-42Ω-7/3", text.toString());
    Expr theta = var("θ");
    Expr e = sum(product(num(3), power(theta, 2)), product(var("ж"), var("é")));
    String printed = PlainPrinter.print(e);
    assertEquals("3*θ^2 + é*ж", printed);
    StringBuilder out = new StringBuilder();
    PlainPrinter.print(e, out);
    assertEquals(printed, out.toString());
  }
}
