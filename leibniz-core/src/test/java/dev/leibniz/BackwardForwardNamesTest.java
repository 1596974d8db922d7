package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A forward value in a backward equation is written by the name of its line, as the recitation
 * writes the sigmoid's derivative with the activation, {@code z1 .* (1 - z1)}: every forward
 * value is known when the backward equations run. Each program is also run at a point, its
 * backward values proven against finite differences of L.
 */
class BackwardForwardNamesTest {
  @Test
  void theNotesMlpWritesTheActivationByItsName() {
    Program p = Program.parse("x: 1x3, W1: 3x4, b1: 1x4, W2: 4x2, b2: 1x2, y: 1x2\n"
        + "h1 = x W1 + b1\nz1 = sigmoid(h1)\nz2 = z1 W2 + b2\nloss = norm2(z2 - y)^2/4\n");
    assertEquals(List.of(
        "dL/dz2 = (z2 - y)/2   [1x2]",
        "dL/dy = -(z2 - y)/2   [1x2]",
        "dL/dz1 = dL/dz2*W2'   [1x4]",
        "dL/dW2 = z1'*dL/dz2   [4x2]",
        "dL/db2 = dL/dz2   [1x2]",
        "dL/dh1 = dL/dz1 .* z1 .* (ones(1, 4) - z1)   [1x4]",
        "dL/dx = dL/dh1*W1'   [1x3]",
        "dL/dW1 = x'*dL/dh1   [3x4]",
        "dL/db1 = dL/dh1   [1x4]"), p.backward(Layout.GRADIENT));
    ProgramRun run = p.run(Layout.GRADIENT, Map.of(
        "x", new double[][] {{1, -2, 0.5}},
        "W1", new double[][] {{0.1, 0.2, -0.3, 0.4}, {0.4, -0.5, 0.6, 0.1},
            {0.7, 0.8, -0.9, 0.2}},
        "b1", new double[][] {{0.1, 0.1, -0.2, 0.3}},
        "W2", new double[][] {{0.5, -0.4}, {0.3, 0.2}, {-0.1, 0.2}, {0.6, -0.7}},
        "b2", new double[][] {{0.05, -0.05}},
        "y", new double[][] {{1, 0}}));
    assertTrue(run.ok(), run.summary());
    assertTrue(run.summary().contains("31 input entries"), run.summary());
  }

  @Test
  void aSoftmaxOutputIsWrittenByItsName() {
    Program p = Program.parse("x: 3, W: 2x3, b: 2, y: 2\ns = softmax(W x + b)\n"
        + "L = -sum(y .* ln(s))\n");
    assertEquals(List.of(
        "dL/ds = -y ./ s   [2]",
        "dL/dy = -ln(s)   [2]",
        "dL/dW = s .* (dL/ds - s'*dL/ds*ones(2))*x'   [2x3]",
        "dL/dx = W'*(s .* (dL/ds - s'*dL/ds*ones(2)))   [3]",
        "dL/db = s .* (dL/ds - s'*dL/ds*ones(2))   [2]"), p.backward(Layout.GRADIENT));
    ProgramRun run = p.run(Layout.GRADIENT, Map.of(
        "x", new double[][] {{1}, {-2}, {0.5}},
        "W", new double[][] {{0.5, -0.4, 0.3}, {-0.1, 0.2, 0.6}},
        "b", new double[][] {{0.05}, {-0.05}},
        "y", new double[][] {{1}, {0}}));
    assertTrue(run.ok(), run.summary());
  }

  /** A line that only renames another value is not a name to write: nothing is shorter. */
  @Test
  void aRenamingLineIsNotWrittenForTheValueItCopies() {
    Program p = Program.parse("x: 3\nh = x\nL = sum(exp(h) .* x)\n");
    assertEquals(List.of(
        "dL/dh = x .* exp(h)   [3]",
        "dL/dx = exp(h)   [3]",
        "dL/dx += dL/dh   [3]"), p.backward(Layout.GRADIENT));
    assertTrue(p.run(Layout.GRADIENT, Map.of("x", new double[][] {{1}, {-2}, {0.5}})).ok());
  }
}
