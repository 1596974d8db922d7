package dev.leibniz.graph;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.LogSigmoid;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles expressions into a {@link Tape}: a computation graph in which equal subexpressions are
 * one node, numbered in topological order and stored in flat arrays, ready for reverse-mode
 * differentiation (Baydin et al., "Automatic differentiation in machine learning: a survey",
 * JMLR 18, 2018).
 *
 * <p>Each expression node becomes one graph node, with two exceptions that follow the way people
 * draw these graphs. A product is split into numerator and denominator: the factors with a
 * negative number as exponent form the denominator, so {@code x*z*ln(x)^-1} becomes
 * {@code a = x*z, b = ln(x), f = a/b}. And a sum keeps the coefficients of its terms as weights
 * and its number as a constant term, so {@code x - 2*y + 1} is one node. The lecture example
 * <pre>{@code
 * Expr f = ...; // e^(x*z) + x*z/ln(x) + sin(ln(x))/(x*z)
 * Tape tape = GraphCompiler.compile(f, List.of("x", "z"));
 * double[] gradient = new double[2];
 * double y = tape.gradient(new double[] {2, 3}, gradient); // 412.19..., {1208.38..., 809.70...}
 * }</pre>
 * compiles to seven nodes besides {@code x} and {@code z}: the lecture's {@code a = x*z,
 * b = ln(x), c = sin(b), d = e^a, e = a/b, f = c/a, y = d + e + f}, which the trace names
 * {@code a, b, c, d, f, g, y}, as {@code e} is Euler's number there. Nodes are numbered by level
 * (the longest path from an input) and within a level by kind, which reproduces that numbering.
 * A log-sigmoid {@code ln(sigmoid(u))} is compiled as {@code -softplus(-u)}, its value without
 * the underflow of {@code sigmoid(u)} ({@link LogSigmoid}), as the evaluator computes it.
 *
 * <p>Compilation walks the tree with an explicit stack, so neither deep nesting nor long sums
 * can overflow the Java stack. This class is stateless and thread-safe.
 */
public final class GraphCompiler {
  private final NodeTable table;
  private final Map<Expr, Integer> memo = new IdentityHashMap<>();

  /** How one expression node compiles: what to compile first, and what to combine it with. */
  private record Parts(Expr[] children, Num[] weights, Num constant, int numerators) {}

  /** A node being compiled: its parts and the nodes its children have become so far. */
  private static final class Frame {
    final Expr expr;
    final Parts parts;
    final int[] ids;
    int next;

    Frame(Expr expr, Parts parts) {
      this.expr = expr;
      this.parts = parts;
      this.ids = new int[parts.children().length];
    }
  }

  private static final Parts LEAF = new Parts(new Expr[0], null, null, 0);

  private GraphCompiler(List<String> variables) {
    table = new NodeTable(variables);
  }

  /**
   * Compiles one expression of the given variables; the tape's points list their values in this
   * order.
   *
   * @throws IllegalArgumentException if the expression has a variable not in the list, or the
   *     list names a variable twice
   */
  public static Tape compile(Expr e, List<String> variables) {
    return compile(List.of(e), variables);
  }

  /**
   * Compiles several expressions of the same variables into one tape whose nodes they share, for
   * {@link Tape#jacobian}.
   *
   * @throws IllegalArgumentException if there is no output, an expression has a variable not in
   *     the list, or the list names a variable twice
   */
  public static Tape compile(List<Expr> outputs, List<String> variables) {
    if (outputs.isEmpty()) throw new IllegalArgumentException("nothing to compile");
    GraphCompiler compiler = new GraphCompiler(variables);
    int[] outputNodes = new int[outputs.size()];
    for (int k = 0; k < outputNodes.length; k++) outputNodes[k] = compiler.lower(outputs.get(k));
    return new Tape(compiler.table.toGraph(variables, outputNodes));
  }

  /** The node of {@code root}, compiling its subexpressions children first, without recursion. */
  private int lower(Expr root) {
    Integer done = memo.get(root);
    if (done != null) return done;
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root, partsOf(root)));
    int visited = 0;
    while (true) {
      StackGuard.poll(++visited);
      Frame top = stack.peek();
      if (top.next < top.ids.length) {
        Expr child = top.parts.children()[top.next];
        Integer known = memo.get(child);
        if (known != null) {
          top.ids[top.next++] = known;
        } else {
          stack.push(new Frame(child, partsOf(child)));
        }
        continue;
      }
      int id = combine(top.expr, top.parts, top.ids);
      memo.put(top.expr, id);
      stack.pop();
      if (stack.isEmpty()) return id;
      Frame parent = stack.peek();
      parent.ids[parent.next++] = id;
    }
  }

  private static Parts partsOf(Expr e) {
    if (e instanceof Num || e instanceof Constant || e instanceof Var) return LEAF;
    if (e instanceof Call c) {
      Expr softplusOf = LogSigmoid.argumentOf(c);
      return single(softplusOf == null ? c.argument() : LogSigmoid.stableForm(softplusOf));
    }
    if (e instanceof Power p) {
      if (p.base() == Constant.E) return single(p.exponent());
      if (p.isReciprocal()) return fraction(Rational.ONE, List.of(p));
      if (p.exponent() instanceof Num) return single(p.base());
      return new Parts(new Expr[] {p.base(), p.exponent()}, null, null, 0);
    }
    if (e instanceof Sum s) return sumParts(s);
    if (e instanceof Product p) {
      List<Expr> factors = p.factors();
      return fraction(p.coefficient(), factors.subList(p.coefficient().isOne() ? 0 : 1,
          factors.size()));
    }
    throw new IllegalStateException("unhandled " + e);
  }

  private static Parts single(Expr child) {
    return new Parts(new Expr[] {child}, null, null, 0);
  }

  /** A sum's terms without their coefficients, which become weights; its number, if any. */
  private static Parts sumParts(Sum s) {
    List<Expr> children = new ArrayList<>(s.terms().size());
    List<Num> weights = new ArrayList<>(s.terms().size());
    Num constant = null;
    for (Expr term : s.terms()) {
      if (term instanceof Num n) {
        constant = n;
      } else if (term instanceof Product p && !p.coefficient().isOne()) {
        children.add(p.withoutCoefficient());
        weights.add(Num.of(p.coefficient()));
      } else {
        children.add(term);
        weights.add(Num.ONE);
      }
    }
    return new Parts(children.toArray(new Expr[0]), weights.toArray(new Num[0]), constant, 0);
  }

  /** Numerator factors first, then the denominator's: {@code u} for each {@code u^-k}. */
  private static Parts fraction(Rational coefficient, List<Expr> factors) {
    List<Expr> numerator = new ArrayList<>();
    List<Expr> denominator = new ArrayList<>();
    for (Expr f : factors) {
      if (f.isReciprocal()) {
        Power p = (Power) f;
        Rational k = ((Num) p.exponent()).value().negate();
        denominator.add(k.isOne() ? p.base() : new Power(p.base(), Num.of(k)));
      } else {
        numerator.add(f);
      }
    }
    int count = numerator.size();
    numerator.addAll(denominator);
    Num scale = coefficient.isOne() ? null : Num.of(coefficient);
    return new Parts(numerator.toArray(new Expr[0]), null, scale, count);
  }

  private int combine(Expr e, Parts parts, int[] ids) {
    if (e instanceof Num || e instanceof Constant) return table.constant(e);
    if (e instanceof Var v) {
      int i = table.variable(v.name());
      if (i < 0) throw new IllegalArgumentException("variable " + v.name() + " is not listed");
      return i;
    }
    if (e instanceof Call c) {
      // ln(sigmoid(u)) is the node of its stable form, -softplus(-u), compiled as its child.
      if (LogSigmoid.argumentOf(c) != null) return ids[0];
      if (!c.function().hasDerivative()) {
        // A tape is compiled to be differentiated: refuse, as the symbolic side does.
        throw new LeibnizException("no derivative is known for " + c.function().canonicalName());
      }
      return table.function(c.function(), ids[0]);
    }
    if (e instanceof Power p) {
      if (p.base() == Constant.E) return table.add(Opcode.EXP, ids, null, null, null);
      if (p.isReciprocal()) return quotient(parts, ids);
      if (p.exponent() instanceof Num k) {
        return table.add(Opcode.POWER_CONSTANT, ids, null, k, null);
      }
      return table.add(Opcode.POWER, ids, null, null, null);
    }
    if (e instanceof Sum) return table.add(Opcode.SUM, ids, parts.weights().clone(),
        parts.constant(), null);
    if (e instanceof Product) return quotient(parts, ids);
    throw new IllegalStateException("unhandled " + e);
  }

  /** {@code c*n_1*...*n_k / (d_1*...*d_m)}; a product when there is no denominator. */
  private int quotient(Parts parts, int[] ids) {
    int split = parts.numerators();
    Num scale = parts.constant();
    int[] numerator = Arrays.copyOfRange(ids, 0, split);
    int[] denominator = Arrays.copyOfRange(ids, split, ids.length);
    if (denominator.length == 0) {
      if (numerator.length == 1 && scale == null) return numerator[0];
      return table.add(Opcode.PRODUCT, numerator, null, scale, null);
    }
    int top;
    if (numerator.length == 0) {
      top = table.constant(scale == null ? Num.ONE : scale);
      scale = null;
    } else {
      top = numerator.length == 1 ? numerator[0] : plainProduct(numerator);
    }
    int bottom = denominator.length == 1 ? denominator[0] : plainProduct(denominator);
    return table.add(Opcode.QUOTIENT, new int[] {top, bottom}, null, scale, null);
  }

  private int plainProduct(int[] factors) {
    return table.add(Opcode.PRODUCT, factors, null, null, null);
  }
}
