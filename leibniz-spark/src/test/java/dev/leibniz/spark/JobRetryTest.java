package dev.leibniz.spark;

import static dev.leibniz.spark.TestSpark.batch;
import static dev.leibniz.spark.TestSpark.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that fails halfway through its partition, after writing some of its lines, runs again
 * (the master allows each task two attempts) and the output holds every line exactly once.
 */
class JobRetryTest {
  private static final long FAILING_LINE = 1_700;

  @TempDir
  Path dir;

  @AfterEach
  void removeHook() {
    LineAnswers.beforeEachLine = null;
  }

  @Test
  void aTaskFailedOnceIsRetriedWithoutLossOrDuplicates() throws IOException {
    Path input = dir.resolve("mix-2000.txt");
    Files.write(input, Files.readAllLines(TestSpark.mix10k()).subList(0, 2_000));
    AtomicInteger failures = new AtomicInteger();
    Set<Integer> attempts = ConcurrentHashMap.newKeySet();
    LineAnswers.beforeEachLine = line -> {
      if (line != FAILING_LINE) return;
      int attempt = TaskContext.get().attemptNumber();
      attempts.add(attempt);
      if (attempt == 0 && failures.incrementAndGet() == 1) {
        throw new IllegalStateException("failed on purpose, once");
      }
    };

    List<String> actual = job(input, dir, "--simplify", "none", "--partitions", "2");

    assertEquals(1, failures.get());
    assertEquals(Set.of(0, 1), attempts, "the failed task ran again");
    List<String> expected = batch(input, "--simplify", "none");
    assertEquals(2_000, expected.size());
    assertEquals(expected, actual, "every line once, in order");
    assertTrue(actual.get((int) FAILING_LINE - 1).startsWith("{\"line\":1700,"));
  }
}
