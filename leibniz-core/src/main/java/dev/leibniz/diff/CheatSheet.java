package dev.leibniz.diff;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import dev.leibniz.parse.ExprParser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The derivative cheat sheet: one row per reserved function, in the expression language
 * ({@code sin(u)' = cos(u)}), read from {@link MathFunction#derivativeRow()} and parsed by the
 * language's own grammar the first time a derivative is asked for. It is the one source of the
 * derivatives of functions: the symbolic differentiator instantiates a row
 * ({@link #derivative(MathFunction, Expr)}), the reverse-mode tape evaluates the row compiled
 * once into a numeric function ({@link #slope}), forward mode differentiates the row again for
 * higher orders ({@link #nthDerivative}), and the step log cites the row ({@link #row}).
 *
 * <p>The rows are parsed lazily, in a holder class: the parser needs the function names, so
 * parsing them while {@link MathFunction} itself initialises would be a cycle.
 *
 * <pre>{@code
 * CheatSheet.derivative(MathFunction.TAN, Expr.var("x"));   // sec(x)^2
 * CheatSheet.slope(MathFunction.TAN).applyAsDouble(0.5);   // 1.2984...
 * }</pre>
 */
public final class CheatSheet {
  /** The variable of the rows: {@code f(u)' = ...}. */
  public static final String VARIABLE = "u";

  private CheatSheet() {}

  /** One parsed row: {@code f'(u)} as an expression in u, and compiled to a double function. */
  private record Row(Expr derivative, DoubleUnaryOperator slope) {}

  /** Parsed on first use; see the class comment. */
  private static final class Rows {
    static final Map<MathFunction, Row> ROWS = load();

    private static Map<MathFunction, Row> load() {
      Map<MathFunction, Row> rows = new EnumMap<>(MathFunction.class);
      for (MathFunction f : MathFunction.values()) {
        if (f.hasDerivative()) rows.put(f, parse(f));
      }
      return rows;
    }

    /** Splits {@code f(u)' = rhs}, checks the left side names f, and parses the right. */
    private static Row parse(MathFunction f) {
      String text = f.derivativeRow();
      int equals = text.indexOf("' = ");
      if (equals < 0) throw new IllegalStateException("not a cheat-sheet row: " + text);
      Expr left = ExprParser.parse(text.substring(0, equals));
      if (!left.equals(new Call(f, new Var(VARIABLE)))) {
        throw new IllegalStateException("the row of " + f + " is about " + left + ": " + text);
      }
      Expr derivative = ExprParser.parse(text.substring(equals + 4));
      return new Row(derivative, SlopeCompiler.compile(derivative, VARIABLE));
    }
  }

  /** {@code f(u)' = ...}, as written, e.g. {@code sin(u)' = cos(u)}; null for trigamma. */
  public static String row(MathFunction f) {
    return f.derivativeRow();
  }

  /**
   * {@code f'(u)} for the argument {@code u}, without the chain rule's factor {@code u'}: the
   * row's right side with u replaced, built by the smart constructors, so canonical.
   *
   * @throws LeibnizException for trigamma, whose derivative Leibniz does not know
   */
  public static Expr derivative(MathFunction f, Expr u) {
    return substitute(known(f).derivative, u, null);
  }

  /**
   * {@code f'(u)} for the call {@code c = f(u)}, as {@link #derivative(MathFunction, Expr)}
   * gives it, for the chain rule: where the row mentions {@code f(u)} itself
   * ({@code tanh(u)' = 1 - tanh(u)^2}, {@code sec(u)' = sec(u)*tan(u)}), a canonical c is used
   * as it is rather than built again from u (the builder would return a tree equal to c: it
   * made c from this u).
   */
  static Expr derivativeAt(Call c) {
    return substitute(known(c.function()).derivative, c.argument(),
        Expr.isCanonical(c) ? c : null);
  }

  /** {@code f'} as a double function, compiled once from the row; NaN outside the domain. */
  public static DoubleUnaryOperator slope(MathFunction f) {
    return known(f).slope;
  }

  /**
   * The k-th derivative {@code f^(k)} as a double function (k = 0 is f itself), from the row
   * differentiated k - 1 more times; NaN where a derivative is not known (trigamma's).
   */
  public static DoubleUnaryOperator nthDerivative(MathFunction f, int k) {
    return HigherDerivatives.of(f, k);
  }

  /** The row's right side, {@code f'(u)} in the variable {@link #VARIABLE}. */
  static Expr rightSide(MathFunction f) {
    return known(f).derivative;
  }

  private static Row known(MathFunction f) {
    Row row = Rows.ROWS.get(f);
    if (row == null) throw new LeibnizException("no derivative is known for " + f.canonicalName());
    return row;
  }

  /**
   * {@code template} with the variable u replaced by {@code u}, and the row's own call
   * {@code f(u)} by {@code self} unless that is null; rows are a few nodes deep.
   */
  private static Expr substitute(Expr template, Expr u, Call self) {
    if (template instanceof Var) return u;
    if (template instanceof Call c) {
      if (self != null && c.function() == self.function() && c.argument() instanceof Var) {
        return self;
      }
      return Expr.call(c.function(), substitute(c.argument(), u, self));
    }
    if (template instanceof Sum s) return Expr.sum(substituteAll(s.terms(), u, self));
    if (template instanceof Product p) {
      List<Expr> factors = p.factors();
      // Two factors (most rows: -sin(u), 2*u, sec(u)^2*...) merge without gathering and sorting.
      if (factors.size() == 2) {
        return Expr.product(substitute(factors.get(0), u, self),
            substitute(factors.get(1), u, self));
      }
      return Expr.product(substituteAll(factors, u, self));
    }
    if (template instanceof Power p) {
      return Expr.power(substitute(p.base(), u, self), substitute(p.exponent(), u, self));
    }
    return template; // a number or a constant
  }

  private static List<Expr> substituteAll(List<Expr> templates, Expr u, Call self) {
    List<Expr> out = new ArrayList<>(templates.size());
    for (Expr t : templates) out.add(substitute(t, u, self));
    return out;
  }
}
