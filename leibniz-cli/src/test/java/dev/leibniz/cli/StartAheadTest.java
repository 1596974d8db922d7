package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartAheadTest {
  /** The line done ahead is answered, not an error (else only the error path would warm up). */
  @Test
  void theLineDoneAheadHasItsDerivative() {
    String answer = StartAhead.answer();
    assertFalse(answer.startsWith("error"), answer);
    for (double x : new double[] {0.4, 1.3, 2.7}) {
      Witness.assertPartial(StartAhead.LINE, List.of("x"), answer, Map.of("x", x, "y", 0.6));
    }
  }

  @Test
  void onlyABatchStartsWorkAhead() throws InterruptedException {
    Thread ahead = StartAhead.startFor(new String[] {"batch", "lines.txt", "--threads", "2"});
    assertNotNull(ahead);
    assertTrue(ahead.isDaemon(), "never keeps the JVM alive");
    ahead.join(300_000); // a hang guard: the work takes milliseconds
    assertFalse(ahead.isAlive(), "the work ahead ends");
    assertNull(StartAhead.startFor(new String[] {"diff", "x^2"}));
    assertNull(StartAhead.startFor(new String[] {"--version"}));
    assertNull(StartAhead.startFor(new String[] {}));
  }
}
