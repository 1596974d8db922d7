package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.UndefinedException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rewrites of a whole expression that {@link FullSimplifier} puts beside it as candidates:
 * its rational forms, over one denominator in lowest terms, expanded or factored
 * ({@link RationalForms}), and the forms the trigonometric and hyperbolic identities give
 * ({@link TrigRewrites}), each with its own rational forms. A form that would pass the budget, or
 * be undefined, is not offered.
 */
final class CandidateForms {
  private CandidateForms() {}

  /** Each identity applied to each form, and the rational forms of the result. */
  static List<Expr> trigonometric(List<Expr> forms) {
    List<Expr> out = new ArrayList<>();
    int ceiling = OperationCount.of(forms.get(0));
    for (Expr form : forms) {
      out.add(TrigRewrites.quotients(form));
      for (TrigRewrites.Identity identity : TrigRewrites.identities(form)) {
        Expr rewritten = identity.rewrite().apply(form);
        if (rewritten.equals(form)) continue;
        out.add(rewritten);
        List<Expr> combined = rational(rewritten, ceiling);
        if (combined.isEmpty()) out.add(TrigRewrites.quotients(rewritten));
        for (Expr r : combined) {
          out.add(r);
          out.add(TrigRewrites.quotients(r));
          if (identity.kind() == Rewrite.Kind.HALF_ANGLE) out.addAll(squaresRewritten(r, ceiling));
        }
      }
    }
    return out;
  }

  /**
   * The rational forms of {@code r} once its squares of sines or cosines are written in the
   * other function: the second step a half angle needs, as its forms rarely come out shorter
   * alone. {@code cot(x/2)/(cos(x) + 1)} at the whole angle is {@code sin(x)/(1 - cos(x)^2)},
   * as long as it was, and only then {@code 1/sin(x)}, {@code csc(x)}.
   */
  private static List<Expr> squaresRewritten(Expr r, int ceiling) {
    List<Expr> out = new ArrayList<>();
    for (TrigRewrites.Identity squares : TrigRewrites.SINE_COSINE_SQUARES) {
      Expr rewritten = squares.rewrite().apply(r);
      if (rewritten.equals(r)) continue;
      List<Expr> combined = rational(rewritten, ceiling);
      if (combined.isEmpty()) out.add(TrigRewrites.quotients(rewritten));
      for (Expr s : combined) out.add(TrigRewrites.quotients(s));
    }
    return out;
  }

  /** The rational forms of {@code e} ({@link #rational}), then e itself. */
  static List<Expr> rationalAndItself(Expr e, int ceiling) {
    List<Expr> out = new ArrayList<>(rational(e, ceiling));
    out.add(e);
    return out;
  }

  /**
   * The rational forms of {@code e}, or none when they are bound to be longer than
   * {@code ceiling} operations, the length of a form the caller has, which they follow.
   */
  static List<Expr> rational(Expr e, int ceiling) {
    return rational(e, ceiling, false);
  }

  /**
   * The same, and last the numerator's terms divided one by one over a denominator of one term
   * ({@code 2*cot(x) + 4/x}): for the expression itself, not for the forms the identities give,
   * where a sum of quotients ties with the fraction an identity shortens in the next round.
   */
  static List<Expr> rationalAndTermwise(Expr e, int ceiling) {
    return rational(e, ceiling, true);
  }

  private static List<Expr> rational(Expr e, int ceiling, boolean termwise) {
    if (!CombineTest.worthCombining(e)) return List.of();
    try {
      return RationalForms.of(e, ceiling, termwise);
    } catch (FullSimplifier.TooLarge | WorkBudget.Exhausted | ArithmeticException
        | UndefinedException skipped) {
      // Too large, out of budget, or a form that would be undefined: not a candidate.
      return List.of();
    }
  }
}
