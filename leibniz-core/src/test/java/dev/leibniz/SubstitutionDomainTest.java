package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.error.LeibnizException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A substitution keeps the input as written, the replacements applied: it has no value where
 * the input, or a replacement it uses, has none ({@link Expression#substitute}).
 */
class SubstitutionDomainTest {
  /**
   * A name whose value makes a call or power of constants outside its domain is refused as the
   * reader refuses the text: ln(k) with k as -pi is ln(-pi), undefined everywhere.
   */
  @Test
  void aValueOutsideADomainIsRefusedAsWritten() {
    LeibnizException ln = assertThrows(LeibnizException.class,
        () -> Expression.parse("ln(k)*x", Map.of("k", Expression.parse("-pi"))));
    assertEquals("ln(-pi) is undefined", ln.getMessage());
    LeibnizException root = assertThrows(LeibnizException.class,
        () -> Expression.parse("y*sqrt(x)").substitute(Map.of("x", Expression.parse("1 - e"))));
    assertEquals("sqrt(1 - e) is not a real number", root.getMessage());
    // A square of the same constant is defined.
    assertEquals("y*(1 - e)^2", Expression.parse("y*x^2")
        .substitute(Map.of("x", Expression.parse("1 - e"))).toString());
  }

  private static final Expression Y = Expression.parse("y");

  @Test
  void anEmptySubstitutionKeepsTheDomain() {
    Expression f = Expression.parse("x/x").substitute(Map.of());
    assertEquals("1", f.toString());
    assertEquals(Double.NaN, f.evaluate(Map.of("x", 0.0)));
    assertEquals(1.0, f.evaluate(Map.of("x", 2.0)));
  }

  @Test
  void theWrittenInputIsSubstitutedToo() {
    Expression f = Expression.parse("sqrt(x)^2").substitute(Map.of("x", Y));
    assertEquals("y", f.toString());
    assertEquals(Double.NaN, f.evaluate(Map.of("y", -4.0)));
    assertEquals(Optional.of("sqrt(y) undefined at y = -4"),
        f.explainUndefined(Map.of("y", -4.0)));
    assertEquals(4.0, f.evaluate(Map.of("y", 4.0)));
    Expression quotient = Expression.parse("x/x").substitute(Map.of("x", Expression.parse("y + 1")));
    assertEquals(Optional.of("division by zero at y = -1"),
        quotient.explainUndefined(Map.of("y", -1.0)));
  }

  @Test
  void aDerivativeOfTheSubstitutionHasNoValueWhereItHasNone() {
    Expression f = Expression.parse("sqrt(x)^2").substitute(Map.of("x", Y));
    Expression d = f.derivative("y");
    assertEquals("1", d.toString());
    assertEquals(Double.NaN, d.evaluate(Map.of("y", -4.0)));
    assertEquals(1.0, d.evaluate(Map.of("y", 4.0)));
    Numeric.assertDerivative(f, "y", d, Map.of("y", 4.0));
  }

  @Test
  void aReplacementIsDefinedOnlyWhereItIsAsWritten() {
    Expression f = Expression.parse("x^2 + x").substitute(Map.of("x", Expression.parse("z/z")));
    assertEquals("2", f.toString());
    assertEquals(Double.NaN, f.evaluate(Map.of("z", 0.0)));
    assertEquals(2.0, f.evaluate(Map.of("z", 3.0)));
    // A replacement for a variable the input does not have puts no condition.
    Expression g = Expression.parse("x^2").substitute(Map.of("w", Expression.parse("sqrt(v)")));
    assertEquals(9.0, g.evaluate(Map.of("x", 3.0, "v", -1.0)));
  }

  @Test
  void substitutionsChainAndKeepEachDomain() {
    Expression f = Expression.parse("ln(x) - ln(x) + y")
        .substitute(Map.of("x", Expression.parse("2u")))
        .substitute(Map.of("u", Expression.parse("v - 1")));
    assertEquals("y", f.toString());
    assertEquals(Optional.of("ln undefined at v = 1, y = 3"),
        f.explainUndefined(Map.of("v", 1.0, "y", 3.0)));
    assertEquals(3.0, f.evaluate(Map.of("v", 2.0, "y", 3.0)));
  }

  @Test
  void aCompiledSubstitutionRefusesThePointToo() {
    Expression f = Expression.parse("sqrt(x)^2*y").substitute(Map.of("x", Expression.parse("z")));
    double[] g = new double[2];   // y, z
    assertEquals(java.util.List.of("y", "z"), f.compile().variables());
    assertEquals(Double.NaN, f.compile().gradient(new double[] {2, -4}, g));
    assertEquals(Double.NaN, g[0]);
    assertEquals(8.0, f.compile().gradient(new double[] {2, 4}, g));
    assertEquals(4.0, g[0]);
    assertEquals(2.0, g[1]);
  }
}
