package dev.leibniz.expr;

import java.util.List;

/**
 * An n-ary sum. Canonical sums (from {@link Expr#sum}) have at least two terms, none of them a
 * sum, at most one number, like terms collected and terms in {@link ExprOrder#TERMS} order.
 */
public record Sum(List<Expr> terms) implements Expr {
  public Sum {
    terms = List.copyOf(terms);
    if (terms.size() < 2) throw new IllegalArgumentException("a sum needs two terms: " + terms);
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
  public int hashCode() {
    return TreeEquality.hash(this);
  }
}
