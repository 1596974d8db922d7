package dev.leibniz.bench;

import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The inputs of the benchmark suite: the lecture example and the mix of 10,000 expressions. */
public final class Workloads {
  /** The lecture example of the README. */
  public static final String LECTURE = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";

  /** The lecture example's variables, in the order a point lists them. */
  public static final List<String> LECTURE_VARIABLES = List.of("x", "z");

  private Workloads() {}

  /** The 10,000 lines of {@code bench/mix-10k.txt} (x, y, z; + - * / ^; six functions). */
  public static List<String> mix() {
    try (InputStream in = Workloads.class.getResourceAsStream("/bench/mix-10k.txt")) {
      if (in == null) throw new IllegalStateException("bench/mix-10k.txt is not on the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>(10_000);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The mix's lines that this build reads and differentiates by x, y and z, and twice by x:
   * the workload of the phases after the parse, so that two builds compared side by side
   * differentiate and print the same trees. The 46 lines this build refuses (a constant outside
   * its domain such as {@code log(sin(5))}, a negative constant to a varying power) are left out.
   */
  public static List<String> mixDifferentiable() {
    List<String> kept = new ArrayList<>();
    for (String line : mix()) {
      try {
        Expression e = Expression.parse(line);
        e.derivative("y");
        e.derivative("z");
        e.derivative("x").derivative("x");
        kept.add(line);
      } catch (LeibnizException refused) {
        // no derivative to time
      }
    }
    return kept;
  }
}
