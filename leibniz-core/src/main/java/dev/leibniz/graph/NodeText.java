package dev.leibniz.graph;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the nodes of a graph the way the lecture does and writes what each computes.
 * Variables keep their names, constants are written as numbers, the output is {@code y} (or
 * {@code out}, {@code y_1} ... when a variable has that name), and the other nodes take the
 * letters {@code a, b, c, d, f, ...} in topological order, then {@code a1, b1, ...}, skipping
 * names already taken and the letter {@code e}, which is Euler's number ({@code d = e^a}).
 *
 * <p>Formulas are expressions in the operands' names, printed by {@link PlainPrinter} as they
 * are built (the operands in the graph's order, not re-sorted).
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
        names[i] = PlainPrinter.printOperand(graph.exact()[i]);
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

  /** The k-th of {@code a, b, c, d, f, ..., z, a1, b1, ...}: 25 letters, never {@code e}. */
  private static String letterName(int k) {
    int index = k % 25;
    char letter = (char) ('a' + (index < 4 ? index : index + 1));
    int round = k / 25;
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
    return PlainPrinter.print(computation(i));
  }

  /**
   * {@code adjoint * local}, the adjoint's name right after the coefficient, as the lecture
   * writes a contribution to the backward sweep: {@code -g_f*c/a^2}, {@code 2*g_y}.
   */
  static Expr times(String adjoint, Expr local) {
    List<Expr> factors = new ArrayList<>();
    List<Expr> rest = local instanceof Product p ? p.factors() : List.of(local);
    int start = 0;
    if (rest.get(0) instanceof Num n) {
      if (!n.isOne()) factors.add(n);
      start = 1;
    }
    factors.add(Expr.var(adjoint));
    factors.addAll(rest.subList(start, rest.size()));
    return factors.size() == 1 ? factors.get(0) : new Product(factors);
  }

  /** The terms in the order given, as one sum (or the one term): {@code d + f + g}. */
  static Expr sum(List<Expr> terms) {
    return terms.size() == 1 ? terms.get(0) : new Sum(terms);
  }

  /** Node {@code i} as it is built, from its operands' symbols, in the graph's order. */
  private Expr computation(int i) {
    int op = graph.opcode()[i];
    if (op == Opcode.VARIABLE || op == Opcode.CONSTANT) return symbol(i);
    Expr u = symbol(graph.operand(i, 0));
    if (op == Opcode.FUNCTION) return new Call(graph.function()[i], u);
    if (op == Opcode.EXP) return new Power(Constant.E, u);
    if (op == Opcode.POWER_CONSTANT) return new Power(u, graph.exact()[i]);
    if (op == Opcode.POWER) return new Power(u, symbol(graph.operand(i, 1)));
    if (op == Opcode.QUOTIENT || op == Opcode.PRODUCT) return product(i, op == Opcode.QUOTIENT);
    if (op == Opcode.SUM) return weightedSum(i);
    throw new IllegalStateException("unhandled opcode " + op);
  }

  /** {@code scale*u*v*...}, or {@code scale*u/v} for a quotient. */
  private Expr product(int i, boolean quotient) {
    List<Expr> factors = new ArrayList<>();
    if (graph.exact()[i] != null) factors.add(graph.exact()[i]);
    int last = graph.arity(i) - 1;
    for (int k = 0; k <= last; k++) {
      Expr operand = symbol(graph.operand(i, k));
      factors.add(quotient && k == last ? new Power(operand, Num.MINUS_ONE) : operand);
    }
    return factors.size() == 1 ? factors.get(0) : new Product(factors);
  }

  /** {@code w_1*u_1 + w_2*u_2 + ... + c}. */
  private Expr weightedSum(int i) {
    List<Expr> terms = new ArrayList<>();
    int from = graph.start()[i];
    for (int k = 0; k < graph.arity(i); k++) {
      Num weight = graph.exactWeight()[from + k];
      Expr operand = symbol(graph.operand(i, k));
      terms.add(weight.isOne() ? operand : new Product(List.of(weight, operand)));
    }
    if (graph.exact()[i] != null) terms.add(graph.exact()[i]);
    return sum(terms);
  }
}
