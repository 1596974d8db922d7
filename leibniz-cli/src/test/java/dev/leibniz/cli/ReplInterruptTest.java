package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Ctrl-C in the REPL stops the line computing and keeps the session. */
class ReplInterruptTest {
  /**
   * A line whose derivative grows past the size limit after some seconds of work: uninterrupted
   * it ends with that error, never with "interrupted".
   */
  private static final String LONG_LINE =
      "d8/dx8 sin(sin(sin(sin(sin(sin(sin(sin(sin(x)))))))))";

  private final ReplSession session = new ReplSession(true);

  private void startSession() {
    session.handle("f := x^2 + 1");
    session.handle(":at x=2");
    assertEquals("3*x^2   [= 12.0 ✓]", session.handle("x^3"));
  }

  private void assertSessionKept() {
    assertEquals("6*x   [= 12.0 ✓]", session.handle("ans"), "ans is still 3*x^2");
    assertEquals("2*x   [= 4.0 ✓]", session.handle("f"), "f and the point are kept");
  }

  @Test
  void anInterruptedLineStopsAndChangesNothing() throws Exception {
    startSession();
    AtomicReference<String> reply = new AtomicReference<>();
    Thread line = new Thread(() -> reply.set(session.handle(LONG_LINE)));
    line.start();
    line.interrupt();
    line.join();
    assertTrue(session.failed());
    assertEquals("error: interrupted", reply.get());
    assertSessionKept();
  }

  @Test
  void ctrlCDuringALineAnswersInterruptedAndKeepsTheSession() throws Exception {
    startSession();
    ReplWorker worker = new ReplWorker();
    AtomicReference<String> reply = new AtomicReference<>();
    Thread prompt = new Thread(() -> reply.set(worker.handle(session, LONG_LINE)));
    prompt.start();
    while (!worker.busy()) Thread.onSpinWait();
    worker.interrupt();
    prompt.join();
    assertEquals(ReplWorker.INTERRUPTED, reply.get());
    assertFalse(worker.busy());
    assertSessionKept();
    assertEquals("2*x", worker.handle(new ReplSession(false), "x^2"), "the next line runs");
  }

  @Test
  void aSecondCtrlCStopsWaitingForALineThatIgnoresTheFirst() throws Exception {
    ReplWorker worker = new ReplWorker();
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    AtomicReference<String> reply = new AtomicReference<>();
    Thread prompt = new Thread(() -> reply.set(worker.run(() -> {
      // A stage that never looks at the interrupt.
      while (release.getCount() > 0) Thread.onSpinWait();
      finished.set(true);
      return new ReplWorker.Reply("done", false);
    })));
    prompt.start();
    while (!worker.busy()) Thread.onSpinWait();
    worker.interrupt();
    worker.interrupt();
    prompt.join();
    assertEquals(ReplWorker.INTERRUPTED, reply.get());
    assertFalse(finished.get(), "the prompt came back while the line was still running");
    release.countDown();
  }

  @Test
  void aLineThatFinishesDespiteCtrlCShowsItsAnswer() throws Exception {
    ReplWorker worker = new ReplWorker();
    CountDownLatch interrupted = new CountDownLatch(1);
    AtomicReference<String> reply = new AtomicReference<>();
    Thread prompt = new Thread(() -> reply.set(worker.run(() -> {
      while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
      interrupted.countDown();
      return new ReplWorker.Reply("2*x", false);
    })));
    prompt.start();
    while (!worker.busy()) Thread.onSpinWait();
    worker.interrupt();
    interrupted.await();
    prompt.join();
    assertEquals("2*x", reply.get(), "an answer computed is an answer shown");
  }
}
