package dev.leibniz.bench;

import dev.leibniz.Expression;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * Prints, for every line of the mix, its d/dx through the facade (or the error it raises), one
 * line each, so that two builds' answers can be compared with
 * {@code diff}: put the other build's classes first on the class path to print its answers.
 *
 * <pre>{@code java -cp OLD/classes:<test classes>:<libraries> dev.leibniz.bench.MixAnswers > old.txt}</pre>
 */
public final class MixAnswers {
  private MixAnswers() {}

  public static void main(String[] args) throws IOException {
    try (BufferedWriter out = new BufferedWriter(
        new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      for (String line : Workloads.mix()) {
        out.write(answer(line));
        out.newLine();
      }
      out.write(answer(Workloads.LECTURE));
      out.newLine();
    }
  }

  /** The printed d/dx of {@code line}, or the error it raises, named by its class. */
  private static String answer(String line) {
    try {
      return Expression.parse(line).derivative("x").toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
