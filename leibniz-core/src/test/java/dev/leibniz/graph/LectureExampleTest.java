package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lecture's example, {@code y = e^(xz) + xz/ln(x) + sin(ln(x))/(xz)} at {@code (2, 3)}:
 * its graph, its gradient and its hand-worked trace.
 */
class LectureExampleTest {
  static final Expr X = Expr.var("x");
  static final Expr Z = Expr.var("z");
  static final double[] POINT = {2, 3};

  static Expr lectureFunction() {
    Expr xz = Expr.product(X, Z);
    Expr lnX = Expr.call(MathFunction.LN, X);
    return Expr.sum(Expr.exp(xz), Expr.quotient(xz, lnX),
        Expr.quotient(Expr.call(MathFunction.SIN, lnX), xz));
  }

  static Tape tape() {
    return GraphCompiler.compile(lectureFunction(), List.of("x", "z"));
  }

  @Test
  void compilesToTheLecturesSevenIntermediateNodes() {
    Tape tape = tape();
    assertEquals(7, tape.intermediateCount());
    assertEquals(9, tape.size());
  }

  @Test
  void gradientMatchesTheLecture() {
    double[] gradient = new double[2];
    double y = tape().gradient(POINT, gradient);
    assertClose(412.19145728412116, y);
    assertClose(1208.3812151266095, gradient[0]);
    assertClose(809.707479218564, gradient[1]);
  }

  @Test
  void valueAloneMatchesTheGradientsValue() {
    assertClose(412.19145728412116, tape().value(POINT));
  }

  @Test
  void traceReadsLikeTheLecture() throws IOException {
    assertEquals(golden("lecture-trace.txt"), GraphPrinter.trace(tape(), POINT));
  }

  @Test
  void dotShowsEveryNodeWithNameValueAndAdjoint() {
    String dot = GraphPrinter.toDot(tape(), POINT);
    assertTrue(dot.startsWith("digraph leibniz {"), dot);
    assertTrue(dot.trim().endsWith("}"), dot);
    for (int i = 0; i < 9; i++) assertTrue(dot.contains("  n" + i + " [label="), dot);
    for (String head : List.of("x\\n", "z\\n", "a = x*z", "b = ln(x)", "c = sin(b)", "d = e^a",
        "f = a/b", "g = c/a", "y = d + f + g")) {
      assertTrue(dot.contains("label=\"" + head), head + " in " + dot);
    }
    assertTrue(dot.contains("adjoint = 1208.3812151266095"), dot);
    assertTrue(dot.contains("value = 412.19145728412116"), dot);
    assertTrue(dot.contains("n0 -> n2;"), dot);
  }

  static void assertClose(double expected, double actual) {
    assertEquals(expected, actual, 1e-12 * Math.abs(expected));
  }

  static String golden(String name) throws IOException {
    try (InputStream in = LectureExampleTest.class.getResourceAsStream(name)) {
      if (in == null) throw new IOException("missing golden file " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
