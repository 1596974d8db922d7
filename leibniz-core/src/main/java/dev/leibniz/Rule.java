package dev.leibniz;

/**
 * The rules of the derivative cheat sheet, then the rewrites of the simplifier, as a
 * {@link Step} names the one it applied. Each differentiation constant stands for the rule of the
 * same name the differentiator applies; each simplification constant ({@link #simplifies()}) for
 * the rewrite of the same name that explains a simplification
 * ({@link dev.leibniz.simplify.Rewrite.Kind}).
 */
public enum Rule {
  /** {@code x' = 1}: the expression is the variable itself. */
  VARIABLE,
  /** {@code c' = 0}: the expression is free of the variable. */
  CONSTANT,
  /** {@code (f + g)' = f' + g'}. */
  SUM,
  /** {@code (c*f)' = c*f'}: a product with one factor that depends on the variable. */
  CONSTANT_MULTIPLE,
  /** {@code (f*g)' = f'*g + f*g'}, and its n-ary form. */
  PRODUCT,
  /** {@code (f/g)' = (f'*g - f*g')/g^2}: a product with a factor in the denominator. */
  QUOTIENT,
  /** {@code (u^n)' = n*u^(n-1)*u'}: only the base depends on the variable. */
  POWER,
  /** {@code (a^u)' = a^u*ln(a)*u'}, {@code (e^u)' = e^u*u'}: only the exponent does. */
  EXPONENTIAL,
  /** {@code (f^g)' = f^g*(g'*ln(f) + g*f'/f)}: base and exponent both do. */
  GENERAL_POWER,
  /**
   * {@code f(u)' = f'(u)*u'} with {@code f'} from the function's row of the cheat sheet; the
   * step's title cites the row: {@code sin rule (sin(u)' = cos(u))}.
   */
  FUNCTION,
  /** {@code f(u)' = f'(u)*u'}: the outer rule applied to an inner part that is not the variable. */
  CHAIN,
  /** Simplification: function arguments and radicals simplified on their own. */
  ARGUMENTS,
  /** Simplification: each factor of a product simplified on its own. */
  FACTORS,
  /** Simplification: a sum of fractions over one denominator, {@code 1/(x + 1)^2}. */
  COMMON_DENOMINATOR,
  /** Simplification: a factor common to numerator and denominator divided out. */
  CANCEL,
  /** Simplification: products multiplied out, like terms collected. */
  EXPAND,
  /** Simplification: a polynomial written as a product, {@code x*(2 - x)}. */
  FACTOR,
  /** Simplification: {@code sin(u)/cos(u) = tan(u)}, {@code 1/cos(u) = sec(u)}, .... */
  QUOTIENT_IDENTITY,
  /** Simplification: {@code sin(u)^2 + cos(u)^2 = 1} in one of its forms. */
  PYTHAGOREAN_IDENTITY,
  /** Simplification: {@code 2*sin(u)*cos(u) = sin(2*u)} and the like. */
  DOUBLE_ANGLE,
  /** Simplification: {@code tan(u/2) = sin(u)/(cos(u) + 1)} and its cotangent. */
  HALF_ANGLE,
  /** Simplification: {@code cosh(u) = (e^u + e^(-u))/2}, so {@code cosh(x) + sinh(x) = e^x}. */
  EXPONENTIAL_FORM,
  /** Simplification: a square taken out of a radical, {@code sqrt(x^2/4 + 1) = sqrt(x^2 + 4)/2}. */
  RADICAND_CONTENT,
  /** Simplification: a term with a fraction in its denominator over one denominator. */
  NESTED_FRACTION,
  /** Simplification: {@code e^u/2 - e^(-u)/2 = sinh(u)}, {@code e^u + e^(-u) = 2*cosh(u)}. */
  HYPERBOLIC_FORM,
  /** Simplification: {@code sign(u)/abs(u) = 1/u}, {@code sign(u)*abs(u) = u}. */
  SIGN_TIMES_ABS,
  /** Simplification: {@code sqrt(x^2) = abs(x)}, {@code abs(e^x) = e^x}. */
  ABSOLUTE_VALUE,
  /** Simplification: {@code log10(u) = ln(u)/ln(10)}, so that like terms meet. */
  CHANGE_OF_BASE,
  /** Simplification: {@code sin(A)*cos(B) = (sin(A + B) + sin(A - B))/2} and the like. */
  PRODUCT_TO_SUM,
  /** Simplification: the simplifier's result, where the named rewrites do not reach it. */
  SHORTEST_FORM;

  /** True for a rewrite of the simplifier, false for a rule of differentiation. */
  public boolean simplifies() {
    return compareTo(ARGUMENTS) >= 0;
  }
}
