package dev.leibniz.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;

/**
 * The reading side of {@link BatchRunner}: reads lines, starts a job for each expression line
 * and queues every line, in order, in the bounded window; {@link #END} closes the window. Blank
 * lines and {@code #} comments are answered on the spot.
 */
final class LineFeeder implements Runnable {
  /** Marks the end of the input in the window. */
  static final BatchJob END = new BatchJob(-1, "", Outcome.passedOver(null));

  /** Starts the job for one expression line, blocking while too many compute. */
  interface Starter {
    BatchJob start(long number, String line) throws InterruptedException;
  }

  private final BufferedReader in;
  private final BlockingQueue<BatchJob> window;
  private final BatchFormat format;
  private final Starter starter;
  private volatile IOException failure;

  LineFeeder(BufferedReader in, BlockingQueue<BatchJob> window, BatchFormat format,
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
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1) line = InputLines.stripBom(line);
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        window.put(new BatchJob(number, line, Outcome.passedOver(format.passOver(line))));
      } else {
        window.put(starter.start(number, line));
      }
    }
  }
}
