package dev.leibniz;

/**
 * The rules of the derivative cheat sheet, as a {@link Step} names the one it applied. Each
 * constant stands for the rule of the same name the differentiator applies.
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
  CHAIN
}
