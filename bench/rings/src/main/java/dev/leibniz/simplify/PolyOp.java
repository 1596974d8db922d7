package dev.leibniz.simplify;

import cc.redberry.rings.bigint.BigInteger;
import cc.redberry.rings.poly.multivar.MultivariateDivision;
import cc.redberry.rings.poly.multivar.MultivariateFactorization;
import cc.redberry.rings.poly.multivar.MultivariateGCD;
import cc.redberry.rings.poly.multivar.MultivariatePolynomial;
import cc.redberry.rings.poly.multivar.MultivariateSquareFreeFactorization;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded polynomial operation, ready to run both ways: with our code ({@link PolyGcd},
 * {@link Factorizer}, {@link Fraction#cancel()}) and with Rings over Q. Conversions are done when
 * the operation is loaded, so a timing holds the operation alone.
 *
 * <p>Kinds: {@code gcd} (ours: PolyGcd.gcd; Rings: MultivariateGCD.PolynomialGCD), {@code
 * squarefree} (PolyGcd.squareFree; MultivariateSquareFreeFactorization), {@code factor}
 * (Factorizer.factor, which splits off square-free parts and rational linear factors of one
 * generator only; MultivariateFactorization.Factor, a full factorisation over Q), {@code cancel}
 * (Fraction.cancel, exact divisions by the known denominator factors; Rings: the gcd of the
 * numerator and the expanded denominator, and both divided by it, as SymPy's cancel does).
 */
final class PolyOp {
  final String set;
  final String kind;
  final String text;
  final Poly a;
  final Poly b;
  final Fraction fraction;
  final MultivariatePolynomial<cc.redberry.rings.Rational<BigInteger>> ra;
  final MultivariatePolynomial<cc.redberry.rings.Rational<BigInteger>> rb;

  private PolyOp(String set, String kind, String text, Poly a, Poly b, Fraction fraction) {
    this.set = set;
    this.kind = kind;
    this.text = text;
    this.a = a;
    this.b = b;
    this.fraction = fraction;
    this.ra = PolyText.toRings(a);
    this.rb = b == null ? null : PolyText.toRings(b);
  }

  /** The operations of {@code set} and {@code kind} in the file (squarefree reads the factor lines). */
  static List<PolyOp> load(Path file, String set, String kind) throws IOException {
    String recorded = kind.equals("squarefree") ? "factor" : kind;
    List<PolyOp> ops = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (!cells[0].equals(set) || !cells[1].equals(recorded)) continue;
      int arity = Integer.parseInt(cells[2]);
      Poly first = PolyText.read(arity, cells[3]);
      if (kind.equals("gcd")) {
        ops.add(new PolyOp(set, kind, line, first, PolyText.read(arity, cells[4]), null));
      } else if (kind.equals("cancel")) {
        Map<Poly, Integer> den = new LinkedHashMap<>();
        for (int i = 4; i < cells.length; i++) {
          int caret = cells[i].lastIndexOf('^');
          den.put(PolyText.read(arity, cells[i].substring(0, caret)),
              Integer.parseInt(cells[i].substring(caret + 1)));
        }
        Fraction f = newFraction(first, den);
        Budgets.unlimited();
        ops.add(new PolyOp(set, kind, line, first, f.expandedDenominator(), f));
      } else {
        ops.add(new PolyOp(set, kind, line, first, null, null));
      }
    }
    return ops;
  }

  /** Our code; the budget is lifted so that the operation runs to its end. */
  Object ours() {
    Budgets.unlimited();
    switch (kind) {
      case "gcd":
        return PolyGcd.gcd(a, b);
      case "squarefree":
        return PolyGcd.squareFree(a);
      case "factor":
        return Factorizer.factor(a);
      default:
        return fraction.cancel();
    }
  }

  /**
   * Rings' operation. Its factorisation is randomised and, on a few of our polynomials, fails now
   * and then with a NullPointerException inside {@code factorPrimitiveInZ0}; the failure is
   * returned (and counted by the callers) rather than thrown.
   */
  Object rings() {
    try {
      return ringsOrThrow();
    } catch (RuntimeException failed) {
      return failed;
    }
  }

  Object ringsOrThrow() {
    switch (kind) {
      case "gcd":
        return MultivariateGCD.PolynomialGCD(ra, rb);
      case "squarefree":
        return MultivariateSquareFreeFactorization.SquareFreeFactorization(ra);
      case "factor":
        return MultivariateFactorization.Factor(ra);
      default:
        return ringsCancel(ra, rb);
    }
  }

  /** Numerator and denominator divided by their gcd. */
  static List<MultivariatePolynomial<cc.redberry.rings.Rational<BigInteger>>> ringsCancel(
      MultivariatePolynomial<cc.redberry.rings.Rational<BigInteger>> n,
      MultivariatePolynomial<cc.redberry.rings.Rational<BigInteger>> d) {
    MultivariatePolynomial<cc.redberry.rings.Rational<BigInteger>> g =
        MultivariateGCD.PolynomialGCD(n, d);
    return List.of(MultivariateDivision.divideExact(n, g), MultivariateDivision.divideExact(d, g));
  }

  private static Fraction newFraction(Poly numerator, Map<Poly, Integer> denominator) {
    try {
      Constructor<Fraction> c = Fraction.class.getDeclaredConstructor(Poly.class, Map.class);
      c.setAccessible(true);
      return c.newInstance(numerator, denominator);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Fraction's constructor changed", e);
    }
  }
}
