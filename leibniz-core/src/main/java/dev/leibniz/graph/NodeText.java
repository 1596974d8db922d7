package dev.leibniz.graph;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the nodes of a graph the way the lecture does and writes what each computes.
 * Variables keep their names, constants are written as numbers, the output is {@code y} (or
 * {@code out}, {@code y_1} ... when a variable has that name), and the other nodes take the
 * letters {@code a, b, c, ...} in topological order, skipping names already taken, then
 * {@code a1, b1, ...}.
 */
final class NodeText {
  private final Graph graph;
  private final String[] names;
  private final String outputName;

  /** Names for {@code graph} with node {@code output} as the output. */
  NodeText(Graph graph, int output) {
    this.graph = graph;
    this.names = new String[graph.size()];
    Set<String> taken = new HashSet<>(graph.variables());
    String outputName = chooseOutputName(taken);
    taken.add(outputName);
    for (int i = 0; i < graph.size(); i++) {
      if (graph.opcode()[i] == Opcode.VARIABLE) {
        names[i] = graph.variables().get(i);
      } else if (graph.opcode()[i] == Opcode.CONSTANT) {
        names[i] = FormulaText.atom(graph.exact()[i]);
      }
    }
    if (graph.isIntermediate(output)) names[output] = outputName;
    int next = 0;
    for (int i = 0; i < graph.size(); i++) {
      if (names[i] != null) continue;
      String name;
      do {
        name = letterName(next++);
      } while (taken.contains(name));
      names[i] = name;
    }
    this.outputName = outputName;
  }

  private static String chooseOutputName(Set<String> taken) {
    if (!taken.contains("y")) return "y";
    if (!taken.contains("out")) return "out";
    int k = 1;
    while (taken.contains("y_" + k)) k++;
    return "y_" + k;
  }

  private static String letterName(int k) {
    char letter = (char) ('a' + k % 26);
    int round = k / 26;
    return round == 0 ? String.valueOf(letter) : letter + Integer.toString(round);
  }

  /** The output's name, also when the output is a variable or a constant. */
  String outputName() {
    return outputName;
  }

  /** The name of node {@code i}; a constant's is its value. */
  String name(int i) {
    return names[i];
  }

  /** Node {@code i} as an expression in the names of its operands, for building formulas. */
  Expr symbol(int i) {
    return graph.opcode()[i] == Opcode.CONSTANT ? graph.exact()[i] : Expr.var(names[i]);
  }

  /** What node {@code i} computes, from its operands' names: {@code x*z}, {@code c/a}. */
  String formula(int i) {
    int op = graph.opcode()[i];
    String u = graph.arity(i) > 0 ? names[graph.operand(i, 0)] : "";
    if (op == Opcode.VARIABLE || op == Opcode.CONSTANT) return names[i];
    if (op == Opcode.FUNCTION) return graph.function()[i].canonicalName() + "(" + u + ")";
    if (op == Opcode.EXP) return "e^" + u;
    if (op == Opcode.POWER_CONSTANT) return u + "^" + FormulaText.atom(graph.exact()[i]);
    if (op == Opcode.POWER) return u + "^" + names[graph.operand(i, 1)];
    if (op == Opcode.QUOTIENT) return scale(i) + u + "/" + names[graph.operand(i, 1)];
    if (op == Opcode.PRODUCT) {
      List<String> factors = new ArrayList<>();
      for (int k = 0; k < graph.arity(i); k++) factors.add(names[graph.operand(i, k)]);
      return scale(i) + String.join("*", factors);
    }
    if (op == Opcode.SUM) return sum(i);
    throw new IllegalStateException("unhandled opcode " + op);
  }

  /** A product's or quotient's scale as a prefix: {@code 3*}, {@code -}, or nothing. */
  private String scale(int i) {
    if (graph.exact()[i] == null) return "";
    Rational c = ((Num) graph.exact()[i]).value();
    String sign = c.signum() < 0 ? "-" : "";
    return c.abs().isOne() ? sign : sign + FormulaText.atom(Num.of(c.abs())) + "*";
  }

  private String sum(int i) {
    List<String> terms = new ArrayList<>();
    int from = graph.start()[i];
    for (int k = 0; k < graph.arity(i); k++) {
      terms.add(FormulaText.times(names[graph.operand(i, k)], graph.exactWeight()[from + k]));
    }
    Expr constant = graph.exact()[i];
    if (constant != null) terms.add(FormulaText.of(constant));
    return FormulaText.joinSigned(terms);
  }
}
