package dev.leibniz.cli;

import dev.leibniz.Layout;
import dev.leibniz.MatrixDerivative;
import dev.leibniz.MatrixExpression;
import dev.leibniz.Program;
import dev.leibniz.error.LeibnizException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The REPL with vectors and matrices: {@code :shape W: 3x4, x: 4} declares names for the lines
 * after it, a line that uses one of them (or is differentiated by one, the decision of
 * {@link MatrixExpression#declaresNonScalar}) is differentiated in matrix notation (by the chain of
 * {@code d/dW} in front, the {@code :wrt} variable, or each name), and {@code :backprop FILE} prints a
 * program's backward equations.
 */
final class MatrixRepl {
  private MatrixRepl() {}

  /**
   * The derivatives a line asks of {@code f}: by its operators' {@code chain}, the {@code :wrt}
   * variable, or each name.
   */
  static List<MatrixDerivative> differentiate(MatrixExpression f, List<String> chain,
      String wrt) {
    if (!chain.isEmpty()) return List.of(f.derivative(chain, Layout.GRADIENT));
    List<String> by = wrt != null ? List.of(wrt) : List.of();
    return f.derivatives(by, 1, Layout.GRADIENT);
  }

  /** {@code :check} of matrix derivatives: each proven at random matrices. */
  static String check(List<MatrixDerivative> last) {
    List<String> lines = new ArrayList<>();
    for (MatrixDerivative d : last) {
      lines.add((last.size() > 1 ? d.label() + " " : "") + d.check().summary());
    }
    return String.join("\n", lines);
  }

  /** {@code :latex} of matrix derivatives: one equation each, as {@code diff --format latex}. */
  static String latex(List<MatrixDerivative> last) {
    List<String> lines = new ArrayList<>();
    for (MatrixDerivative d : last) lines.add(d.toLatexEquation());
    return String.join("\n", lines);
  }

  static String shape(ReplSession session, String argument) {
    if (argument.isEmpty()) {
      session.shapes().clear();
      return session.interactive() ? "no declarations: every name is a scalar" : "";
    }
    session.shapes().putAll(MatrixExpression.readShapes(argument));
    if (!session.interactive()) return "";
    List<String> parts = new ArrayList<>();
    session.shapes().forEach((name, s) -> parts.add(name + ": " + s));
    return "declared " + String.join(", ", parts);
  }

  static String backprop(String file) {
    if (file.isEmpty()) throw new LeibnizException("missing file after :backprop");
    try {
      String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      return String.join("\n", Program.parse(text).backward(Layout.GRADIENT));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new LeibnizException("cannot read " + file);
    }
  }
}
