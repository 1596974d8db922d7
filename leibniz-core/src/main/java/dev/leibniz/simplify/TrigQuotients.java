package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.COSH;
import static dev.leibniz.expr.MathFunction.COT;
import static dev.leibniz.expr.MathFunction.COTH;
import static dev.leibniz.expr.MathFunction.CSC;
import static dev.leibniz.expr.MathFunction.CSCH;
import static dev.leibniz.expr.MathFunction.SEC;
import static dev.leibniz.expr.MathFunction.SECH;
import static dev.leibniz.expr.MathFunction.SIN;
import static dev.leibniz.expr.MathFunction.SINH;
import static dev.leibniz.expr.MathFunction.TAN;
import static dev.leibniz.expr.MathFunction.TANH;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotient identities written from sines and cosines back to the other four functions, in
 * every product of {@code e}: per argument u, {@code sin(u)^s * cos(u)^c} with s and c integers
 * becomes {@code tan(u)^k} (or {@code cot(u)^k}) for the pairs that match, then {@code csc(u)} or
 * {@code sec(u)} for a negative power that is left: {@code sin(u)/cos(u)^3 = tan(u)*sec(u)^2}.
 * The same with sinh, cosh, tanh, coth, csch and sech. Each side is defined where the other is,
 * since a negative power of sin(u) or cos(u) already excludes its zeros; a product with no
 * negative power is left as it is.
 */
final class TrigQuotients {
  private TrigQuotients() {}

  /** {@code sin^a * cos^b} in a product written with tan, cot, sec, csc (and hyperbolic). */
  static Expr of(Expr e) {
    if (!TrigShapes.hasSineOrCosineQuotient(e)) return e;
    Expr rewritten = Rewriter.bottomUp(e, node -> {
      if (node instanceof Product p) return quotientsIn(p, p.factors());
      if (node instanceof Sum s) {
        List<Expr> terms = new ArrayList<>(s.terms().size());
        boolean changed = false;
        for (Expr t : s.terms()) {
          Expr r = t instanceof Power ? quotientsIn(t, List.of(t)) : t;
          changed |= r != t;
          terms.add(r);
        }
        return changed ? Expr.sum(terms) : node;
      }
      return node;
    });
    return rewritten instanceof Power ? quotientsIn(rewritten, List.of(rewritten)) : rewritten;
  }

  /**
   * The product of {@code factors} rewritten; {@code node} itself when no sine or cosine has a
   * negative power (a product of positive powers is written as it is).
   */
  private static Expr quotientsIn(Expr node, List<Expr> factors) {
    Map<Key, int[]> powers = new LinkedHashMap<>();
    List<Expr> rest = new ArrayList<>();
    for (Expr f : factors) {
      Expr base = f instanceof Power p ? p.base() : f;
      Rational k = !(f instanceof Power p) ? Rational.ONE
          : p.exponent() instanceof Num n ? n.value() : null;
      if (base instanceof Call c && isSineOrCosine(c.function()) && k != null && k.isInteger()
          && k.abs().compareTo(Rational.of(TrigShapes.MAX_QUOTIENT_POWER)) <= 0) {
        boolean hyperbolic = c.function() == SINH || c.function() == COSH;
        int[] sc = powers.computeIfAbsent(new Key(c.argument(), hyperbolic), a -> new int[2]);
        sc[c.function() == SIN || c.function() == SINH ? 0 : 1] += k.intValue().orElseThrow();
      } else {
        rest.add(f);
      }
    }
    if (!anyNegative(powers)) return node;
    for (Map.Entry<Key, int[]> entry : powers.entrySet()) {
      Key key = entry.getKey();
      rest.addAll(rewritten(key.argument(), entry.getValue()[0], entry.getValue()[1],
          key.hyperbolic()));
    }
    return Expr.product(rest);
  }

  /** True when a sine or cosine has a negative power: only then is there a quotient to write. */
  private static boolean anyNegative(Map<Key, int[]> powers) {
    for (int[] sc : powers.values()) {
      if (sc[0] < 0 || sc[1] < 0) return true;
    }
    return false;
  }

  /** The argument of a sine or cosine, and whether it is the hyperbolic one. */
  private record Key(Expr argument, boolean hyperbolic) {}

  private static boolean isSineOrCosine(MathFunction f) {
    return f == SIN || f == COS || f == SINH || f == COSH;
  }

  /** {@code sin(u)^s * cos(u)^c} with tangents for the matched pairs, secants for the rest. */
  private static List<Expr> rewritten(Expr u, int s, int c, boolean hyperbolic) {
    MathFunction sin = hyperbolic ? SINH : SIN;
    MathFunction cos = hyperbolic ? COSH : COS;
    List<Expr> out = new ArrayList<>();
    if (s > 0 && c < 0) {
      int k = Math.min(s, -c);
      out.add(Expr.power(Expr.call(hyperbolic ? TANH : TAN, u), k));
      s -= k;
      c += k;
    } else if (s < 0 && c > 0) {
      int k = Math.min(-s, c);
      out.add(Expr.power(Expr.call(hyperbolic ? COTH : COT, u), k));
      s += k;
      c -= k;
    }
    out.add(s < 0 ? Expr.power(Expr.call(hyperbolic ? CSCH : CSC, u), -s)
        : Expr.power(Expr.call(sin, u), s));
    out.add(c < 0 ? Expr.power(Expr.call(hyperbolic ? SECH : SEC, u), -c)
        : Expr.power(Expr.call(cos, u), c));
    return out;
  }
}
