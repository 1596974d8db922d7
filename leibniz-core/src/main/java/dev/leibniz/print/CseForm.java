package dev.leibniz.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Expressions printed with common subexpressions bound first, from {@link CsePrinter}: the
 * bindings in dependency order (each in terms of earlier ones), then the results in terms of
 * them. All texts are in the output language, so they read back with the parser.
 *
 * @param bindings {@code t1 = sin(x + 1)}, ..., each binding referring only to earlier names
 * @param results one text per expression given, in the same order
 */
public record CseForm(List<Binding> bindings, List<String> results) {
  /** One name bound to the text of the subexpression it stands for. */
  public record Binding(String name, String value) {
    /** {@code t1 = sin(x + 1)}. */
    @Override
    public String toString() {
      return name + " = " + value;
    }
  }

  public CseForm {
    bindings = List.copyOf(bindings);
    results = List.copyOf(results);
  }

  /** The bindings as {@code t1 = ...} lines, then the results, one per line. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(bindings.size() + results.size());
    for (Binding b : bindings) lines.add(b.toString());
    lines.addAll(results);
    return lines;
  }

  /** The printed size: the characters of all lines, without line ends. */
  public long length() {
    long total = 0;
    for (String line : lines()) total += line.length();
    return total;
  }

  /** {@link #lines()} joined by newlines. */
  @Override
  public String toString() {
    return String.join("\n", lines());
  }
}
