package dev.leibniz.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.CompiledGradient;
import dev.leibniz.Expression;
import dev.leibniz.Language;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.MathFunction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * {@code Expression.codegen}: the Java output compiled by javac, the C output by cc and the
 * Python output run by python3 give the tape's value and gradient at several points, for the
 * lecture, every function (one expression using them all, so every helper is compiled), a power
 * {@code x^y}, a product of twenty factors (long products and sums take more than one line) and
 * F4 with underscored names. Without cc or python3 the check of that language is skipped, saying
 * so.
 */
class CodegenTest {
  private static final String LECTURE = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";

  /** Every function with a derivative, at x*y (about 0.6) or, where |u| > 1 is needed, x*y + 1.1. */
  static String everyFunction() {
    List<String> terms = new ArrayList<>();
    for (MathFunction f : MathFunction.values()) {
      if (!f.hasDerivative()) continue; // trigamma: still run, as the derivative of digamma
      String name = f.canonicalName();
      boolean aboveOne = List.of("acosh", "asec", "acsc", "acoth").contains(name);
      terms.add((terms.size() % 2 == 0 ? "z*" : "") + name + "(x*y" + (aboveOne ? " + 1.1)" : ")"));
    }
    return String.join(" + ", terms);
  }

  static String cases(int k) {
    StringBuilder product = new StringBuilder("x");
    for (int i = 1; i <= 20; i++) product.append("*sin(x + ").append(i).append("/7)");
    String f4 = "w_1*tanh(v_1*x + b_1) + w_2*tanh(v_2*x + b_2) + w_3*tanh(v_3*x - b_3)";
    return new String[] {LECTURE, everyFunction(), "x^y + sqrt(x*y)*z - (x*y)^(1/3)",
        product.toString(), f4}[k];
  }

  static final int CASES = 5;

  private static double[][] points(int n, int seed) {
    java.util.Random random = new java.util.Random(seed);
    double[][] points = new double[4][n];
    for (double[] p : points) {
      for (int j = 0; j < n; j++) p[j] = 0.55 + 0.4 * random.nextDouble();
    }
    if (n == 3) points[0] = new double[] {0.8, 0.75, -1.3};
    return points;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void generatedCodeGivesTheTapesNumbers(Language language) throws Exception {
    String tool = language == Language.C ? "cc" : language == Language.PYTHON ? "python3" : null;
    Assumptions.assumeTrue(tool == null || GeneratedCodeRunner.available(tool),
        () -> tool + " is not installed here: the " + language + " output is not checked");
    int compared = 0;
    for (int k = 0; k < CASES; k++) {
      Expression f = Expression.parse(cases(k));
      String source = f.codegen(language, "grad");
      CompiledGradient tape = f.compile();
      double[][] points = points(tape.variables().size(), k);
      double[][] answers = language == Language.JAVA ? GeneratedCodeRunner.java(source, "grad", points)
          : language == Language.C ? GeneratedCodeRunner.c(source, "grad", points)
          : GeneratedCodeRunner.python(source, "grad", points);
      for (int p = 0; p < points.length; p++) {
        double[] gradient = new double[points[p].length];
        double value = tape.gradient(points[p], gradient);
        assertClose(value, answers[p][0], "value of " + cases(k), source);
        for (int j = 0; j < gradient.length; j++) {
          assertClose(gradient[j], answers[p][j + 1], "d/d" + tape.variables().get(j) + " of "
              + cases(k), source);
          compared++;
        }
      }
    }
    assertEquals(4 * (2 + 3 + 3 + 1 + 10), compared);
  }

  /** The generated code computes ln(sigmoid(x)) as the tape does: -800 and 1 at -800. */
  @Test
  void theLogSigmoidIsGeneratedWithoutItsUnderflow() throws Exception {
    String source = Expression.parse("ln(sigmoid(x))").codegen(Language.JAVA, "loss");
    double[][] answers = GeneratedCodeRunner.java(source, "loss",
        new double[][] {{-800}, {-2.5}, {40}});
    assertEquals(-800.0, answers[0][0], source);
    assertEquals(1.0, answers[0][1], source);
    assertEquals(-2.5788897342925496, answers[1][0], source);
    assertEquals(0.9241418199787564, answers[1][1], 1e-15, source);
    assertEquals(-4.248354255291589e-18, answers[2][0], source);
    assertEquals(4.248354255291589e-18, answers[2][1], 1e-32, source);
  }

  private static void assertClose(double expected, double actual, String what, String source) {
    assertTrue(Math.abs(expected - actual) <= 1e-10 * Math.max(1, Math.abs(expected)),
        what + ": tape " + expected + ", generated code " + actual + "\n" + source);
  }

  @Test
  void theLectureInJavaSharesEachSubexpression() {
    String java = Expression.parse(LECTURE).codegen(Language.JAVA);
    assertTrue(java.contains("static double f(double x, double z, double[] gradient) {"), java);
    assertEquals(1, java.split("Math\\.log\\(", -1).length - 1, "ln(x) once:\n" + java);
    assertEquals(1, java.split("Math\\.exp\\(", -1).length - 1, "e^(xz) once:\n" + java);
    assertTrue(java.contains("double t1 = x * z;"), java);
    assertTrue(java.contains("gradient[1] = g_z;"), java);
  }

  @Test
  void onlyTheHelpersUsedAreWritten() {
    String c = Expression.parse("sec(x) + relu(x)").codegen(Language.C);
    assertTrue(c.contains("static double leibniz_sec(double u)"), c);
    assertTrue(c.contains("static double leibniz_relu(double u)"), c);
    assertTrue(c.contains("static double leibniz_step(double u)"), c + "\nrelu' = step");
    assertTrue(!c.contains("leibniz_sigmoid"), c);
    String python = Expression.parse("sin(x)").codegen(Language.PYTHON);
    assertTrue(!python.contains("def sec") && python.contains("math.cos(x)"), python);
  }

  @Test
  void namesTheLanguageReservesAreRenamed() {
    String python = Expression.parse("lambda*x").codegen(Language.PYTHON);
    assertTrue(python.contains("def f(lambda_, x):"), python);
    // A function name the language reserves (or a helper's) is renamed, in its comment too.
    String c = Expression.parse("x^2").codegen(Language.C, "int");
    assertTrue(c.contains(" * int_(x) = x^2\n") && c.contains("double int_(double x,"), c);
    assertFalse(c.contains("int(x)"), c);
    String java = Expression.parse("x^2").codegen(Language.JAVA, "sin");
    assertTrue(java.contains("sin_(x) = x^2") && java.contains(" sin_(double x"), java);
    assertThrows(LeibnizException.class, () -> Language.named("fortran"));
    assertEquals(Language.PYTHON, Language.named("Python"));
    assertThrows(LeibnizException.class, () -> Expression.parse("x").codegen(Language.C, "2f"));
  }
}
