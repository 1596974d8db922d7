import dev.leibniz.CompiledGradient;
import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.error.LeibnizException;
import java.util.Map;

/**
 * Leibniz as a library: the derivative as a string, partials, values, LaTeX, a compiled
 * gradient, and an error with its caret. Compiled and run by the tests (ExamplesTest), so what
 * README.md shows it printing is what it prints.
 */
public class LibraryExample {
  public static void main(String[] args) {
    System.out.println(Leibniz.derivative("x^2*sin(x)", "x"));

    Expression f = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
    Map<String, Double> at = Map.of("x", 2.0, "z", 3.0);
    for (Map.Entry<String, Expression> partial : f.gradient().entrySet()) {
      System.out.println("d/d" + partial.getKey() + " = " + partial.getValue()
          + " = " + partial.getValue().evaluate(at));
    }
    System.out.println(f.derivative("z").toLatex());

    CompiledGradient tape = f.compile();
    double[] gradient = new double[2];
    double value = tape.gradient(new double[] {2, 3}, gradient);
    System.out.println("f(2, 3) = " + value + ", gradient = [" + gradient[0] + ", "
        + gradient[1] + "]");

    try {
      Leibniz.derivative("sin(x))", "x");
    } catch (LeibnizException e) {
      System.out.println(e.display());
    }
  }
}
