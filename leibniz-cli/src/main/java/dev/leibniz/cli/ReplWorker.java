package dev.leibniz.cli;

import java.util.function.Supplier;

/**
 * Runs each REPL line on a thread of its own so that Ctrl-C stops the computation and not the
 * session: {@link #interrupt()}, which the terminal's SIGINT handler calls, interrupts the line;
 * the stages of the computation stop at their next check of the interrupt, the line ends as
 * {@link #INTERRUPTED} and the session keeps its names, point and {@code ans}, which an
 * interrupted line never changes ({@link ReplSession}).
 *
 * <p>A second Ctrl-C on the same line stops waiting for it altogether, in case a stage does not
 * check the interrupt: the thread is left to finish on its own (it is a daemon), and whatever it
 * computes is dropped.
 */
final class ReplWorker {
  /** What the REPL shows for a line stopped by Ctrl-C. */
  static final String INTERRUPTED = "interrupted";

  /** What a line gave: the text to show, and whether it is an error. */
  record Reply(String text, boolean failed) {}

  private Line current;

  /**
   * The reply to {@code text}, computed on a new thread: {@link ReplSession#handle}'s reply, or
   * {@link #INTERRUPTED} if {@link #interrupt()} was called while it ran and the line failed or
   * was given up.
   */
  String handle(ReplSession session, String text) {
    return run(() -> {
      String reply = session.handle(text);
      return new Reply(reply, session.failed());
    });
  }

  /** Runs {@code work} as a line: on a new thread, interruptible as above. */
  String run(Supplier<Reply> work) {
    Line line = new Line();
    Thread worker = new Thread(() -> line.finish(work.get()), "leibniz-repl-line");
    worker.setDaemon(true);
    line.thread = worker;
    synchronized (this) {
      // Started before it is current, so that an interrupt never meets a thread not yet alive.
      worker.start();
      current = line;
    }
    try {
      return line.await();
    } finally {
      synchronized (this) {
        current = null;
      }
    }
  }

  /** Interrupts the line running, if any: the first time its computation, the second the wait. */
  void interrupt() {
    Line line;
    synchronized (this) {
      line = current;
    }
    if (line != null) line.interrupt();
  }

  /** True while a line is computing. */
  synchronized boolean busy() {
    return current != null;
  }

  /** One line's thread and outcome. */
  private static final class Line {
    private Thread thread;
    private int interrupts;
    private boolean done;
    private boolean failed;
    private String reply;

    synchronized void finish(Reply outcome) {
      reply = outcome.text();
      failed = outcome.failed();
      done = true;
      notifyAll();
    }

    synchronized void interrupt() {
      interrupts++;
      thread.interrupt();
      notifyAll();
    }

    synchronized String await() {
      boolean waitInterrupted = false;
      while (!done && interrupts < 2) {
        try {
          wait();
        } catch (InterruptedException e) {
          waitInterrupted = true;
        }
      }
      if (waitInterrupted) Thread.currentThread().interrupt();
      if (!done || (interrupts > 0 && failed)) return INTERRUPTED;
      return reply;
    }
  }
}
