package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The one operand list every node keeps ({@link Operands}): a list like {@code List.of} in
 * equality, hash, text and immutability; copied once, never again; kept by every node kind.
 */
class OperandsTest {
  private static final Expr X = Expr.var("x");
  private static final Expr Y = Expr.var("y");
  private static final Expr TWO = Expr.num(2);

  @Test
  void equalsHashesAndPrintsAsTheSameListOfTheJdk() {
    Operands ops = Operands.of(X, TWO, Y);
    List<Expr> jdk = List.of(X, TWO, Y);
    assertEquals(jdk, ops);
    assertEquals(ops, jdk);
    assertEquals(jdk.hashCode(), ops.hashCode());
    assertEquals(jdk.toString(), ops.toString());
    assertEquals(3, ops.size());
    assertSame(Y, ops.get(2));
    assertEquals(1, ops.indexOf(TWO));
    assertFalse(ops.equals(List.of(X, Y, TWO)));
  }

  @Test
  void copyOfKeepsOperandsAndCopiesAnyOtherList() {
    Operands ops = Operands.of(X, Y);
    assertSame(ops, Operands.copyOf(ops));
    List<Expr> mutable = new ArrayList<>(List.of(X, Y));
    Operands copy = Operands.copyOf(mutable);
    mutable.set(0, TWO);
    assertEquals(List.of(X, Y), copy);
    Expr[] items = {X, Y};
    Operands fromArray = Operands.of(items);
    items[0] = TWO;
    assertSame(X, fromArray.get(0));
  }

  @Test
  void refusesChangeAndNulls() {
    Operands ops = Operands.of(X, Y);
    assertThrows(UnsupportedOperationException.class, () -> ops.add(TWO));
    assertThrows(UnsupportedOperationException.class, () -> ops.set(0, TWO));
    assertThrows(UnsupportedOperationException.class, () -> ops.remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> ops.get(2));
    assertThrows(NullPointerException.class, () -> Operands.of(X, null));
    assertThrows(NullPointerException.class, () -> Operands.copyOf(new ArrayList<>(
        java.util.Arrays.asList(X, null))));
    Object[] array = ops.toArray();
    array[0] = TWO;
    assertSame(X, ops.get(0));
  }

  @Test
  void iteratesInOrderAndStopsAtTheEnd() {
    Iterator<Expr> it = Operands.of(X, Y).iterator();
    assertSame(X, it.next());
    assertSame(Y, it.next());
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void everyNodeKindKeepsItsOperandsInOperands() {
    Expr sum = Expr.sum(X, Y);
    Expr product = Expr.product(TWO, X, Y);
    Expr power = Expr.power(X, Y);
    Expr call = Expr.call(MathFunction.SIN, X);
    for (Expr e : List.of(sum, product, power, call, X, TWO, Constant.PI)) {
      assertEquals(Operands.class, e.children().getClass(), e.toString());
    }
    assertEquals(Operands.class, ((Sum) sum).terms().getClass());
    assertEquals(Operands.class, new Sum(List.of(X, Y)).terms().getClass());
    assertEquals(Operands.class, new Product(new ArrayList<>(List.of(X, Y))).factors().getClass());
    assertEquals(List.of(TWO, X, Y), product.children());
    assertEquals(List.of(X, Y), power.children());
    assertEquals(List.of(X), call.children());
  }

  @Test
  void indexAccessorsReadTheOperandLists() {
    Sum sum = (Sum) Expr.sum(X, Y, TWO);
    Product product = (Product) Expr.product(TWO, X, Y);
    assertEquals(3, sum.termCount());
    assertEquals(3, product.factorCount());
    for (int i = 0; i < 3; i++) {
      assertSame(sum.terms().get(i), sum.term(i));
      assertSame(product.factors().get(i), product.factor(i));
    }
    assertEquals(Expr.product(X, Y), product.withoutCoefficient());
    assertNotSame(product.factors(), ((Product) product.withoutCoefficient()).factors());
  }
}
