package dev.leibniz;

import dev.leibniz.print.CseForm;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions printed with their common subexpressions bound first ({@link Expression#cse}):
 * the bindings in dependency order, each in terms of earlier ones, then one result per
 * expression in terms of them. Every text is in the output language, so it parses back;
 * substituting the bindings into the results, last to first, gives the expressions again.
 *
 * <pre>{@code
 * Expression g = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
 * Expression.cse(List.of(g.derivative("x"), g.derivative("z"))).lines();
 * // t1 = e^(x*z), t2 = ln(x), t3 = sin(t2), then d/dx and d/dz in terms of t1, t2, t3
 * }</pre>
 */
public final class CommonSubexpressions {
  /** One name bound to the text of the subexpression it stands for: {@code t1 = sin(x)}. */
  public record Binding(String name, String value) {
    /** {@code t1 = sin(x + 1)}. */
    @Override
    public String toString() {
      return name + " = " + value;
    }
  }

  private final List<Binding> bindings;
  private final List<String> results;

  private CommonSubexpressions(List<Binding> bindings, List<String> results) {
    this.bindings = List.copyOf(bindings);
    this.results = List.copyOf(results);
  }

  /** The facade's view of the printer's result. */
  static CommonSubexpressions of(CseForm form) {
    List<Binding> bindings = new ArrayList<>(form.bindings().size());
    for (CseForm.Binding b : form.bindings()) bindings.add(new Binding(b.name(), b.value()));
    return new CommonSubexpressions(bindings, form.results());
  }

  /** The bindings, each referring only to earlier ones. */
  public List<Binding> bindings() {
    return bindings;
  }

  /** One text per expression given, in the same order, in terms of the bindings. */
  public List<String> results() {
    return results;
  }

  /** The bindings as {@code t1 = ...} lines, then the results, one per line. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(bindings.size() + results.size());
    for (Binding b : bindings) lines.add(b.toString());
    lines.addAll(results);
    return lines;
  }

  /** {@link #lines()} joined by newlines. */
  @Override
  public String toString() {
    return String.join("\n", lines());
  }
}
