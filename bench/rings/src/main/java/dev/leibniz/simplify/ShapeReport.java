package dev.leibniz.simplify;

import cc.redberry.rings.bigint.BigInteger;
import cc.redberry.rings.poly.multivar.MultivariateFactorization;
import cc.redberry.rings.poly.multivar.MultivariateGCD;
import cc.redberry.rings.poly.multivar.MultivariatePolynomial;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each distinct recorded operation timed on its own, ours and Rings' (median of five batches,
 * each long enough to be measured), and checked: our gcd equals Rings' up to a constant; each of
 * our factors is irreducible by Rings' factorisation (or we report the shape we leave whole); our
 * cancelled fraction is in lowest terms. Prints, per workload and kind, the median and the
 * 90th percentile of the per-operation times, the total over the workload as the simplifier
 * performs it (duplicates counted), and the shapes where ours is slowest against Rings.
 * Usage: {@code ShapeReport WORKLOAD_FILE [SET/KIND...]}, e.g. {@code large/gcd mix/cancel}.
 */
public final class ShapeReport {
  private static final long BATCH_NANOS = 200_000;

  private ShapeReport() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    System.out.printf("%-9s %-10s %6s %6s | %11s %11s %6s | %11s %11s | %10s %10s %6s | %s%n",
        "set", "kind", "ops", "shapes", "ours med", "Rings med", "ratio", "ours p90",
        "Rings p90", "ours tot", "Rings tot", "ratio", "checks");
    List<String> worst = new ArrayList<>();
    List<String> only = Arrays.asList(args).subList(1, args.length);
    for (String set : List.of("textbook", "mix", "large")) {
      for (String kind : List.of("gcd", "squarefree", "factor", "cancel")) {
        if (only.isEmpty() || only.contains(set + "/" + kind)) {
          worst.addAll(report(PolyOp.load(file, set, kind), set, kind));
        }
      }
    }
    System.out.println();
    System.out.println("Shapes where ours is slowest against Rings (ours/Rings of the medians):");
    worst.forEach(System.out::println);
  }

  private static List<String> report(List<PolyOp> all, String set, String kind) {
    Map<String, PolyOp> distinct = new LinkedHashMap<>();
    Map<String, Integer> times = new LinkedHashMap<>();
    int refused = 0;
    int ringsFailed = 0;
    String ringsFailure = "";
    Map<String, Boolean> usable = new LinkedHashMap<>();
    for (PolyOp op : all) {
      Boolean use = usable.get(op.text);
      if (use == null) {
        use = true;
        try {
          op.ours();
        } catch (FullSimplifier.TooLarge tooLarge) {
          refused++;
          use = false;
        }
        if (op.rings() instanceof RuntimeException e) {
          if (ringsFailed++ == 0) ringsFailure = "; Rings fails (" + e + ") on " + shape(op);
          use = false;
        }
        usable.put(op.text, use);
        if (use) distinct.put(op.text, op);
      }
      if (use) times.merge(op.text, 1, Integer::sum);
    }
    if (distinct.isEmpty()) return List.of();
    List<PolyOp> ops = new ArrayList<>(distinct.values());
    for (int round = 0; round < 3; round++) {
      for (PolyOp op : ops) {
        op.ours();
        op.rings();
      }
    }
    int flaky = 0;
    for (PolyOp op : ops) {
      for (int round = 0; round < 5; round++) {
        if (op.rings() instanceof RuntimeException) {
          flaky++;
          break;
        }
      }
    }
    double[] ours = new double[ops.size()];
    double[] rings = new double[ops.size()];
    double oursTotal = 0;
    double ringsTotal = 0;
    List<double[]> ratios = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      PolyOp op = ops.get(i);
      ours[i] = medianNanos(op::ours);
      rings[i] = medianNanos(op::rings);
      oursTotal += ours[i] * times.get(op.text);
      ringsTotal += rings[i] * times.get(op.text);
      ratios.add(new double[] {ours[i] / rings[i], i});
    }
    String checks = check(ops, kind);
    int performed = times.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("%-9s %-10s %6d %6d | %9.1fµs %9.1fµs %6.2f | %9.1fµs %9.1fµs | %8.1fms"
        + " %8.1fms %6.2f | %s%s%s%s%n", set, kind, performed, ops.size(),
        median(ours) / 1e3, median(rings) / 1e3, median(ours) / median(rings),
        percentile(ours, 0.9) / 1e3, percentile(rings, 0.9) / 1e3, oursTotal / 1e6,
        ringsTotal / 1e6, oursTotal / ringsTotal, checks,
        refused > 0 ? "; " + refused + " shapes refused as too large by ours" : "",
        ringsFailed > 0 ? "; " + ringsFailed + " shapes" + ringsFailure : "",
        flaky > 0 ? "; Rings failed on " + flaky + " more shapes in 5 further runs" : "");
    ratios.sort(Comparator.comparingDouble((double[] r) -> -r[0]));
    List<String> out = new ArrayList<>();
    for (double[] r : ratios.subList(0, Math.min(3, ratios.size()))) {
      int i = (int) r[1];
      if (r[0] < 2) break;
      out.add(String.format("  %s/%s %.1fx: ours %.1f µs, Rings %.1f µs: %s", set, kind, r[0],
          ours[i] / 1e3, rings[i] / 1e3, shape(ops.get(i))));
    }
    return out;
  }

  /** Checks each operation's result against Rings; a summary, with the first failures. */
  private static String check(List<PolyOp> ops, String kind) {
    int bad = 0;
    String first = "";
    int unchecked = 0;
    for (PolyOp op : ops) {
      String problem;
      try {
        problem = problem(op, kind);
      } catch (RuntimeException ringsFailed) {
        unchecked++;
        continue;
      }
      if (problem != null) {
        if (bad++ == 0) first = ", e.g. " + problem;
      }
    }
    String what = kind.equals("gcd") ? "gcd differs from Rings"
        : kind.equals("factor") ? "left a reducible factor whole"
        : kind.equals("cancel") ? "not in lowest terms" : "product differs";
    String skipped = unchecked == 0 ? "" : " (" + unchecked + " unchecked: Rings failed)";
    return (bad == 0 ? "all agree with Rings" : bad + " " + what + first) + skipped;
  }

  private static String problem(PolyOp op, String kind) {
    if (kind.equals("gcd")) {
      MultivariatePolynomial<cc.redberry.rings.Rational<BigInteger>> ours =
          PolyText.toRings((Poly) op.ours());
      MultivariatePolynomial<cc.redberry.rings.Rational<BigInteger>> rings =
          MultivariateGCD.PolynomialGCD(op.ra, op.rb);
      return ours.monic().equals(rings.monic()) ? null
          : shape(op) + " ours " + ours + ", Rings " + rings;
    }
    if (kind.equals("factor")) {
      Factorizer.Factored f = (Factorizer.Factored) op.ours();
      for (Poly p : f.factors().keySet()) {
        if (MultivariateFactorization.Factor(PolyText.toRings(p)).size() > 1) {
          return "(" + PolyText.toRings(p) + ") = "
              + MultivariateFactorization.Factor(PolyText.toRings(p));
        }
      }
      return null;
    }
    if (kind.equals("cancel")) {
      Fraction f = (Fraction) op.ours();
      MultivariatePolynomial<cc.redberry.rings.Rational<BigInteger>> g =
          MultivariateGCD.PolynomialGCD(PolyText.toRings(f.numerator()),
              PolyText.toRings(f.expandedDenominator()));
      return g.isConstant() ? null : shape(op) + " leaves the common factor " + g;
    }
    Poly product = Poly.constant(op.a.arity(), dev.leibniz.expr.Rational.ONE);
    @SuppressWarnings("unchecked")
    List<Poly> parts = (List<Poly>) op.ours();
    for (int k = 0; k < parts.size(); k++) product = product.multiply(parts.get(k).pow(k + 1));
    return product.primitive().equals(op.a.primitive()) ? null : shape(op);
  }

  private static String shape(PolyOp op) {
    String s = op.kind.equals("gcd") ? "gcd(" + op.ra + ", " + op.rb + ")"
        : op.kind.equals("cancel") ? "(" + op.ra + ")/(" + op.rb + ")" : "" + op.ra;
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private static double medianNanos(Supplier<Object> run) {
    int reps = 1;
    long t0 = System.nanoTime();
    run.get();
    long once = Math.max(System.nanoTime() - t0, 1);
    reps = (int) Math.max(1, Math.min(100_000, BATCH_NANOS / once));
    double[] batches = new double[5];
    for (int b = 0; b < batches.length; b++) {
      long start = System.nanoTime();
      for (int r = 0; r < reps; r++) run.get();
      batches[b] = (System.nanoTime() - start) / (double) reps;
    }
    return median(batches);
  }

  private static double median(double[] v) {
    return percentile(v, 0.5);
  }

  private static double percentile(double[] v, double p) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.floor(p * (s.length - 1) + 0.5))];
  }
}
