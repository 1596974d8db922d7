package dev.leibniz.codegen;

/**
 * The bodies of the special functions a target language lacks, for the generated helpers. The
 * methods are those of {@code dev.leibniz.expr}'s own, shortened: digamma and trigamma by the
 * recurrence up to 20 and the asymptotic series (Abramowitz and Stegun 6.3.18, 6.4.12), with the
 * reflection formulas below 0; erf by its Taylor series below 2.5 and the continued fraction of
 * erfc above (A&amp;S 7.1.5, 7.1.14), to about 1e-14; gamma by Lanczos' approximation (g = 7,
 * nine terms) with the reflection formula below 1/2, to about 1e-13.
 */
final class SpecialFunctions {
  private SpecialFunctions() {}

  static final String JAVA_ERF = String.join("\n",
      "double a = Math.abs(u);",
      "double r;",
      "if (a < 2.5) {",
      "  double term = a;",
      "  double sum = a;",
      "  for (int n = 1; Math.abs(term) > 1e-17 * sum; n++) {",
      "    term *= -a * a / n;",
      "    sum += term / (2 * n + 1);",
      "  }",
      "  r = 2 / Math.sqrt(Math.PI) * sum;",
      "} else if (a < 6) {",
      "  double k = a;",
      "  for (int n = 120; n > 0; n--) k = a + n / 2.0 / k;",
      "  r = 1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / k;",
      "} else {",
      "  r = a == a ? 1 : a;",
      "}",
      "return Math.copySign(r, u);");

  static final String JAVA_GAMMA = String.join("\n",
      "if (u < 0.5) return Math.PI / (Math.sin(Math.PI * u) * gamma(1 - u));",
      "double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,",
      "    771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,",
      "    9.9843695780195716e-6, 1.5056327351493116e-7};",
      "double x = c[0];",
      "for (int i = 1; i < 9; i++) x += c[i] / (u - 1 + i);",
      "double t = u + 6.5;",
      "return Math.sqrt(2 * Math.PI) * Math.pow(t, u - 0.5) * Math.exp(-t) * x;");

  static final String JAVA_DIGAMMA = String.join("\n",
      "if (u <= 0 && u == Math.floor(u)) return Double.NaN;",
      "if (u < 0) return digamma(1 - u) - Math.PI / Math.tan(Math.PI * (u - Math.rint(u)));",
      "double r = 0;",
      "for (; u < 20; u++) r -= 1 / u;",
      "double s = 1 / (u * u);",
      "return r + Math.log(u) - 0.5 / u",
      "    - s * (1.0 / 12 - s * (1.0 / 120 - s * (1.0 / 252 - s * (1.0 / 240 - s / 132))));");

  static final String JAVA_TRIGAMMA = String.join("\n",
      "if (u <= 0 && u == Math.floor(u)) return Double.NaN;",
      "if (u < 0) {",
      "  double s = Math.PI / Math.sin(Math.PI * (u - Math.rint(u)));",
      "  return -trigamma(1 - u) + s * s;",
      "}",
      "double r = 0;",
      "for (; u < 20; u++) r += 1 / (u * u);",
      "double i = 1 / u;",
      "double s = i * i;",
      "return r + i + s / 2 + i * s * (1.0 / 6 - s * (1.0 / 30 - s * (1.0 / 42 - s / 30)));");

  /** C's digamma and trigamma: Java's bodies in C's spelling. */
  static String c(String javaBody) {
    return javaBody.replace("Math.abs", "fabs").replace("Math.PI", "M_PI")
        .replace("Double.NaN", "NAN").replace("Math.", "");
  }

  static final String PYTHON_DIGAMMA = String.join("\n",
      "if u <= 0 and u == math.floor(u):",
      "    return math.nan",
      "if u < 0:",
      "    return digamma(1 - u) - math.pi / math.tan(math.pi * (u - round(u)))",
      "r = 0.0",
      "while u < 20:",
      "    r -= 1 / u",
      "    u += 1",
      "s = 1 / (u * u)",
      "return (r + math.log(u) - 0.5 / u",
      "        - s * (1 / 12 - s * (1 / 120 - s * (1 / 252 - s * (1 / 240 - s / 132)))))");

  static final String PYTHON_TRIGAMMA = String.join("\n",
      "if u <= 0 and u == math.floor(u):",
      "    return math.nan",
      "if u < 0:",
      "    s = math.pi / math.sin(math.pi * (u - round(u)))",
      "    return -trigamma(1 - u) + s * s",
      "r = 0.0",
      "while u < 20:",
      "    r += 1 / (u * u)",
      "    u += 1",
      "i = 1 / u",
      "s = i * i",
      "return r + i + s / 2 + i * s * (1 / 6 - s * (1 / 30 - s * (1 / 42 - s / 30)))");
}
