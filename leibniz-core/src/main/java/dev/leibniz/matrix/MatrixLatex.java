package dev.leibniz.matrix;

import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Var;
import dev.leibniz.print.LatexPrinter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a matrix tree as LaTeX: vectors and matrices bold ({@code \mathbf{W}}), the transpose
 * {@code ^\top}, the Hadamard product {@code \odot} and quotient {@code \oslash}, an entry-wise
 * power {@code ^{\circ 2}}, the inverse {@code ^{-1}}, {@code \operatorname{tr}}, {@code \det},
 * the norm {@code \left\lVert u\right\rVert_2}, {@code \mathbf{1}_{4}} and {@code I_{3}}:
 * {@code 2 \left(\mathbf{W} \mathbf{x} - \mathbf{y}\right) \mathbf{x}^\top}.
 */
public final class MatrixLatex {
  private MatrixLatex() {}

  public static String print(MatrixExpr e) {
    return text(e);
  }

  private static String at(MatrixExpr e, int least) {
    String t = text(e);
    return MatrixPrinter.level(e) < least ? "\\left(" + t + "\\right)" : t;
  }

  private static String text(MatrixExpr e) {
    if (e instanceof MatrixExpr.Literal l) return number(l.value());
    if (e instanceof MatrixExpr.Name n) {
      String name = LatexPrinter.print(new Var(n.name()));
      return n.shape().isScalar() ? name : "\\mathbf{" + name + "}";
    }
    if (e instanceof MatrixExpr.Const c) return c.constant().latex();
    if (e instanceof MatrixExpr.Sum s) {
      StringBuilder out = new StringBuilder();
      for (MatrixExpr t : s.terms()) {
        if (out.length() == 0) out.append(text(t));
        else if (MatrixPrinter.isNegative(t)) {
          out.append(" - ").append(at(MatrixBuild.negate(t), MatrixPrinter.PRODUCT));
        } else {
          out.append(" + ").append(at(t, MatrixPrinter.PRODUCT));
        }
      }
      return out.toString();
    }
    if (e instanceof MatrixExpr.Product p) return product(p.coefficient(), p.scalars(), p.chain());
    if (e instanceof MatrixExpr.Power p) {
      if (MatrixPrinter.isReciprocal(p)) return product(Rational.ONE, List.of(p), List.of());
      return at(p.base(), MatrixPrinter.POSTFIX) + "^{" + text(p.exponent()) + "}";
    }
    if (e instanceof MatrixExpr.Transpose t) return at(t.arg(), MatrixPrinter.POSTFIX) + "^\\top";
    if (e instanceof MatrixExpr.Entrywise w) {
      if (MatrixPrinter.isExp(w)) return "e^{" + text(w.right()) + "}";
      if (w.op() == MatrixExpr.EntrywiseOp.POWER) {
        return at(w.left(), MatrixPrinter.POSTFIX) + "^{\\circ " + text(w.right()) + "}";
      }
      String op = w.op() == MatrixExpr.EntrywiseOp.TIMES ? " \\odot " : " \\oslash ";
      return at(w.left(), MatrixPrinter.PRODUCT) + op + at(w.right(), MatrixPrinter.POWER);
    }
    if (e instanceof MatrixExpr.Apply a) {
      String f = a.function().latex();
      if (f.isEmpty()) return "\\left|" + text(a.arg()) + "\\right|";
      return f + "\\left(" + text(a.arg()) + "\\right)";
    }
    if (e instanceof MatrixExpr.Reduce r) return reduce(r);
    throw new IllegalStateException("unhandled " + e);
  }

  private static String reduce(MatrixExpr.Reduce r) {
    List<String> args = new ArrayList<>();
    for (MatrixExpr a : r.args()) args.add(text(a));
    String u = args.isEmpty() ? "" : args.get(0);
    switch (r.op()) {
      case INV:
        return at(r.args().get(0), MatrixPrinter.POSTFIX) + "^{-1}";
      case DET:
        return "\\det\\left(" + u + "\\right)";
      case NORM2:
        return "\\left\\lVert " + u + "\\right\\rVert_2";
      case ONES:
        return "\\mathbf{1}_{" + String.join("\\times ", args) + "}";
      case EYE:
        return "I_{" + u + "}";
      case DOT:
        return at(r.args().get(0), MatrixPrinter.POSTFIX) + "^\\top " + at(r.args().get(1),
            MatrixPrinter.POWER);
      default:
        return "\\operatorname{" + r.op().word() + "}\\left(" + u + "\\right)";
    }
  }

  private static String product(Rational c, List<MatrixExpr> scalars, List<MatrixExpr> chain) {
    List<String> top = new ArrayList<>();
    List<String> bottom = new ArrayList<>();
    Rational m = c.abs();
    if (!m.numerator().equals(BigInteger.ONE)) top.add(m.numerator().toString());
    if (!m.denominator().equals(BigInteger.ONE)) bottom.add(m.denominator().toString());
    for (MatrixExpr s : scalars) {
      if (s instanceof MatrixExpr.Power p && MatrixPrinter.isReciprocal(p)) {
        Rational k = ((MatrixExpr.Literal) p.exponent()).value().negate();
        bottom.add(at(MatrixBuild.power(p.base(), MatrixBuild.number(k)), MatrixPrinter.POWER));
      } else {
        top.add(at(s, MatrixPrinter.POWER));
      }
    }
    for (MatrixExpr f : chain) top.add(at(f, MatrixPrinter.POWER));
    String sign = c.signum() < 0 ? "-" : "";
    String numerator = top.isEmpty() ? "1" : String.join(" ", top);
    if (bottom.isEmpty()) return sign + numerator;
    return sign + "\\frac{" + numerator + "}{" + String.join(" ", bottom) + "}";
  }

  private static String number(Rational r) {
    if (r.isInteger()) return r.toString();
    String sign = r.signum() < 0 ? "-" : "";
    Rational m = r.abs();
    return sign + "\\frac{" + m.numerator() + "}{" + m.denominator() + "}";
  }
}
