package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;

/**
 * One named step of a simplification, as {@code --steps} shows it: the whole expression
 * {@code before}, rewritten by {@code kind}, is {@code after}, equal to it wherever before is
 * defined. {@link RewriteExplainer} finds the steps that lead to the simplifier's result.
 *
 * @param kind the rewrite applied
 * @param factor for {@link Kind#CANCEL}, the factor cancelled from numerator and denominator;
 *     null for the other kinds
 * @param before the expression rewritten
 * @param after the expression after the step; for a {@link Kind#COMMON_DENOMINATOR} step that
 *     a {@link Kind#CANCEL} step follows, the fraction as written, numerator over denominator,
 *     which canonical form would cancel at once
 */
public record Rewrite(Kind kind, Expr factor, Expr before, Expr after) {
  /** The rewrites a simplification is explained by, each with the title a step shows. */
  public enum Kind {
    /** Function arguments and radicals simplified on their own: {@code cos((x^2 - 1)/(x - 1))}. */
    ARGUMENTS("Simplify inside"),
    /** Each factor of a product simplified on its own. */
    FACTORS("Simplify each factor"),
    /** A sum of fractions brought over one denominator, SymPy's {@code together}. */
    COMMON_DENOMINATOR("Common denominator"),
    /** A factor common to numerator and denominator divided out, SymPy's {@code cancel}. */
    CANCEL("Cancel"),
    /** Products multiplied out and like terms collected: {@code e^x*sin(x)}. */
    EXPAND("Expand"),
    /** A polynomial written as a product: {@code x*(2 - x)}, {@code (x + 1)^2}. */
    FACTOR("Factor"),
    /** {@code sin(u)/cos(u) = tan(u)}, {@code 1/cos(u) = sec(u)} and the like. */
    QUOTIENT_IDENTITY("Quotient identity"),
    /** {@code sin(u)^2 + cos(u)^2 = 1} in one of its forms: {@code sec(u)^2 - 1 = tan(u)^2}. */
    PYTHAGOREAN_IDENTITY("Pythagorean identity"),
    /** {@code 2*sin(u)*cos(u) = sin(2*u)}, {@code cos(u)^2 = (1 + cos(2*u))/2}. */
    DOUBLE_ANGLE("Double angle"),
    /** {@code tan(u/2) = sin(u)/(cos(u) + 1)}, {@code cot(u/2) = sin(u)/(1 - cos(u))}. */
    HALF_ANGLE("Half angle"),
    /** {@code cosh(u) = (e^u + e^(-u))/2}, {@code sinh(u) = (e^u - e^(-u))/2}. */
    EXPONENTIAL_FORM("Exponential form"),
    /**
     * A square number, or negative powers of a variable, taken out of a radical:
     * {@code sqrt(x^2/4 + 1) = sqrt(x^2 + 4)/2}, {@code sqrt(1 - 1/x^2) = sqrt(x^2 - 1)/abs(x)}.
     */
    RADICAND_CONTENT("Radicand content"),
    /**
     * A term with a fraction in its denominator brought over one denominator, in a sum whose
     * other terms stay: {@code ln(1/x + 1) - 1/(x*(1/x + 1)) = ln(1/x + 1) - 1/(x + 1)}.
     */
    NESTED_FRACTION("Fraction in a fraction"),
    /** {@code e^u/2 - e^(-u)/2 = sinh(u)}, {@code e^u + e^(-u) = 2*cosh(u)}. */
    HYPERBOLIC_FORM("Hyperbolic form"),
    /** {@code sign(u)/abs(u) = 1/u}, {@code sign(u)*abs(u) = u}. */
    SIGN_TIMES_ABS("Sign and absolute value"),
    /** {@code sqrt(x^2) = abs(x)}, {@code abs(e^x) = e^x}: an absolute value where it belongs. */
    ABSOLUTE_VALUE("Absolute value"),
    /** {@code log10(u) = ln(u)/ln(10)}, so that like terms meet: {@code log(10, x) = log10(x)}. */
    CHANGE_OF_BASE("Change of base"),
    /** {@code sin(A)*cos(B) = (sin(A + B) + sin(A - B))/2} and its cosine and sine forms. */
    PRODUCT_TO_SUM("Product to sum"),
    /**
     * The simplifier's result where the named rewrites, replayed within their bound, do not
     * reach it: the last step then shows it as such, so the steps always end at the result.
     */
    SHORTEST_FORM("Shortest form");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    /** The name a step shows: {@code Common denominator}. */
    public String title() {
      return title;
    }
  }
}
