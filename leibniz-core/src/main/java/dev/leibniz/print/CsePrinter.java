package dev.leibniz.print;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints expressions with their common subexpressions bound first, so that output which shares
 * subtrees prints in size proportional to the shared DAG rather than to the tree:
 *
 * <pre>{@code
 * CsePrinter.print(derivativeOfSinSinSinX)
 * // t1 = sin(x)
 * // t2 = sin(t1)
 * // cos(x)*cos(t1)*cos(t2)
 * }</pre>
 *
 * <p>Which subexpressions are bound: first the trees are folded into a DAG with one node per
 * structurally distinct subexpression ({@link ExprDag}). Then, parents before children, each
 * node's <em>occurrences</em> are counted: how many times it would be printed, given what has
 * already been decided above it. A node is bound when it occurs at least twice and is worth a
 * name: not a number, a variable or a constant, and not one of the small wrappers that the
 * printer folds into its surroundings ({@code u^k} for a number k, as in {@code /u^2} and
 * {@code sqrt(u)}, or {@code c*u} for a number c, as in {@code -u}); a wrapper occurring twice
 * passes both occurrences on to {@code u}. (One exception keeps reading back exact: see
 * {@link #forcePowersOfFactors}.) A bound node prints its children once, in its binding;
 * the others print theirs as often as they occur themselves. Every node that is not bound is
 * thus printed with at most a bounded wrapper around names, so the output is linear in the DAG.
 *
 * <p>Bindings are numbered in the order they are needed (children before parents), so each
 * binding refers only to earlier ones; names are {@code t1, t2, ...}, or another letter if the
 * expressions already use such a name. Each binding and each result is valid input: parsing the
 * results and substituting the bindings back, last to first, gives the original expressions.
 * Time and memory are linear in the size of the DAG (with hashing); nothing recurses beyond the
 * printer's own depth.
 */
public final class CsePrinter {
  /** Letters for the names of bindings, in order of preference ({@code e} is Euler's number). */
  private static final String PREFIXES = "tusrqpnmkhgdcbavwyzijlofxTUSRQPNMKHGDCBAVWYZIJLOFX";

  private CsePrinter() {}

  /** One output with its bindings: the lines {@code t1 = ...}, then the result on its own line. */
  public static String print(Expr e) {
    return eliminate(List.of(e)).toString();
  }

  /**
   * Several outputs (say, every partial derivative of one function) with bindings shared among
   * them: a subexpression in two outputs is bound once.
   */
  public static CseForm eliminate(List<Expr> outputs) {
    if (outputs.isEmpty()) throw new IllegalArgumentException("nothing to print");
    ExprDag dag = ExprDag.of(outputs);
    boolean[] bound = chooseBindings(dag);
    String prefix = namePrefix(dag);
    Expr[] rebuilt = new Expr[dag.size()];
    List<CseForm.Binding> bindings = new ArrayList<>();
    for (int id = 0; id < dag.size(); id++) {
      Expr node = withChildren(dag, id, rebuilt);
      if (bound[id]) {
        String name = prefix + (bindings.size() + 1);
        bindings.add(new CseForm.Binding(name, PlainPrinter.print(node)));
        node = new Var(name);
      }
      rebuilt[id] = node;
    }
    List<String> results = new ArrayList<>(outputs.size());
    for (int root : dag.roots()) results.add(PlainPrinter.print(rebuilt[root]));
    return new CseForm(bindings, results);
  }

  /**
   * Counts occurrences parents first (ids are in post-order, so descending ids are parents
   * first) and binds the worthwhile nodes that occur twice or more. Counts saturate at 2: only
   * "more than once" matters, and the true counts can grow exponentially.
   */
  private static boolean[] chooseBindings(ExprDag dag) {
    int n = dag.size();
    int[] occurrences = new int[n];
    boolean[] bound = new boolean[n];
    boolean[] forced = new boolean[n];
    for (int root : dag.roots()) occurrences[root] = Math.min(2, occurrences[root] + 1);
    for (int id = n - 1; id >= 0; id--) {
      bound[id] = occurrences[id] > 0
          && (forced[id] || occurrences[id] >= 2 && worthNaming(dag.node(id)));
      int printed = bound[id] ? 1 : occurrences[id];
      for (int child : dag.children(id)) {
        occurrences[child] = Math.min(2, occurrences[child] + printed);
      }
      if (dag.node(id) instanceof Product) forcePowersOfFactors(dag, id, forced);
    }
    return bound;
  }

  /**
   * A product can hold both {@code u} and {@code u^k} when u is itself a power and k is not an
   * integer ({@code e^x*(e^x)^(-3/2)}, {@code e^x*(e^x)^(y - 1)}): canonical form gathers
   * exponents per base, and their bases are e and e^x. Named, they would read back as
   * {@code t1*t1^(-3/2)} and be gathered into {@code t1^(-1/2)}; so {@code u^k} gets a name of
   * its own.
   */
  private static void forcePowersOfFactors(ExprDag dag, int product, boolean[] forced) {
    int[] factors = dag.children(product);
    for (int f : factors) {
      if (dag.node(f) instanceof Power) {
        int base = dag.children(f)[0];
        for (int g : factors) if (g == base) forced[f] = true;
      }
    }
  }

  /** Compound nodes other than {@code u^k} and {@code c*u} for numbers k and c. */
  private static boolean worthNaming(Expr e) {
    if (e instanceof Power p) return !(p.exponent() instanceof Num);
    if (e instanceof Product p) {
      return !(p.factors().size() == 2 && p.factors().get(0) instanceof Num);
    }
    return e instanceof Sum || e instanceof Call;
  }

  /** Node {@code id} with its children replaced by their rebuilt forms, in the same order. */
  private static Expr withChildren(ExprDag dag, int id, Expr[] rebuilt) {
    Expr e = dag.node(id);
    int[] children = dag.children(id);
    if (children.length == 0) return e;
    if (e instanceof Call c) return new Call(c.function(), rebuilt[children[0]]);
    if (e instanceof Power) return new Power(rebuilt[children[0]], rebuilt[children[1]]);
    List<Expr> operands = new ArrayList<>(children.length);
    for (int child : children) operands.add(rebuilt[child]);
    if (e instanceof Sum) return new Sum(operands);
    if (e instanceof Product) return new Product(operands);
    throw new IllegalStateException("unhandled " + e);
  }

  /**
   * {@code t}, unless some expression has a variable named {@code t} and digits; then the first
   * letter of {@code u, s, r, q, p, ...} that is free. Numbers make a name unique per letter, so
   * only names of the form letter-digits can clash. Should every letter be taken, {@code t_},
   * with as many underscores as it takes to be the start of no name.
   */
  private static String namePrefix(ExprDag dag) {
    Set<String> names = new HashSet<>();
    for (int id = 0; id < dag.size(); id++) {
      if (dag.node(id) instanceof Var v) names.add(v.name());
    }
    Set<String> taken = new HashSet<>();
    for (String name : names) {
      if (name.length() > 1 && name.substring(1).chars().allMatch(Character::isDigit)) {
        taken.add(name.substring(0, 1));
      }
    }
    for (char c : PREFIXES.toCharArray()) {
      if (!taken.contains(String.valueOf(c))) return String.valueOf(c);
    }
    String prefix = "t_";
    while (startsAny(names, prefix)) prefix += "_";
    return prefix;
  }

  private static boolean startsAny(Set<String> names, String prefix) {
    for (String name : names) if (name.startsWith(prefix)) return true;
    return false;
  }
}
