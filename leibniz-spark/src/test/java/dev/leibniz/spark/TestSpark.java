package dev.leibniz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * What the Spark tests share: one session on {@code local[2,2]} (two cores; a task may fail
 * once and run again), {@code leibniz batch} as the reference, and the job's part files read
 * back in line order.
 */
final class TestSpark {
  private static SparkSession spark;

  private TestSpark() {}

  /** The session, started on first use; Spark stops it when the JVM exits. */
  static synchronized SparkSession session() {
    if (spark == null) {
      spark = SparkSession.builder().master("local[2,2]").appName("leibniz-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
    }
    return spark;
  }

  /** The lines {@code leibniz batch FILE --format jsonl OPTIONS} writes. */
  static List<String> batch(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of("batch", file.toString(), "--format", "jsonl",
        "--threads", "2"));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(args.toArray(new String[0]), InputStream.nullInputStream(), new PrintWriter(out),
        new PrintWriter(err));
    assertEquals("", err.toString().replaceAll("\\d+ ok, \\d+ errors? in [\\d.]+ s\\R", ""));
    return out.toString().lines().toList();
  }

  /** Runs the job on {@code input} into a new directory of {@code dir}; its part files' lines. */
  static List<String> job(Path input, Path dir, String... options) {
    Path output = dir.resolve("out-" + System.nanoTime());
    List<String> args = new ArrayList<>(List.of(input.toString(), output.toString()));
    args.addAll(List.of(options));
    DifferentiateJob.run(session(), JobOptions.parse(args.toArray(new String[0])));
    return partFiles(output);
  }

  /** The lines of the part files of {@code output}, in file order. */
  static List<String> partFiles(Path output) {
    try (Stream<Path> files = Files.list(output)) {
      List<String> lines = new ArrayList<>();
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-"))
          .sorted().toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern LINE = Pattern.compile("^\\{\"line\":(\\d+),");

  /** JSON Lines records sorted by their {@code "line"} field. */
  static List<String> sortedByLine(List<String> records) {
    List<String> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparingLong(TestSpark::lineOf));
    return sorted;
  }

  static long lineOf(String record) {
    Matcher m = LINE.matcher(record);
    if (!m.find()) throw new AssertionError("not a batch record: " + record);
    return Long.parseLong(m.group(1));
  }

  /** mix-10k.txt, the throughput workload, from the core's test resources. */
  static Path mix10k() {
    return Path.of("../leibniz-core/src/test/resources/bench/mix-10k.txt");
  }

  /**
   * Blocks until the thread is interrupted, then sets the flag again, so that the computation
   * that follows stops at its first poll: a row slower than any budget, on any machine.
   */
  static void holdUntilInterrupted() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
