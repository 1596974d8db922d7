package dev.leibniz.cli;

import dev.leibniz.BatchLine;
import java.util.List;

/**
 * Loads and initialises the library's classes on a second thread while the main thread is
 * still starting the command line (picocli reads its annotations, the batch opens its file):
 * the parser's tables, the differentiator, the printer. A batch's first line otherwise does
 * that work on the first worker, alone, while every other core waits (other workers block on
 * the same class initialisations), so it is serial time at the start of every batch; done
 * ahead it runs on a core that would be idle then. The line computed is thrown away: its
 * answer depends on nothing shared (parser kits are per thread). Two threads initialising the
 * library's classes at once is safe only while no two of their static initialisers need each
 * other (none do today; a cycle would be a deadlock here). Whatever the work ahead throws is
 * dropped: the batch meets the same problem, if it is one, on its own thread and reports it.
 */
final class StartAhead {
  /** Differentiated ahead: a sum, a product, a quotient, a power and functions of each kind. */
  static final String LINE = "x^2*sin(x)/ln(x) + e^(x*y) - sqrt(x + 1)*tanh(2*x)";

  private StartAhead() {}

  /**
   * Starts the work ahead, on a daemon thread, for a command line that begins with
   * {@code batch}, and returns that thread; null (nothing started) for any other command.
   */
  static Thread startFor(String[] args) {
    if (args.length == 0 || !"batch".equals(args[0])) return null;
    Thread thread = new Thread(StartAhead::answerQuietly, "leibniz-start-ahead");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void answerQuietly() {
    try {
      answer();
    } catch (Throwable dropped) {
      // Nothing to report here: no stack trace may reach the user (see the class comment).
    }
  }

  /** d/dx of {@link #LINE} as a batch writes it, canonical form only: the work done ahead. */
  static String answer() {
    BatchLine.Settings settings = new BatchLine.Settings(List.of("x"), 1, false, false, false);
    return BatchFormat.PLAIN.write(BatchLine.answer(1, LINE, settings));
  }
}
