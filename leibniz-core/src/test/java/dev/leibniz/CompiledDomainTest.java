package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.graph.CompiledTape;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compiled gradient answers as {@link Expression#evaluate} does where the input as written
 * is undefined and its canonical form is not; it checks only inputs that need it.
 */
class CompiledDomainTest {
  @Test
  void theWrittenDomainIsRefusedInterpretedAndCompiled() {
    CompiledGradient c = Expression.parse("sqrt(x)^2").compile();
    double[] g = new double[1];
    // Past the warm-up the sweeps run as bytecode: the answer must not change.
    for (int call = 0; call < 2 * CompiledTape.WARM_UP; call++) {
      assertEquals(Double.NaN, c.gradient(new double[] {-4}, g));
      assertEquals(Double.NaN, g[0]);
      assertEquals(Double.NaN, c.value(new double[] {-4}));
      assertEquals(4.0, c.gradient(new double[] {4}, g));
      assertEquals(1.0, g[0]);
    }
    Expression f = Expression.parse("sqrt(x)^2");
    Numeric.assertDerivative(f, "x", f.derivative("x"), Map.of("x", 4.0));
  }

  @Test
  void aDerivativeCompiledKeepsItsFunctionsDomain() {
    CompiledGradient c = Expression.parse("ln(x) - ln(x) + x*y").derivative("y").compile();
    assertEquals(java.util.List.of("x"), c.variables());
    assertEquals(Double.NaN, c.value(new double[] {-1}));
    assertEquals(2.0, c.value(new double[] {2}));
  }

  @Test
  void aRefusedGradientNamesNoKink() {
    CompiledGradient c = Expression.parse("abs(x) + 0*asin(x)").compile();
    double[] g = new double[1];
    c.gradient(new double[] {0}, g);
    assertEquals("abs", c.kink(0));
    assertEquals(Double.NaN, c.gradient(new double[] {5}, g));
    assertNull(c.kink(0));
  }

  /** Text; whether its written domain may be narrower than its canonical form's. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "e^<xz>+xz/ln(x)+sin(ln(x))/(xz) | false",
      "x/(x + 1)                       | false",
      "sqrt(x)*x                       | false",
      "(x^2 + 1)^(1/3)*tan(x)/x        | false",
      "x^y + acosh(x)                  | false",
      "relu(w*x + b)^2                 | false",
      "sqrt(x)^2                       | true",
      "x/x + y                         | true",
      "ln(x) - ln(x) + y               | true",
      "0*asin(x) + y                   | true",
      "e^(ln(x))                       | true"})
  void onlyInputsWhoseDomainMayNarrowAreChecked(String text, boolean checked) {
    Expression f = Expression.parse(text);
    assertEquals(checked, f.writtenMayNarrow());
  }

  @Test
  void aNamedParseIsCheckedByItsNamesToo() {
    Expression f = Expression.parse("f^2", Map.of("f", Expression.parse("x/x")));
    assertTrue(f.writtenMayNarrow());
    assertEquals(Double.NaN, f.evaluate(Map.of("x", 0.0)));
    Expression g = Expression.parse("f^2", Map.of("f", Expression.parse("x + 1")));
    assertFalse(g.writtenMayNarrow());
  }
}
