package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.eval.DomainConditions;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Variables;
import dev.leibniz.parse.LiteralParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The input as written, which decides with the canonical tree where an expression is defined.
 * The parser builds the canonical tree at once, and its smart constructors widen the domain:
 * {@code x/x} is 1, {@code sqrt(x)^2} is x, {@code ln(x) - ln(x)} and {@code 0*asin(x)} are 0.
 * The literal tree of the text ({@link LiteralParser}: every operation as written) keeps the
 * domain of the input, so a point where it is undefined has no value, whatever the canonical
 * tree says there: {@code x/x} at 0 is a division by zero, {@code sqrt(x)^2} at -4 is
 * {@code sqrt(x) undefined}. Where it is defined the canonical value stands. A value of the
 * literal tree that overflows a double ({@code e^x/e^x} at 1000) says nothing about the domain
 * and is passed over.
 *
 * <p>An expression read with names ({@link Expression#parse(String, Map)}) is defined where its
 * literal tree, with each name's canonical tree in its place, is, and where each name's own
 * expression is. A derivative keeps the input it was derived from: it is undefined where the
 * input is. A substitution ({@link Expression#substitute}) keeps it too, the replacements
 * applied: {@code x/x} with {@code x} as {@code y} has no value at {@code y = 0}, and a
 * replacement is itself a named expression. Immutable.
 */
final class AsWritten {
  /** For text the literal reader cannot read (never expected): nothing beyond the tree. */
  private static final AsWritten NOTHING = new AsWritten(null, List.of());

  private final Expr literal;
  private final Set<String> variables;
  /** The expressions named in the text: each must be defined too. */
  private final List<Expression> named;

  private AsWritten(Expr literal, List<Expression> named) {
    this.literal = literal;
    this.variables = literal == null ? Set.of() : Variables.of(literal);
    this.named = List.copyOf(named);
  }

  /** The input {@code text}, read literally, each variable of {@code replacements} replaced. */
  static AsWritten read(String text, Map<String, Expr> replacements, List<Expression> named) {
    try {
      return new AsWritten(LiteralParser.parse(text, replacements), named);
    } catch (LeibnizException unreadable) {
      // The scalar reader read this text, so the literal reader, on the same grammar, does too.
      return named.isEmpty() ? NOTHING : new AsWritten(null, named);
    }
  }

  /** The input of a tree the library built: the tree itself, as written. */
  static AsWritten of(Expr tree) {
    return new AsWritten(tree, List.of());
  }

  /**
   * This input with each variable named in {@code replacements} (already read) replaced by its
   * expression ({@link Expression#substitute}): the literal tree with the replacements' trees in
   * place, rebuilt as written; each named expression substituted alike; and each replacement
   * the input uses kept to be defined too, as a name's expression is.
   */
  AsWritten substituted(Map<String, Expression> replacements) {
    Map<String, Expr> trees = new HashMap<>();
    List<Expression> kept = new ArrayList<>();
    for (Expression e : named) kept.add(e.substitute(replacements));
    replacements.forEach((variable, value) -> {
      if (uses(variable)) {
        trees.put(variable, value.tree());
        kept.add(value);
      }
    });
    Expr replaced = literal == null ? null : Substitution.applyAsWritten(literal, trees);
    return new AsWritten(replaced, kept);
  }

  /** Whether the input as written has {@code variable}: in its text or a named expression. */
  private boolean uses(String variable) {
    if (variables.contains(variable)) return true;
    for (Expression e : named) {
      if (e.variables().contains(variable)) return true;
    }
    return false;
  }

  /**
   * Whether this input may be undefined somewhere its canonical form {@code tree} is defined
   * ({@code sqrt(x)^2} beside {@code x}), so that a value of the tree needs {@link #definedAt};
   * false where it is surely not ({@link DomainConditions}), as for most inputs.
   */
  boolean mayNarrow(Expr tree) {
    return !DomainConditions.ofCanonical(tree).containsAll(conditions());
  }

  /** The conditions of the literal tree and of each named expression as written. */
  Set<Object> conditions() {
    Set<Object> all = new HashSet<>();
    if (literal != null) all.addAll(DomainConditions.ofLiteral(literal));
    for (Expression e : named) all.addAll(e.writtenConditions());
    return all;
  }

  /** True unless the input as written is outside its domain at {@code point}. */
  boolean definedAt(Map<String, Double> point) {
    // Asked whatever the literal's double is (an exact 0 may be a double 5.6e-17), but only
    // where a look in doubles finds some value near an edge: exact values cost microseconds.
    if (literal != null) {
      Map<String, Double> known = known(point);
      if (Evaluator.mayBeOutsideDomain(literal, known)
          && Evaluator.explainOutsideDomain(literal, known).isPresent()) {
        return false;
      }
    }
    for (Expression e : named) {
      if (point.keySet().containsAll(e.variables()) && !Double.isFinite(e.evaluate(point))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why the input as written is undefined at {@code point} ({@code division by zero at x = 0}),
   * as {@link Evaluator#explainUndefined} says it; empty where it is defined. A variable of the
   * text without a value in {@code point} (it dropped out of the canonical tree: {@code x - x})
   * is unknown: what uses it is not checked, the rest is ({@code x - x + sqrt(y)^2} at
   * {@code y = -4}).
   */
  Optional<String> explainUndefined(Map<String, Double> point) {
    if (literal != null) {
      Optional<String> why = Evaluator.explainOutsideDomain(literal, known(point));
      if (why.isPresent()) return why;
    }
    for (Expression e : named) {
      if (!point.keySet().containsAll(e.variables())) continue;
      Optional<String> why = e.explainUndefined(point);
      if (why.isPresent()) return why;
    }
    return Optional.empty();
  }

  /** {@code point}, with NaN (unknown) for each variable of the text it gives no value. */
  private Map<String, Double> known(Map<String, Double> point) {
    if (point.keySet().containsAll(variables)) return point;
    Map<String, Double> known = new HashMap<>(point);
    for (String v : variables) known.putIfAbsent(v, Double.NaN);
    return known;
  }
}
