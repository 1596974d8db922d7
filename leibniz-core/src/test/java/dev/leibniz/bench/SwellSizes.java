package dev.leibniz.bench;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.print.CsePrinter;
import dev.leibniz.print.PlainPrinter;
import java.io.PrintStream;
import java.util.List;

/**
 * The sizes behind workload 3, which do not vary from run to run: for each family and n, the
 * derivative's tree size (nodes, as printed), its printed length in characters, and its length
 * printed with common subexpressions bound. Part of {@link BenchmarkMain}'s report; run alone
 * with {@code bench/run --sizes}.
 */
public final class SwellSizes {
  private SwellSizes() {}

  public static void main(String[] args) {
    print(System.out);
  }

  /** A Markdown table of the sizes. */
  public static void print(PrintStream out) {
    out.println("| family | n | tree nodes | printed chars | printed chars with CSE"
        + " | CSE chars / n |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (SwellFamily family : SwellFamily.values()) {
      for (int n : SwellFamily.SIZES) {
        List<Expr> derivatives = family.derivatives(family.expr(n), n);
        long nodes = 0;
        long chars = 0;
        for (Expr d : derivatives) {
          nodes += ExprSize.treeSize(d);
          chars += PlainPrinter.print(d).length();
        }
        long cse = CsePrinter.eliminate(derivatives).length();
        out.printf("| %s | %d | %,d | %,d | %,d | %.1f |%n", family, n, nodes, chars, cse,
            (double) cse / n);
      }
    }
  }
}
