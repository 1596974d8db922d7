package dev.leibniz.graph;

import dev.leibniz.expr.Expr;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.print.ValueText;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a tape at a point the way reverse mode is worked by hand in lectures (Chai and
 * Gormley, CMU 10-301/601, lecture 13, "Differentiation", 2023; Baydin et al., JMLR 18, 2018,
 * section 3.2), or as a Graphviz drawing.
 *
 * <p>{@link #trace} writes the forward sweep as one assignment per node, named
 * {@code a, b, c, d, f, ...} in topological order ({@code e} is Euler's number), with its value, and then the backward sweep: one
 * line per adjoint, as the sum of the contributions of the nodes that use it and its value,
 * ending with the gradient. For {@code e^(x*z) + x*z/ln(x) + sin(ln(x))/(x*z)} at (2, 3):
 * <pre>
 * a = x*z = 6
 * b = ln(x) = 0.6931471805599453
 * ...
 * y = d + f + g = 412.19145728412116
 * g_y = 1
 * g_g = g_y = 1
 * ...
 * g_a = g_d*e^a + g_f/b - g_g*c/a^2 = ...
 * g_x = g_a*z + g_b/x = 1208.3812151266095
 * g_z = g_a*x = 809.707479218564
 * </pre>
 * Values are written by {@link ValueText}: integers where they are whole numbers.
 * Both methods run the tape's sweeps, so they share its thread confinement.
 */
public final class GraphPrinter {
  private GraphPrinter() {}

  /** The forward and backward sweeps of the first output at {@code point}, one line each. */
  public static String trace(Tape tape, double[] point) {
    return trace(tape, 0, point);
  }

  /** The forward and backward sweeps of output {@code k} at {@code point}, one line each. */
  public static String trace(Tape tape, int k, double[] point) {
    tape.gradient(k, point, new double[point.length]);
    Graph graph = tape.graph();
    int output = graph.outputs()[k];
    NodeText text = new NodeText(graph, output);
    List<List<Expr>> contributions = contributions(graph, text, output);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i <= output; i++) {
      if (graph.isIntermediate(i) && (i == output || !contributions.get(i).isEmpty())) {
        line(out, text.name(i), text.formula(i), tape.valueOf(i));
      }
    }
    String y = text.outputName();
    if (!graph.isIntermediate(output)) {
      line(out, y, text.name(output), tape.valueOf(output));
      contributions.get(output).add(Expr.var("g_" + y));
    }
    out.append("g_").append(y).append(" = 1\n");
    for (int i = output - 1; i >= graph.variableCount(); i--) {
      if (graph.isIntermediate(i) && !contributions.get(i).isEmpty()) {
        line(out, "g_" + text.name(i), sum(contributions.get(i)), tape.adjointOf(i));
      }
    }
    for (int i = 0; i < graph.variableCount(); i++) {
      List<Expr> terms = contributions.get(i);
      if (terms.isEmpty()) {
        out.append("g_").append(text.name(i)).append(" = 0\n");
      } else {
        line(out, "g_" + text.name(i), sum(terms), tape.adjointOf(i));
      }
    }
    return out.toString();
  }

  /**
   * For each node {@code u}, the terms {@code g_v * dv/du} of the nodes {@code v} in the
   * output's cone that use it, in topological order of {@code v}.
   */
  private static List<List<Expr>> contributions(Graph graph, NodeText text, int output) {
    List<List<Expr>> terms = new ArrayList<>(graph.size());
    for (int i = 0; i < graph.size(); i++) terms.add(new ArrayList<>());
    boolean[] cone = new boolean[graph.size()];
    cone[output] = true;
    for (int v = output; v >= 0; v--) {
      if (!cone[v]) continue;
      for (int k = 0; k < graph.arity(v); k++) cone[graph.operand(v, k)] = true;
    }
    for (int v = 0; v <= output; v++) {
      if (!cone[v]) continue;
      String adjoint = "g_" + (v == output ? text.outputName() : text.name(v));
      for (int k = 0; k < graph.arity(v); k++) {
        Expr local = LocalDerivative.of(graph, text, v, k);
        terms.get(graph.operand(v, k)).add(NodeText.times(adjoint, local));
      }
    }
    return terms;
  }

  /** The contributions as one sum, in the order given: {@code g_c*cos(b) - g_f*a/b^2}. */
  private static String sum(List<Expr> terms) {
    return PlainPrinter.print(NodeText.sum(terms));
  }

  private static void line(StringBuilder out, String name, String formula, double value) {
    out.append(name).append(" = ").append(formula).append(" = ")
        .append(ValueText.of(value)).append('\n');
  }

  /**
   * The graph in Graphviz DOT, {@code digraph leibniz { ... }}, inputs at the bottom: each node
   * labelled with its name and operation, its value and its adjoint at {@code point} (adjoints
   * of the first output).
   */
  public static String toDot(Tape tape, double[] point) {
    tape.gradient(point, new double[point.length]);
    Graph graph = tape.graph();
    NodeText text = new NodeText(graph, graph.outputs()[0]);
    StringBuilder out = new StringBuilder("digraph leibniz {\n  rankdir=BT;\n");
    for (int i = 0; i < graph.size(); i++) {
      String head = graph.isIntermediate(i) ? text.name(i) + " = " + text.formula(i)
          : text.name(i);
      String label = head + "\\n" + Opcode.name(graph.opcode()[i])
          + "\\nvalue = " + ValueText.of(tape.valueOf(i))
          + "\\nadjoint = " + ValueText.of(tape.adjointOf(i));
      out.append("  n").append(i).append(" [label=\"").append(escape(label)).append("\"];\n");
    }
    for (int i = 0; i < graph.size(); i++) {
      for (int k = 0; k < graph.arity(i); k++) {
        out.append("  n").append(graph.operand(i, k)).append(" -> n").append(i).append(";\n");
      }
    }
    return out.append("}\n").toString();
  }

  private static String escape(String label) {
    return label.replace("\"", "\\\"");
  }
}
