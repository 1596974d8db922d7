package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.leibniz.parse.ExprParser;
import org.junit.jupiter.api.Test;

class VarTest {
  @Test
  void aOneLetterNameIsOneSharedStringWhateverStringItWasMadeFrom() {
    String parsed = new String(new char[] {'x'});
    Var x = new Var(parsed);
    assertSame(new Var("x").name(), x.name());
    assertNotSame(parsed, x.name());
    assertEquals(new Var("x"), x);
    assertEquals("x".hashCode(), x.hashCode());
    assertEquals(Compound.variableBit("x"), Compound.variablesOf(x));
  }

  @Test
  void longerNamesAreKeptAsGiven() {
    String parsed = new String(new char[] {'x', '1', '0'});
    Var x10 = new Var(parsed);
    assertSame(parsed, x10.name());
    assertEquals("x10", x10.toString());
    assertEquals(-1, Integer.signum(ExprOrder.compare(new Var("x2"), x10)));
  }

  @Test
  void theFactoryHandsOutOneNodePerOneLetterNameAndNewNodesForLongerNames() {
    Expr x = Expr.var(new String(new char[] {'x'}));
    assertSame(Expr.var("x"), x);
    assertEquals(new Var("x"), x);
    assertSame(x, ExprParser.parse("x"));
    Sum parsed = (Sum) ExprParser.parse("x*y + x");
    assertSame(x, ((Product) parsed.term(0)).factor(0));
    assertSame(x, parsed.term(1));
    assertNotSame(Expr.var("x10"), Expr.var("x10"));
    assertEquals(Expr.var("x10"), Expr.var("x10"));
  }
}
