package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.MatrixLiterals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.LinkedHashSet;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --at x=2,z=3} option of {@code eval}, {@code grad}, {@code hessian} and
 * {@code graph}, as a picocli mixin ({@link PointParser} reads it). A point that lacks a
 * variable is an error that shows how to give it, with the command's name:
 * {@code error: grad needs a point: --at x=2,z=3}.
 */
final class PointOption {
  @Option(names = "--at", paramLabel = "POINT",
      description = "values of the variables, e.g. x=2,z=3 (repeatable)")
  private List<String> at = new ArrayList<>();

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  /** The {@code --at} text as given, occurrences joined by commas (matrix values). */
  String raw() {
    return String.join(", ", at);
  }

  /** The names {@code --at} gives values to, their values not read. */
  List<String> names() {
    return PointParser.names(at);
  }

  /** The values given; a value that is not one (an option's value) is a usage error. */
  private Map<String, Double> point() {
    return BadOptionValue.read(command, () -> Points.parse(at));
  }

  /**
   * The values given to vectors and matrices ({@code x=[1, 2]}), read as {@link #raw()}; a value
   * that does not read is a usage error.
   */
  Map<String, double[][]> matrixValues() {
    return BadOptionValue.read(command, () -> MatrixLiterals.parse(raw()));
  }

  /**
   * What {@code reading} makes of the values, which fails where they do not fit the expression
   * (a name without a value, a value of another shape than declared): a usage error then.
   */
  <T> T fitting(Supplier<T> reading) {
    return BadOptionValue.read(command, reading);
  }

  /**
   * The values given, which must include every variable of {@code f}.
   *
   * @throws ParameterException naming the variables without a value and showing an
   *     {@code --at} that gives them all
   */
  Map<String, Double> pointFor(Expression f) {
    return pointFor(List.of(f));
  }

  /** As {@link #pointFor(Expression)}, for every variable of every expression. */
  Map<String, Double> pointFor(Collection<Expression> expressions) {
    Map<String, Double> point = point();
    Set<String> variables = new LinkedHashSet<>();
    for (Expression e : expressions) variables.addAll(e.variables());
    List<String> missing = new ArrayList<>(variables);
    missing.removeAll(point.keySet());
    if (missing.isEmpty()) return point;
    String example = example(variables, point);
    if (point.isEmpty()) throw usage(command.name() + " needs a point: " + example);
    throw usage("no value for " + String.join(", ", missing) + ": " + example);
  }

  /** A missing or bad {@code --at}: a usage error (exit 2, with the hint to ask for help). */
  private ParameterException usage(String message) {
    return new ParameterException(command.commandLine(), message);
  }

  /**
   * An {@code --at} that gives every variable: the values given, and 2, 3, ... by position for
   * the others.
   */
  private static String example(Set<String> variables, Map<String, Double> point) {
    StringJoiner joiner = new StringJoiner(",", "--at ", "");
    int position = 2;
    for (String v : variables) {
      Double given = point.get(v);
      joiner.add(v + "=" + (given != null ? Leibniz.valueText(given) : Integer.toString(position)));
      position++;
    }
    return joiner.toString();
  }
}
