package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of examples/ run and print what README.md says they print. */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void libraryExampleCompilesAndPrintsWhatReadmeShows(@TempDir Path classes) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), EXAMPLES.resolve("LibraryExample.java").toString());
    assertEquals(0, rc, "examples/LibraryExample.java does not compile");

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      loader.loadClass("LibraryExample").getMethod("main", String[].class)
          .invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    String expected = String.join("\n",
        "x*(x*cos(x) + 2*sin(x))",
        "d/dx = z*e^(x*z) + z/ln(x) - z/ln(x)^2 + cos(ln(x))/(x^2*z) - sin(ln(x))/(x^2*z)"
            + " = 1208.3812151266095",
        "d/dz = x*e^(x*z) + x/ln(x) - sin(ln(x))/(x*z^2) = 809.707479218564",
        "x e^{x z} + \\frac{x}{\\ln\\left(x\\right)} - \\frac{\\sin\\left(\\ln\\left(x\\right)"
            + "\\right)}{x z^{2}}",
        "f(2, 3) = 412.19145728412116, gradient = [1208.3812151266095, 809.707479218564]",
        "error: unexpected ')' at column 7",
        "  sin(x))",
        "        ^",
        "");
    assertEquals(expected, captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    // The simplified derivative of x^2*sin(x), against finite differences.
    Expression first = Expression.parse(expected.lines().findFirst().orElseThrow());
    for (double x : new double[] {0.4, 1.3, -2.2}) {
      double h = 1e-5;
      double fd = ((x + h) * (x + h) * Math.sin(x + h) - (x - h) * (x - h) * Math.sin(x - h))
          / (2 * h);
      assertEquals(fd, first.evaluate(Map.of("x", x)), 1e-8);
    }
  }

  @Test
  void mlpGradientReproducesTheRecitationsNumbers() throws Exception {
    String mlp = expressionsOf("mlp.txt").get(0);
    Map<String, Double> at = Map.of("x", 3.0, "y", 10.0, "w1_1", 4.0, "w1_2", -2.0,
        "w2_1", 1.0, "w2_2", 0.0);
    Map<String, Double> g = Leibniz.gradient(mlp, at);
    assertEquals(48.0, g.get("w2_1"), 1e-12);
    assertEquals(12.0, g.get("w1_1"), 1e-12);
    assertEquals(0.0, g.get("w2_2"), 1e-12);
    assertEquals(0.0, g.get("w1_2"), 1e-12);
    Expression cost = Expression.parse(mlp);
    assertEquals(48.0, cost.derivative("w2_1").evaluate(at), 1e-12);
    assertEquals(12.0, cost.derivative("w1_1").evaluate(at), 1e-12);
  }

  @Test
  void batchDemoKeepsEveryLineAndMarksTheBadOnes() throws Exception {
    List<String> input = Files.readAllLines(EXAMPLES.resolve("batch-demo.txt"));
    StringWriter out = new StringWriter();
    int rc = Main.run(new String[] {"batch", EXAMPLES.resolve("batch-demo.txt").toString(),
        "--wrt", "x", "--threads", "2"}, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    List<String> output = out.toString().lines().collect(Collectors.toList());
    assertEquals(1, rc, "a file with bad lines exits 1");
    assertEquals(input.size(), output.size());
    long errors = output.stream().filter(l -> l.startsWith("error:")).count();
    assertEquals(10, errors);
    for (int i = 0; i < input.size(); i++) {
      String line = input.get(i);
      if (line.startsWith("#") || output.get(i).startsWith("error:")) continue;
      double x = 0.37;
      Map<String, Double> at = Map.of("x", x, "y", 0.61, "z", 1.3);
      double symbolic = Expression.parse(output.get(i)).evaluate(at);
      Expression f = Expression.parse(line);
      double h = 1e-5;
      double fd = (f.evaluate(Map.of("x", x + h, "y", 0.61, "z", 1.3))
          - f.evaluate(Map.of("x", x - h, "y", 0.61, "z", 1.3))) / (2 * h);
      if (!Double.isFinite(symbolic) || !Double.isFinite(fd)) continue;
      assertTrue(Math.abs(symbolic - fd) <= 1e-5 * Math.max(1, Math.abs(fd)),
          () -> line + " -> " + symbolic + " vs finite difference " + fd);
    }
  }

  @Test
  void lectureFileDifferentiatesEveryFunction() throws Exception {
    for (String line : expressionsOf("lecture.txt")) {
      Expression f = Expression.parse(line);
      assertTrue(f.gradient().size() >= 1, line);
    }
  }

  private static List<String> expressionsOf(String file) throws Exception {
    return Files.readAllLines(EXAMPLES.resolve(file)).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
  }
}
