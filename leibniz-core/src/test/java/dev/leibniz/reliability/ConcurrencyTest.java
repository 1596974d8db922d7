package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.error.LeibnizException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library promises thread safety: 16 threads working at once on one shared list of
 * expressions (the first 2,000 lines of the benchmark mix) — parsing, differentiating, printing,
 * evaluating, and sharing parsed {@link Expression}s between threads — get exactly the answers
 * one thread gets alone.
 */
class ConcurrencyTest {
  private static final int THREADS = 16;
  /** Each expression is worked on by this many threads, each starting at a different place. */
  private static final int PASSES_PER_EXPRESSION = 4;
  private static final Map<String, Double> POINT = Map.of("x", 0.7, "y", 1.3, "z", 2.1);

  private static List<String> lines;
  private static List<Expression> shared;
  private static List<String> expected;

  @BeforeAll
  static void computeSingleThreaded() throws IOException {
    lines = readLines("mix-2000.txt");
    shared = new ArrayList<>(lines.size());
    expected = new ArrayList<>(lines.size());
    for (String line : lines) {
      shared.add(parseOrNull(line));
      expected.add(answers(line, parseOrNull(line)));
    }
  }

  @Test
  void sixteenThreadsGetTheSingleThreadedAnswers() throws Exception {
    List<List<String>> results = HangGuard.call(ConcurrencyTest::runAllThreads);
    int n = lines.size();
    int span = n * PASSES_PER_EXPRESSION / THREADS;
    for (int t = 0; t < THREADS; t++) {
      List<String> got = results.get(t);
      for (int k = 0; k < span; k++) {
        int i = (t * n / THREADS + k) % n;
        int thread = t;
        assertEquals(expected.get(i), got.get(k),
            () -> "thread " + thread + " on line " + (i + 1) + ": " + lines.get(i));
      }
    }
  }

  /** Every thread starts at once, at its own offset, and covers a quarter of the list. */
  private static List<List<String>> runAllThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      int n = lines.size();
      int span = n * PASSES_PER_EXPRESSION / THREADS;
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * n / THREADS;
        futures.add(pool.submit(() -> {
          start.await();
          List<String> mine = new ArrayList<>(span);
          for (int k = 0; k < span; k++) {
            int i = (offset + k) % n;
            // Alternate between parsing afresh and working on the tree another thread parsed.
            Expression e = k % 2 == 0 ? parseOrNull(lines.get(i)) : shared.get(i);
            mine.add(answers(lines.get(i), e));
          }
          return mine;
        }));
      }
      List<List<String>> results = new ArrayList<>();
      for (Future<List<String>> f : futures) results.add(f.get());
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Everything the library says about one line, as one string. */
  private static String answers(String line, Expression e) {
    if (e == null) return "error: " + errorOf(line);
    StringBuilder sb = new StringBuilder();
    sb.append(e).append('\n').append(e.toLatex()).append('\n');
    sb.append(Double.doubleToLongBits(e.evaluate(POINT))).append('\n');
    for (String v : e.variables()) {
      try {
        Expression d = e.derivative(v);
        sb.append(d).append('\n').append(d.toLatex()).append('\n');
        sb.append(Double.doubleToLongBits(d.evaluate(POINT))).append('\n');
        d.explainUndefined(POINT).ifPresent(why -> sb.append(why).append('\n'));
      } catch (LeibnizException refused) {
        sb.append("error: ").append(refused.getMessage()).append('\n');
      }
    }
    try {
      sb.append(Leibniz.derivative(line, "x"));
    } catch (LeibnizException refused) {
      sb.append("error: ").append(refused.getMessage());
    }
    return sb.toString();
  }

  private static Expression parseOrNull(String line) {
    try {
      return Expression.parse(line);
    } catch (LeibnizException e) {
      return null;
    }
  }

  private static String errorOf(String line) {
    try {
      Expression.parse(line);
      return "none";
    } catch (LeibnizException e) {
      return e.headline();
    }
  }

  static List<String> readLines(String resource) throws IOException {
    List<String> result = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        ConcurrencyTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) result.add(line);
    }
    return result;
  }
}
