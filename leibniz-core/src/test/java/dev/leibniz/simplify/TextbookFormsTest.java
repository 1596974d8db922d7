package dev.leibniz.simplify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Derivatives of the audit of textbook exercises (quotients, products, hyperbolic functions)
 * that came out less readable than the textbook's answer, in the form the textbook writes; each
 * is checked as a string and against finite differences of the function, at points where the
 * function is defined, on both sides of its singularities.
 */
class TextbookFormsTest {
  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      // a square-free factor of the input stays whole: (x^2 - 4)^2, not (x - 2)^2*(x + 2)^2
      "x/(x^2 - 4)           | -(x^2 + 4)/(x^2 - 4)^2",
      "x^2/(x^2 - 4)         | -8*x/(x^2 - 4)^2",
      "(x^2 + 1)/(x^2 - 1)   | -4*x/(x^2 - 1)^2",
      "x^3/(x^2 - 1)         | x^2*(x^2 - 3)/(x^2 - 1)^2",
      "x/(4 - x^2)           | (x^2 + 4)/(x^2 - 4)^2",
      "(x^2+1)^3*(x^2-1)^2   | 2*x*(x^2 - 1)*(x^2 + 1)^2*(5*x^2 - 1)",
      // a square-free factor with no rational root joins its linear one: (x^3 + 1)^2
      "5x/(x^3 + 1)          | 5*(1 - 2*x^3)/(x^3 + 1)^2",
      "x^2/(x^3 + 1)         | x*(2 - x^3)/(x^3 + 1)^2",
      // a real cube root's cube is its argument: one fraction, as with sqrt
      "cbrt(x)/(x + 1)       | (1 - 2*x)/(3*cbrt(x)^2*(x + 1)^2)",
      "x*cbrt(x)             | 4*cbrt(x)/3",
      "cbrt(x^2 + 1)*x       | (5*x^2 + 3)/(3*cbrt(x^2 + 1)^2)",
      // over a denominator of one term, the terms divided one by one where that is shorter
      "ln(x^4*sin(x)^2)      | 2*cot(x) + 4/x",
      "(x^4 + 1)/x^2         | 2*x - 2/x^3",
      "(x^2 + 1)/x           | 1 - 1/x^2",
      // the hyperbolic Pythagorean identity either way: 1 - tanh(x)^2 = sech(x)^2
      "tanh(x)               | sech(x)^2",
      "tanh(x)^2             | 2*sech(x)^2*tanh(x)",
      "x*tanh(x)             | x*sech(x)^2 + tanh(x)",
      "tanh(2x)              | 2*sech(2*x)^2",
      "sqrt(tanh(x)^2 + 1)   | sech(x)^2*tanh(x)/sqrt(tanh(x)^2 + 1)",
      "cot(x)^2              | -2*cot(x)*csc(x)^2",
      "coth(x)               | -csch(x)^2",
      "x*coth(x)             | coth(x) - x*csch(x)^2",
      "csch(x)^2             | -2*coth(x)*csch(x)^2",
      "tanh(x) - x           | -tanh(x)^2",
  })
  void derivativeIsInTheTextbookForm(String function, String expected) {
    DerivativeAgreement.assertSimplifiedDerivative(function, expected, 1e-7,
        -2.7, -1.6, -0.4, 0.3, 1.3, 2.4);
  }
}
