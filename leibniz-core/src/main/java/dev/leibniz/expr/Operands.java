package dev.leibniz.expr;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The operands of a node ({@link Sum#terms}, {@link Product#factors}, every
 * {@link Expr#children}): an immutable list over an array that nothing else holds. Every node
 * keeps its operands in this one final class, so that a call such as
 * {@code p.factors().get(i)} meets one receiver class wherever it is made and the JIT binds it
 * directly (an interface call that met {@code List.of}'s two classes and a builder's
 * {@code ArrayList} went through the interface's dispatch table instead).
 *
 * <p>It is a {@link List} in full: equal to any list of equal elements in order, with the same
 * hash and text; the mutators throw {@link UnsupportedOperationException}. Null elements are
 * refused.
 */
public final class Operands extends AbstractList<Expr> implements RandomAccess {
  private static final Operands EMPTY = new Operands(new Expr[0]);

  private final Expr[] items;

  private Operands(Expr[] items) {
    this.items = items;
  }

  /** The operands {@code list}: itself when it is already operands, else a copy. */
  public static Operands copyOf(List<Expr> list) {
    if (list instanceof Operands o) return o;
    return owning(list.toArray(new Expr[0]));
  }

  /** The operands {@code items}, copied. */
  public static Operands of(Expr... items) {
    return owning(items.clone());
  }

  /** The operands {@code items[from, to)}, copied: a parser's operands waiting on its stack. */
  public static Operands of(Expr[] items, int from, int to) {
    return owning(Arrays.copyOfRange(items, from, to));
  }

  /** No operands, as a leaf's {@link Expr#children}. */
  static Operands empty() {
    return EMPTY;
  }

  /** One operand, as a call's argument. */
  static Operands of(Expr only) {
    return new Operands(new Expr[] {Objects.requireNonNull(only)});
  }

  /** Two operands, as a power's base and exponent. */
  static Operands of(Expr first, Expr second) {
    return new Operands(new Expr[] {Objects.requireNonNull(first), Objects.requireNonNull(second)});
  }

  /**
   * The operands {@code fresh}, without a copy: the caller made the array for these operands
   * and hands it over, never to touch it again.
   */
  static Operands owning(Expr[] fresh) {
    for (Expr e : fresh) Objects.requireNonNull(e, "an operand is null");
    return new Operands(fresh);
  }

  /** The operands from {@code start} on, in a new list. */
  Operands from(int start) {
    return new Operands(Arrays.copyOfRange(items, start, items.length));
  }

  @Override
  public Expr get(int index) {
    return items[index];
  }

  @Override
  public int size() {
    return items.length;
  }

  @Override
  public Object[] toArray() {
    return items.clone();
  }

  @Override
  public Iterator<Expr> iterator() {
    return new Walk(items);
  }

  /** The operands in order, without {@link AbstractList}'s checks for concurrent change. */
  private static final class Walk implements Iterator<Expr> {
    private final Expr[] items;
    private int next;

    Walk(Expr[] items) {
      this.items = items;
    }

    @Override
    public boolean hasNext() {
      return next < items.length;
    }

    @Override
    public Expr next() {
      if (next >= items.length) throw new NoSuchElementException();
      return items[next++];
    }
  }
}
