package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.matrix.BackwardEquations;
import dev.leibniz.matrix.Shape;
import dev.leibniz.parse.MatrixParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program of forward equations (LANGUAGE.md, "Programs"): declarations, then lines
 * {@code name = expression} in the order they are computed; the last line is the loss, or its
 * gradient is taken as given. {@link #backward} prints the backward equations in reverse order,
 * one per line with its shape, {@code +=} where a name feeds more than one line; {@link #run}
 * also computes their values at given inputs and proves them against finite differences.
 *
 * <pre>{@code
 * Program p = Program.parse("W: 2x3, x: 3\nz = W x\nL = sum(relu(z))");
 * p.backward(Layout.GRADIENT);
 * // [dL/dz = step(z)   [2], dL/dW = dL/dz*x'   [2x3], dL/dx = W'*dL/dz   [3]]
 * }</pre>
 */
public final class Program {
  private final List<BackwardEquations.Forward> lines;
  private final Map<String, Shape> inputs;

  private Program(List<BackwardEquations.Forward> lines, Map<String, Shape> inputs) {
    this.lines = List.copyOf(lines);
    this.inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  /**
   * Reads a program: blank lines and {@code #} comments are skipped; lines of declarations
   * ({@code W1: 4x3, b1: 4}) come first, then the equations. A name neither declared nor
   * defined by a line above (a scalar input is declared too: {@code s: 1}), a name used before
   * the line that defines it, a declaration after an equation, and a reserved name declared or
   * assigned are errors naming the line and the column.
   *
   * @throws LeibnizException for a bad line, naming its number, with the column
   */
  public static Program parse(String text) {
    Arguments.notNull(text, "program");
    Map<String, Shape> shapes = new LinkedHashMap<>();
    Map<String, Shape> inputs = new LinkedHashMap<>();
    List<BackwardEquations.Forward> lines = new ArrayList<>();
    String[] rows = text.split("\r?\n", -1);
    ProgramOrder.refuseLateDeclarations(rows);
    Map<String, Integer> definedAt = ProgramOrder.definitions(rows);
    for (int n = 0; n < rows.length; n++) {
      String line = ProgramOrder.withoutComment(rows[n]);
      if (line.isBlank()) continue;
      try {
        if (line.indexOf('=') < 0) {
          Map<String, Shape> declared = MatrixParser.declarations(line, true);
          shapes.putAll(declared);
          inputs.putAll(declared);
          continue;
        }
        ProgramOrder.refuseLaterNames(line, n + 1, definedAt);
        MatrixParser.Equation e = MatrixParser.equation(line, shapes);
        if (shapes.containsKey(e.name())) {
          throw new LeibnizException("'" + e.name() + "' is already defined", line,
              e.nameColumn());
        }
        shapes.put(e.name(), e.tree().shape());
        lines.add(new BackwardEquations.Forward(e.name(), e.tree(), line.substring(
            line.indexOf('=') + 1)));
      } catch (LeibnizException e) {
        throw ProgramOrder.atLine(n + 1, e);
      }
    }
    if (lines.isEmpty()) throw new LeibnizException("the program has no line 'name = ...'");
    return new Program(lines, inputs);
  }

  /** The backward equations, one per line: {@code dL/dW_3 = z_6*dL/dz_7   [4x2]}. */
  public List<String> backward(Layout layout) {
    List<String> out = new ArrayList<>();
    for (BackwardEquations.Backward b : equations(layout)) out.add(b.toString());
    return out;
  }

  List<BackwardEquations.Backward> equations(Layout layout) {
    return BackwardEquations.of(lines, Arguments.notNull(layout, "layout").inner());
  }

  /**
   * The forward and backward pass at {@code values} (every declared input; for a program
   * ending in a vector, optionally {@code dL/d<last>}, else ones, i.e. L = sum(last)): each
   * backward equation with its value, then the check against finite differences of L.
   */
  public ProgramRun run(Layout layout, Map<String, double[][]> values) {
    return ProgramRun.of(this, layout, Arguments.notNull(values, "values"));
  }

  List<BackwardEquations.Forward> lines() {
    return lines;
  }

  Map<String, Shape> inputs() {
    return inputs;
  }
}
