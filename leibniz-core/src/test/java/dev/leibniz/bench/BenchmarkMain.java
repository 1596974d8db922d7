package dev.leibniz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmark suite and prints BENCHMARKS.md's tables: the machine, every benchmark's
 * median with allocated bytes per operation (JMH's gc profiler), the ratios issue 6 sets goals
 * for, and the swell families' sizes. Started by {@code bench/run}:
 *
 * <pre>
 * bench/run                       # the whole suite, about 25 minutes
 * bench/run Lecture Gradient      # JMH options: benchmarks matching these patterns
 * bench/run -wi 1 -i 2 Mix        # any JMH option
 * bench/run --sizes               # the swell families' sizes only
 * </pre>
 *
 * <p>Raw results go to {@code bench.json} in the build directory (system property
 * {@code bench.result} overrides).
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException,
      IOException {
    if (args.length == 1 && args[0].equals("--sizes")) {
      SwellSizes.print(System.out);
      return;
    }
    CommandLineOptions command = new CommandLineOptions(args);
    String result = System.getProperty("bench.result", "target/bench.json");
    Files.createDirectories(Path.of(result).toAbsolutePath().getParent());
    ChainedOptionsBuilder options = new OptionsBuilder().parent(command)
        .resultFormat(ResultFormatType.JSON).result(result);
    if (command.getIncludes().isEmpty()) options.include(BenchmarkMain.class.getPackageName());
    if (command.getProfilers().isEmpty()) options.addProfiler(GCProfiler.class);
    String loadBefore = Machine.load();
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.println(Machine.describe());
    System.out.println("load average before: " + loadBefore + "; after: " + Machine.load());
    System.out.println();
    Summary.print(results, System.out);
    if (results.stream().anyMatch(r -> r.getParams().getBenchmark().contains("SwellBench"))) {
      System.out.println();
      SwellSizes.print(System.out);
    }
  }
}
