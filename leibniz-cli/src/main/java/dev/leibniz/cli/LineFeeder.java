package dev.leibniz.cli;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;

/**
 * The reading side of {@link BatchRunner}: reads lines, starts a job for each expression line
 * and queues every line, in order, in the bounded window; {@link #END} closes the window. Blank
 * lines and comment lines ({@code #} first) are answered on the spot.
 */
final class LineFeeder implements Runnable {
  /** Marks the end of the input in the window. */
  static final BatchJob END = new BatchJob(-1, "", Outcome.passedOver(null));

  /** Starts the job for one expression line, blocking while too many compute. */
  interface Starter {
    BatchJob start(long number, String line) throws InterruptedException;
  }

  private final InputLines in;
  private final BlockingQueue<BatchJob> window;
  private final BatchFormat format;
  private final Starter starter;
  private volatile IOException failure;

  LineFeeder(InputLines in, BlockingQueue<BatchJob> window, BatchFormat format,
      Starter starter) {
    this.in = in;
    this.window = window;
    this.format = format;
    this.starter = starter;
  }

  /** The reading error that ended the input early, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public void run() {
    try {
      try {
        feed();
      } catch (IOException e) {
        failure = e;
      } finally {
        window.put(END);
      }
    } catch (InterruptedException e) {
      // The writer stopped early (its output closed): nothing more to do.
      Thread.currentThread().interrupt();
    }
  }

  private void feed() throws IOException, InterruptedException {
    String line;
    long number = 0;
    while ((line = in.next()) != null) {
      number++;
      if (InputLines.withoutComment(line).isBlank()) {
        // Passed through as it is, but a lone CR as a space: still one line for any reader.
        Outcome passedOver = Outcome.passedOver(format.passOver(line.replace('\r', ' ')));
        window.put(new BatchJob(number, line, passedOver));
      } else {
        window.put(starter.start(number, line));
      }
    }
  }
}
