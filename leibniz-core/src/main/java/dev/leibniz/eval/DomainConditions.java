package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conditions a tree puts on its point, each on a subterm in canonical form: a divisor's
 * factors are not 0 ({@code x/(x*z)}: x and z), a fractional power's base is not negative
 * ({@code sqrt(x)}), a general power's base is positive, a restricted function's argument is in
 * its domain ({@code ln(x)}). Where every condition of the input as written is also one of the
 * canonical tree, the canonical tree is undefined wherever the input is, in double arithmetic:
 * it computes the same divisor, root or function of the same value, and a value that is not
 * finite makes the whole point undefined ({@link Evaluator}). So the written input needs no
 * check of its own there, which is what most inputs are: {@code sqrt(x)^2} (a root the
 * canonical {@code x} lacks) and {@code x/x} (a divisor {@code 1} lacks) are the exception.
 * The comparison is by the conditions' form, so two forms of one condition
 * ({@code 1/(2*x - 2)} beside {@code 1/(x - 1)}) count as different: it may ask for a check
 * that was not needed, never skip one that was.
 */
public final class DomainConditions {
  private record Nonzero(Expr subject) {}

  private record NotNegative(Expr base) {}

  private record GeneralPower(Expr base, Expr exponent) {}

  private record InDomain(MathFunction function, Expr argument) {}

  private DomainConditions() {}

  /**
   * The conditions of a literal tree (the input as written, its nodes not canonical), each
   * subterm brought to canonical form so that it compares with a canonical tree's.
   */
  public static Set<Object> ofLiteral(Expr literal) {
    Map<Expr, Expr> canonical = new IdentityHashMap<>();
    Set<Object> conditions = new HashSet<>();
    for (Expr node : bottomUp(literal)) {
      List<Expr> children = new ArrayList<>(node.children().size());
      for (Expr child : node.children()) children.add(canonical.get(child));
      Expr rebuilt = canonicalOver(node, children);
      canonical.put(node, rebuilt);
      add(node, children, conditions);
    }
    return conditions;
  }

  /** The conditions of a canonical tree. */
  public static Set<Object> ofCanonical(Expr tree) {
    Set<Object> conditions = new HashSet<>();
    for (Expr node : bottomUp(tree)) add(node, node.children(), conditions);
    return conditions;
  }

  /** The condition of {@code node}, whose operands are {@code operands} in canonical form. */
  private static void add(Expr node, List<Expr> operands, Set<Object> conditions) {
    if (node instanceof Power) {
      Expr base = operands.get(0);
      Expr exponent = operands.get(1);
      if (base == Constant.E || isPositiveNumber(base) && !(exponent instanceof Num)) return;
      if (exponent instanceof Num n) {
        Rational k = n.value();
        if (k.signum() < 0) addNonzero(base, conditions);
        if (!k.isInteger() && !isNumber(base)) conditions.add(new NotNegative(base));
        return;
      }
      conditions.add(new GeneralPower(base, exponent));
    } else if (node instanceof Call c && EdgeScreen.restricted(c.function())
        && !isNumber(operands.get(0))) {
      conditions.add(new InDomain(c.function(), operands.get(0)));
    }
  }

  /** {@code u != 0} as conditions on its factors: a product, a power, is 0 where one is. */
  private static void addNonzero(Expr u, Set<Object> conditions) {
    Deque<Expr> work = new ArrayDeque<>();
    work.push(u);
    while (!work.isEmpty()) {
      Expr e = work.pop();
      if (isNumber(e)) continue;
      if (e instanceof Product p) {
        p.factors().forEach(work::push);
      } else if (e instanceof Power p && p.exponent() instanceof Num n && n.value().signum() > 0) {
        work.push(p.base());
      } else {
        conditions.add(new Nonzero(e));
      }
    }
  }

  /** A number or a constant: nonzero and positive, or decided when the text was read. */
  private static boolean isNumber(Expr e) {
    return e instanceof Num || e instanceof Constant;
  }

  private static boolean isPositiveNumber(Expr e) {
    return e instanceof Constant || e instanceof Num n && n.value().signum() > 0;
  }

  /** {@code node}'s kind over canonical {@code children}, through the smart constructors. */
  private static Expr canonicalOver(Expr node, List<Expr> children) {
    if (node instanceof Num || node instanceof Constant || node instanceof Var) return node;
    if (node instanceof Sum) return Expr.sum(children);
    if (node instanceof Product) return Expr.product(children);
    if (node instanceof Power) return Expr.power(children.get(0), children.get(1));
    if (node instanceof Call c) return Expr.call(c.function(), children.get(0));
    throw new IllegalStateException("unhandled " + node);
  }

  /** Every distinct node of {@code root}, each after its children, without recursion. */
  private static List<Expr> bottomUp(Expr root) {
    List<Expr> order = new ArrayList<>();
    Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Expr> work = new ArrayDeque<>();
    Deque<Boolean> expanded = new ArrayDeque<>();
    work.push(root);
    expanded.push(false);
    while (!work.isEmpty()) {
      Expr e = work.pop();
      boolean childrenDone = expanded.pop();
      if (childrenDone) {
        order.add(e);
        continue;
      }
      if (!seen.add(e)) continue;
      work.push(e);
      expanded.push(true);
      for (Expr child : e.children()) {
        if (!seen.contains(child)) {
          work.push(child);
          expanded.push(false);
        }
      }
    }
    return order;
  }
}
