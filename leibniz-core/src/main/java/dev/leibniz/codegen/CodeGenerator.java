package dev.leibniz.codegen;

import dev.leibniz.graph.Tape;

/**
 * Source code for the value and gradient of a compiled expression, in Java, C or Python: the
 * tape's sweeps written out as a function, one line per node and per contribution, every common
 * subexpression computed once (as SymPy's {@code codegen} is used, but with the gradient in
 * reverse mode). Functions the language lacks ({@code sec}, {@code sigmoid}, {@code digamma},
 * ...) are written into the output as small helpers, only those used.
 *
 * <pre>{@code
 * Tape tape = GraphCompiler.compile(ExprParser.parse("x*sin(x)"), List.of("x"));
 * String c = CodeGenerator.c(tape, "f", "f(x) = x*sin(x)");
 * // double f(double x, double gradient[1]) { double t1 = sin(x); ... return t2; }
 * }</pre>
 */
public final class CodeGenerator {
  private CodeGenerator() {}

  /** A {@code static double name(double x, ..., double[] gradient)} method returning the value. */
  public static String java(Tape tape, String name, String doc) {
    return SourceGenerator.generate(tape.straightLine(), new JavaSyntax(), name, doc);
  }

  /** A C99 function {@code double name(double x, ..., double gradient[n])} with its includes. */
  public static String c(Tape tape, String name, String doc) {
    return SourceGenerator.generate(tape.straightLine(), new CSyntax(), name, doc);
  }

  /** A Python 3 function {@code name(x, ...)} returning {@code (value, [partials])}. */
  public static String python(Tape tape, String name, String doc) {
    return SourceGenerator.generate(tape.straightLine(), new PythonSyntax(), name, doc);
  }
}
