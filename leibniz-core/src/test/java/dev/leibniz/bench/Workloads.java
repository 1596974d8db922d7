package dev.leibniz.bench;

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
}
