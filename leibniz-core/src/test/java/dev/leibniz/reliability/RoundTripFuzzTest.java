package dev.leibniz.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Coverage-guided fuzzing (Jazzer) of the whole path a line of text takes: parse, differentiate
 * by each variable, simplify fully, print, print LaTeX, evaluate, and parse the printed forms
 * back. Nothing may throw but a {@code LeibnizException}, every printed form must parse back to
 * an equal tree, and a simplified form must keep the value of its input wherever that is defined
 * ({@link Pipeline#run}).
 *
 * <p>In the normal test run this replays the seed corpus in
 * {@code src/test/resources/dev/leibniz/reliability/RoundTripFuzzTestInputs/} (regression mode,
 * under a second). To fuzz, see README.md, "Fuzzing":
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -Dtest=RoundTripFuzzTest -Djazzer.max_duration=10m
 * </pre>
 * Findings are written next to the seeds; add them to the corpus once fixed.
 */
class RoundTripFuzzTest {
  /** Longer lines are HostileInputTest's business; here they would only slow the fuzzer. */
  private static final int MAX_BYTES = 4096;

  @FuzzTest(maxDuration = "10m")
  void parseDifferentiatePrintReparse(byte[] input) {
    if (input.length > MAX_BYTES) return;
    Pipeline.run(new String(input, StandardCharsets.UTF_8));
  }

  /**
   * Findings of the fuzzer, minimized, kept as regression tests of their fix: exact numbers once
   * printed as decimal literals longer than the parser accepted ({@code 3^-30000} as {@code 1/}
   * and 14,314 digits); the fuzzer's own finding was {@code 4^20318a-1^am71m5650/7}. Each must
   * now go through the whole pipeline and print back to itself.
   */
  @ParameterizedTest
  @ValueSource(strings = {"3^-30000", "2^30000*3^30000", "(2/3)^30000*x",
      "4^20318a-1^am71m5650/7"})
  void knownFindingsPrintBackToThemselves(String text) {
    Pipeline.run(text);
  }
}
