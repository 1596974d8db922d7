package dev.leibniz.diff;

import dev.leibniz.expr.Expr;

/**
 * One application of a rule of the cheat sheet: {@code rule} applied to {@code d/d variable}
 * of {@code subject} gave {@code result}.
 */
public record Step(String rule, Expr subject, String variable, Expr result) {}
