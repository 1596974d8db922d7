package dev.leibniz.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A line counter on standard error while a batch runs, shown only when standard error is a
 * terminal, standard output is not, and the input is a file: {@code \r  12,345 / 80,000 lines
 * (15%)}, or {@code \r  12,345 lines} until the file's lines are counted (a pass over its bytes
 * on a thread of its own, so the run never waits for it). Closing it erases the counter.
 */
final class Progress implements AutoCloseable {
  private static final Progress NONE = new Progress(null, null);

  private final ScheduledExecutorService ticker;
  private final PrintWriter err;

  private Progress(ScheduledExecutorService ticker, PrintWriter err) {
    this.ticker = ticker;
    this.err = err;
  }

  /**
   * Starts showing {@code count} on {@code err}, if the conditions above hold.
   *
   * @param file the input file, or null for standard input
   */
  static Progress start(Path file, AtomicLong count, PrintWriter err) {
    // With the answers going to the same terminal, the counter would mix into them.
    if (file == null || !isTerminal(2) || isTerminal(1)) return NONE;
    AtomicLong total = new AtomicLong(-1);
    Thread counter = new Thread(() -> total.set(countLines(file)), "leibniz-line-count");
    counter.setDaemon(true);
    counter.start();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "leibniz-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> {
      err.print("\r" + text(count.get(), total.get()));
      err.flush();
    }, 500, 250, TimeUnit.MILLISECONDS);
    return new Progress(ticker, err);
  }

  /** The counter: {@code   12,345 / 80,000 lines (15%)}, or without a total when it is -1. */
  static String text(long done, long total) {
    if (total < 0) return String.format(Locale.ROOT, "  %,d lines", done);
    long percent = total == 0 ? 100 : Math.min(100, done * 100 / total);
    return String.format(Locale.ROOT, "  %,d / %,d lines (%d%%)", done, total, percent);
  }

  /**
   * The lines of {@code file} as the batch reads them ({@link InputLines}): one per LF, and a
   * last one without it; -1 if the file cannot be read.
   */
  static long countLines(Path file) {
    long lines = 0;
    int last = '\n';
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
        last = buffer[n - 1];
      }
    } catch (IOException | SecurityException e) {
      return -1;
    }
    return last == '\n' ? lines : lines + 1;
  }

  @Override
  public void close() {
    if (ticker == null) return;
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    err.print("\r\033[K");
    err.flush();
  }

  /**
   * True when file descriptor {@code fd} is a terminal. Java has no isatty for one stream, so
   * this asks Linux where the descriptor points; elsewhere it answers false: no progress shown.
   */
  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
