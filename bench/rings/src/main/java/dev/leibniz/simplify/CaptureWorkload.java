package dev.leibniz.simplify;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the simplifier on our workloads with {@link PolyOpsRecorder} installed and writes every
 * polynomial gcd, factorisation and cancellation it performs to a file:
 * <ul>
 *   <li>{@code textbook}: the d/dx of the 39 rows of leibniz-core's {@code textbook.tsv};
 *   <li>{@code mix}: the d/dx of the 10,000 lines of {@code mix-10k.txt} (those that parse);
 *   <li>{@code large}: the lines of {@code bench/rings/large.txt}.
 * </ul>
 * Usage: {@code CaptureWorkload REPO_ROOT OUT_FILE}.
 */
public final class CaptureWorkload {
  private CaptureWorkload() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]),
        StandardCharsets.UTF_8))) {
      PolyOpsRecorder.install(out);
      PolyOpsRecorder.startSet("textbook");
      for (String line : lines(root.resolve(
          "leibniz-core/src/test/resources/dev/leibniz/simplify/textbook.tsv"))) {
        diffAndSimplify(line.split("\t")[0]);
      }
      report("textbook");
      PolyOpsRecorder.startSet("mix");
      for (String line : lines(root.resolve("leibniz-core/src/test/resources/bench/mix-10k.txt"))) {
        diffAndSimplify(line);
      }
      report("mix");
      PolyOpsRecorder.startSet("large");
      for (String line : lines(root.resolve("bench/rings/large.txt"))) large(line);
      report("large");
    }
  }

  private static long[] before = new long[3];

  private static void report(String set) {
    long[] now = PolyOpsRecorder.counts();
    System.out.printf("%-9s gcd %6d  factor %6d  cancel %6d%n", set, now[0] - before[0],
        now[1] - before[1], now[2] - before[2]);
    before = now;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  private static void diffAndSimplify(String text) {
    Expr f;
    try {
      f = ExprParser.parse(text);
    } catch (RuntimeException notAnExpression) {
      return; // the mix's few lines that are errors at parse time
    }
    try {
      FullSimplifier.simplify(Differentiator.derivative(f, "x"));
    } catch (RuntimeException undefined) {
      // an input undefined everywhere: its operations are recorded all the same
    }
  }

  private static void large(String line) {
    String command = line.substring(0, line.indexOf(' '));
    String rest = line.substring(command.length() + 1);
    if (command.equals("diff")) {
      diffAndSimplify(rest);
    } else if (command.equals("simplify")) {
      FullSimplifier.simplify(ExprParser.parse(rest));
    } else {
      List<Expr> parts = Arrays.stream(rest.split(";")).map(ExprParser::parse).toList();
      RationalForm form = RationalForm.of(Expr.product(parts));
      Budgets.unlimited();
      if (command.equals("gcd")) {
        PolyGcd.gcd(form.toFraction(parts.get(0)).numerator(),
            form.toFraction(parts.get(1)).numerator());
      } else {
        Factorizer.factor(form.toFraction(parts.get(0)).numerator());
      }
    }
  }
}
