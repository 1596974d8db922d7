package dev.leibniz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A line counter on standard error while a batch runs ({@code \r  12,345 lines}), shown only
 * when standard error is a terminal, standard output is not, and the input is a file. Closing it
 * erases the counter.
 */
final class Progress implements AutoCloseable {
  private static final Progress NONE = new Progress(null, null);

  private final ScheduledExecutorService ticker;
  private final PrintWriter err;

  private Progress(ScheduledExecutorService ticker, PrintWriter err) {
    this.ticker = ticker;
    this.err = err;
  }

  /** Starts showing {@code count} on {@code err}, if the conditions above hold. */
  static Progress start(boolean inputIsFile, AtomicLong count, PrintWriter err) {
    // With the answers going to the same terminal, the counter would mix into them.
    if (!inputIsFile || !isTerminal(2) || isTerminal(1)) return NONE;
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "leibniz-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> {
      err.printf("\r  %,d lines", count.get());
      err.flush();
    }, 500, 250, TimeUnit.MILLISECONDS);
    return new Progress(ticker, err);
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
