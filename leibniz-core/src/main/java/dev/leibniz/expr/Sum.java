package dev.leibniz.expr;

import java.util.List;

/**
 * An n-ary sum. Canonical sums (from {@link Expr#sum}) have at least two terms, none of them a
 * sum, at most one number, like terms collected and terms in {@link ExprOrder#TERMS} order.
 * Immutable, and equal to another sum exactly when their terms are equal in order; it keeps
 * its hash, size and variables ({@link Compound}).
 */
public final class Sum extends Compound implements Expr {
  private final Operands terms;

  /** The sum of {@code terms}, as given (not canonicalised): at least two of them. */
  public Sum(List<Expr> terms) {
    this(Operands.copyOf(terms), false);
  }

  /**
   * The sum of {@code terms} as a builder made it: {@link Compound canonical} when {@code built}
   * (the builder's input was canonical) and every term is canonical.
   */
  static Sum built(Operands terms, boolean built) {
    return new Sum(terms, built);
  }

  private Sum(Operands terms, boolean built) {
    super(tag(1, terms.size(), 0), terms, built);
    if (terms.size() < 2) throw new IllegalArgumentException("a sum needs two terms: " + terms);
    this.terms = terms;
  }

  /** The terms, in order. */
  public List<Expr> terms() {
    return terms;
  }

  /**
   * Term {@code i}, counting from 0: {@code terms().get(i)}, for hot loops (a call on this
   * final class binds directly, where one through {@link List} is an interface call).
   */
  public Expr term(int i) {
    return terms.get(i);
  }

  /** How many terms: {@code terms().size()}, for hot loops. */
  public int termCount() {
    return terms.size();
  }

  /** The terms as the list class they are kept in, for this package's hot loops. */
  Operands operands() {
    return terms;
  }

  @Override
  public List<Expr> children() {
    return terms;
  }

  /** Structural equality, without recursion ({@link TreeEquality}). */
  @Override
  public boolean equals(Object o) {
    return TreeEquality.equal(this, o);
  }

  @Override
  public String toString() {
    return "Sum[terms=" + terms + "]";
  }
}
