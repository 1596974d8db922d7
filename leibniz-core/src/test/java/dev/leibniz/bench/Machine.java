package dev.leibniz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** What a benchmark ran on: processors, CPU model, JDK, date and load, for BENCHMARKS.md. */
final class Machine {
  private Machine() {}

  static String describe() {
    return String.format("machine: %d processors, %s; JDK %s (%s); %s",
        Runtime.getRuntime().availableProcessors(), cpuModel(),
        System.getProperty("java.vm.version"), System.getProperty("java.vm.name"),
        LocalDate.now());
  }

  /** The 1-, 5- and 15-minute load averages, or "?" where /proc is missing. */
  static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
      }
    } catch (IOException e) {
      // not Linux: say so below
    }
    return System.getProperty("os.arch");
  }
}
