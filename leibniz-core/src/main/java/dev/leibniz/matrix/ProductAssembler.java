package dev.leibniz.matrix;

import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds canonical products. Numbers multiply into one coefficient; scalar factors are gathered
 * by base with their exponents added ({@code det(X)^-1*det(X)} is 1, {@code norm2(u)*norm2(u)}
 * is {@code norm2(u)^2}) and sorted; matrix factors keep their order, nested products are
 * flattened into the chain and {@code eye(n)} is dropped from a chain of other factors. A
 * scalar-valued chain ({@code x'*A*x}) inside a product that has a chain of its own is one
 * scalar factor; alone, it is the chain. A negative coefficient and a minus sign inside the
 * one factor of the chain cancel ({@code -((-u) .* v)} is {@code u .* v}). Neighbours in the
 * chain that make one factor become it ({@code inv(X)*X}, {@code diag(a)*diag(b)}).
 */
final class ProductAssembler {
  private Rational coefficient = Rational.ONE;
  private final Map<MatrixExpr, Rational> powers = new LinkedHashMap<>();
  private final List<MatrixExpr> others = new ArrayList<>();
  private final List<MatrixExpr> chain = new ArrayList<>();
  private MatrixExpr droppedEye;

  private ProductAssembler() {}

  static MatrixExpr build(List<MatrixExpr> factors) {
    ProductAssembler p = new ProductAssembler();
    for (MatrixExpr f : factors) p.add(f);
    return p.result();
  }

  /** {@code p} with another coefficient. */
  static MatrixExpr withCoefficient(MatrixExpr.Product p, Rational c) {
    List<MatrixExpr> factors = new ArrayList<>();
    factors.add(MatrixBuild.number(c));
    factors.addAll(p.scalars());
    factors.addAll(p.chain());
    return build(factors);
  }

  /**
   * {@code x'*A*y}: a chain of matrices whose product is 1x1, which a product with a chain of
   * its own keeps as one scalar factor.
   */
  static boolean isChainAtom(MatrixExpr s) {
    return s instanceof MatrixExpr.Product p && p.shape().isScalar() && !p.chain().isEmpty()
        && p.coefficient().isOne() && p.scalars().isEmpty();
  }

  private void add(MatrixExpr f) {
    if (f instanceof MatrixExpr.Literal l) {
      coefficient = coefficient.multiply(l.value());
    } else if (f instanceof MatrixExpr.Product p) {
      coefficient = coefficient.multiply(p.coefficient());
      for (MatrixExpr s : p.scalars()) addScalar(s);
      if (p.shape().isScalar() && !p.chain().isEmpty()) {
        addScalar(new MatrixExpr.Product(Rational.ONE, List.of(), p.chain(), Shape.SCALAR));
      } else {
        for (MatrixExpr m : p.chain()) addMatrix(m);
      }
    } else if (f.shape().isScalar()) {
      addScalar(f);
    } else {
      addMatrix(f);
    }
  }

  private void addMatrix(MatrixExpr m) {
    // (A*B)' joins the chain as B'*A', so that a chain has one form however it was built;
    // regroupTransposes() writes runs of transposes back as one.
    if (m instanceof MatrixExpr.Transpose t && t.arg() instanceof MatrixExpr.Product p
        && p.coefficient().isOne() && p.scalars().isEmpty()) {
      for (int i = p.chain().size() - 1; i >= 0; i--) {
        MatrixExpr f = p.chain().get(i);
        addMatrix(f instanceof MatrixExpr.Transpose ft ? ft.arg() : new MatrixExpr.Transpose(f));
      }
      return;
    }
    if (MatrixBuild.isEye(m)) {
      droppedEye = m;
      return;
    }
    chain.add(m);
  }

  private void addScalar(MatrixExpr s) {
    if (s instanceof MatrixExpr.Power p && p.exponent() instanceof MatrixExpr.Literal k) {
      powers.merge(p.base(), k.value(), Rational::add);
    } else if (s instanceof MatrixExpr.Power || s instanceof MatrixExpr.Literal) {
      others.add(s);
    } else {
      powers.merge(s, Rational.ONE, Rational::add);
    }
  }

  /**
   * {@code sign(u)*u/abs(u)} is 1 wherever it is defined ({@code u != 0}): the chain rule
   * through {@code ln(abs(u))} leaves it.
   */
  private void cancelSignOverAbs() {
    for (MatrixExpr base : new ArrayList<>(powers.keySet())) {
      if (!(base instanceof MatrixExpr.Apply a) || a.function() != MathFunction.ABS) continue;
      MatrixExpr u = a.arg();
      MatrixExpr sign = new MatrixExpr.Apply(MathFunction.SIGN, u);
      Rational k = powers.get(base);
      if (k.equals(Rational.MINUS_ONE) && Rational.ONE.equals(powers.get(u))
          && Rational.ONE.equals(powers.get(sign))) {
        powers.remove(base);
        powers.remove(u);
        powers.remove(sign);
      }
    }
  }

  /**
   * A stretch of the chain from a row to a column ({@code y'*x} inside {@code A*x*y'*x*z'}) is
   * a scalar: it becomes a scalar factor, so that one value has one form whichever way the
   * product was built. A chain that is one such stretch stays the chain.
   */
  private void splitScalarStretches() {
    boolean found = true;
    while (found && chain.size() > 2) {
      found = false;
      search:
      for (int i = 0; i < chain.size(); i++) {
        if (chain.get(i).shape().rows() != 1) continue;
        for (int j = i + 1; j < chain.size(); j++) {
          if (chain.get(j).shape().columns() != 1) continue;
          if (i == 0 && j == chain.size() - 1) break search;
          List<MatrixExpr> stretch = new ArrayList<>(chain.subList(i, j + 1));
          chain.subList(i, j + 1).clear();
          addScalar(new MatrixExpr.Product(Rational.ONE, List.of(), regrouped(stretch),
              Shape.SCALAR));
          found = true;
          break search;
        }
      }
    }
  }

  /**
   * Two factors side by side in the chain become one where they can. Inverses cancel wherever
   * the inverse is defined: {@code U*inv(U)} and {@code inv(U)*U} are the identity, and with
   * square factors {@code inv(A*X)*A} is {@code inv(X)} and {@code B*inv(X*B)} is {@code inv(X)}
   * (an invertible product of square factors has invertible factors); the same for transposes;
   * and {@code a'*(y ./ a)} is {@code sum(y)}, a scalar factor ({@link InverseCancellation}).
   * Diagonals multiply along the diagonal: {@code diag(a)*diag(b)} is {@code diag(a .* b)}
   * ({@link DiagonalAlgebra}).
   */
  private void shrinkNeighbours() {
    for (int i = 0; i + 1 < chain.size(); i++) {
      MatrixExpr merged = InverseCancellation.shrink(chain.get(i), chain.get(i + 1));
      if (merged == null) merged = DiagonalAlgebra.product(chain.get(i), chain.get(i + 1));
      if (merged == null) continue;
      chain.remove(i + 1);
      chain.remove(i);
      if (MatrixBuild.isEye(merged)) droppedEye = merged;
      else if (merged.shape().isScalar()) addCancelledStretch(merged);
      else chain.add(i, merged);
      i = Math.max(-1, i - 2);
    }
  }

  /**
   * A row times a column that cancelled to a scalar joins the scalar factors; an {@code eye}
   * dropped from a chain that it was the whole of does not come back ({@code a'*eye(3)*(y ./ a)}
   * is {@code sum(y)}, not {@code sum(y)*eye(3)}).
   */
  private void addCancelledStretch(MatrixExpr scalar) {
    add(scalar);
    if (chain.isEmpty()) droppedEye = null;
  }

  /**
   * Each factor of the chain has as many columns as the next has rows: a rule that builds a
   * product that does not conform is a bug, caught here rather than as a wrong shape later.
   */
  private void assertConforms() {
    for (int i = 0; i + 1 < chain.size(); i++) {
      Shape left = chain.get(i).shape();
      Shape right = chain.get(i + 1).shape();
      if (left.columns() != right.rows()) {
        throw new IllegalStateException("a product that does not conform: " + left.rows() + "x"
            + left.columns() + " times " + right.rows() + "x" + right.columns());
      }
    }
  }

  /** A run of transposes {@code A'*B'} is one: {@code (B*A)'}. */
  private void regroupTransposes() {
    List<MatrixExpr> out = regrouped(chain);
    chain.clear();
    chain.addAll(out);
  }

  private static List<MatrixExpr> regrouped(List<MatrixExpr> chain) {
    List<MatrixExpr> out = new ArrayList<>();
    int i = 0;
    while (i < chain.size()) {
      int j = i;
      while (j < chain.size() && chain.get(j) instanceof MatrixExpr.Transpose) j++;
      if (j - i >= 2) {
        List<MatrixExpr> inner = new ArrayList<>();
        for (int k = j - 1; k >= i; k--) inner.add(((MatrixExpr.Transpose) chain.get(k)).arg());
        Shape s = Shape.of(inner.get(0).shape().rows(),
            inner.get(inner.size() - 1).shape().columns());
        out.add(new MatrixExpr.Transpose(new MatrixExpr.Product(Rational.ONE, List.of(), inner,
            s)));
        i = j;
      } else {
        out.add(chain.get(i++));
      }
    }
    return out;
  }

  private MatrixExpr result() {
    MatrixExpr signless = coefficient.signum() < 0 && chain.size() == 1
        ? MatrixBuild.withoutSign(chain.get(0)) : null;
    if (signless != null) {
      // -((-u) .* v) is u .* v: the two signs cancel, so -(-u) is never printed.
      coefficient = coefficient.negate();
      chain.clear();
      add(signless);
    }
    assertConforms();
    shrinkNeighbours();
    splitScalarStretches();
    cancelSignOverAbs();
    if (chain.isEmpty() && droppedEye != null) chain.add(droppedEye);
    Shape shape = chain.isEmpty() ? Shape.SCALAR
        : Shape.of(chain.get(0).shape().rows(), chain.get(chain.size() - 1).shape().columns());
    if (coefficient.isZero()) return MatrixBuild.zero(shape);
    List<MatrixExpr> scalars = new ArrayList<>(others);
    for (Map.Entry<MatrixExpr, Rational> e : powers.entrySet()) {
      if (e.getValue().isZero()) continue;
      scalars.add(e.getValue().isOne() ? e.getKey()
          : MatrixBuild.power(e.getKey(), MatrixBuild.number(e.getValue())));
    }
    scalars.sort(MatrixOrder.INSTANCE);
    // A lone scalar-valued chain is the chain itself: s*x'*x, not s*(x'*x).
    if (chain.isEmpty() && scalars.stream().filter(ProductAssembler::isChainAtom).count() == 1) {
      for (int i = 0; i < scalars.size(); i++) {
        if (scalars.get(i) instanceof MatrixExpr.Product inner && inner.coefficient().isOne()
            && inner.scalars().isEmpty()) {
          chain.addAll(inner.chain());
          scalars.remove(i);
          break;
        }
      }
    }
    regroupTransposes();
    boolean plainCoefficient = coefficient.isOne();
    if (plainCoefficient && scalars.isEmpty() && chain.size() == 1) return chain.get(0);
    if (plainCoefficient && scalars.size() == 1 && chain.isEmpty()) return scalars.get(0);
    if (scalars.isEmpty() && chain.isEmpty()) return MatrixBuild.number(coefficient);
    return new MatrixExpr.Product(coefficient, scalars, chain, shape);
  }
}
