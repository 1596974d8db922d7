package dev.leibniz.codegen;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles and runs generated code: Java in this JVM (javax.tools), C with {@code cc}, Python
 * with {@code python3}. Each run takes points of n coordinates and answers, per point, the value
 * then the n partials.
 */
final class GeneratedCodeRunner {
  private GeneratedCodeRunner() {}

  /** Whether {@code command} runs here (exit status 0 for {@code command --version}). */
  static boolean available(String command) {
    try {
      Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static double[][] java(String source, String name, double[][] points) throws Exception {
    Path dir = Files.createTempDirectory("leibniz-java");
    Path file = dir.resolve("Generated.java");
    Files.writeString(file, "public class Generated {\n" + source + "}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
    int status = javac.run(null, null, errors, "-d", dir.toString(), file.toString());
    if (status != 0) throw new AssertionError("javac: " + errors + "\n" + source);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()})) {
      Class<?> generated = loader.loadClass("Generated");
      Method f = null;
      for (Method m : generated.getDeclaredMethods()) {
        if (m.getName().equals(name)) f = m;
      }
      double[][] answers = new double[points.length][];
      for (int k = 0; k < points.length; k++) {
        int n = points[k].length;
        Object[] arguments = new Object[n + 1];
        for (int j = 0; j < n; j++) arguments[j] = points[k][j];
        double[] gradient = new double[n];
        arguments[n] = gradient;
        f.setAccessible(true);
        double value = (Double) f.invoke(null, arguments);
        answers[k] = row(value, gradient);
      }
      return answers;
    }
  }

  static double[][] c(String source, String name, double[][] points) throws Exception {
    int n = points[0].length;
    StringBuilder main = new StringBuilder(source);
    main.append("\n#include <stdio.h>\n#include <stdlib.h>\n")
        .append("int main(int argc, char **argv) {\n")
        .append("  double x[").append(n + 1).append("], g[").append(n + 1).append("];\n")
        .append("  for (int a = 1; a + ").append(n - 1).append(" < argc; a += ").append(n)
        .append(") {\n")
        .append("    for (int j = 0; j < ").append(n).append("; j++) x[j] = strtod(argv[a + j], 0);\n")
        .append("    double v = ").append(name).append('(');
    for (int j = 0; j < n; j++) main.append("x[").append(j).append("], ");
    main.append("g);\n    printf(\"%.17g\", v);\n")
        .append("    for (int j = 0; j < ").append(n).append("; j++) printf(\" %.17g\", g[j]);\n")
        .append("    printf(\"\\n\");\n  }\n  return 0;\n}\n");
    Path dir = Files.createTempDirectory("leibniz-c");
    Path file = dir.resolve("generated.c");
    Files.writeString(file, main);
    Path binary = dir.resolve("generated");
    run(List.of("cc", "-std=c99", "-Wall", "-Werror", "-o", binary.toString(), file.toString(),
        "-lm"), source);
    List<String> command = new ArrayList<>(List.of(binary.toString()));
    for (double[] p : points) for (double x : p) command.add(Double.toString(x));
    return parse(run(command, source), points.length);
  }

  static double[][] python(String source, String name, double[][] points) throws Exception {
    int n = points[0].length;
    String driver = source + "\n\nif __name__ == '__main__':\n    import sys\n"
        + "    a = [float(s) for s in sys.argv[1:]]\n"
        + "    for k in range(0, len(a), " + n + "):\n"
        + "        v, g = " + name + "(*a[k:k + " + n + "])\n"
        + "        print(' '.join(repr(float(t)) for t in [v] + g))\n";
    Path file = Files.createTempDirectory("leibniz-py").resolve("generated.py");
    Files.writeString(file, driver);
    List<String> command = new ArrayList<>(List.of("python3", file.toString()));
    for (double[] p : points) for (double x : p) command.add(Double.toString(x));
    return parse(run(command, source), points.length);
  }

  private static double[] row(double value, double[] gradient) {
    double[] r = new double[gradient.length + 1];
    r[0] = value;
    System.arraycopy(gradient, 0, r, 1, gradient.length);
    return r;
  }

  private static String run(List<String> command, String source) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError(command.get(0) + " failed:\n" + out + "\n" + source);
    }
    return out;
  }

  private static double[][] parse(String out, int count) {
    String[] lines = out.strip().split("\n");
    if (lines.length != count) throw new AssertionError("expected " + count + " lines:\n" + out);
    double[][] answers = new double[count][];
    for (int k = 0; k < count; k++) {
      String[] fields = lines[k].trim().split(" ");
      answers[k] = new double[fields.length];
      for (int j = 0; j < fields.length; j++) answers[k][j] = Double.parseDouble(fields[j]);
    }
    return answers;
  }
}
