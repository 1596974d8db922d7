package dev.leibniz.diff;

import dev.leibniz.expr.Expr;
import java.util.List;

/**
 * A derivative with the rules that produced it: {@code d/d variable} of {@code function} is
 * {@code result}, and {@code steps} lists each rule applied, outermost first, each subexpression
 * once.
 */
public record Derivation(Expr function, String variable, Expr result, List<Step> steps) {
  public Derivation {
    steps = List.copyOf(steps);
  }
}
