package dev.leibniz;

/**
 * The rules of the derivative cheat sheet, as a {@link Step} names the one it applied. Each
 * constant stands for the rule of the same name the differentiator applies.
 */
public enum Rule {
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
  /** {@code f(u)' = f'(u)*u'} with {@code f'} from the table of functions ({@code sin rule}). */
  FUNCTION,
  /** {@code f(u)' = f'(u)*u'}: the outer rule applied to an inner part that is not the variable. */
  CHAIN
}
