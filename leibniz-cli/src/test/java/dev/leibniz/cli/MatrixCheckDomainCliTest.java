package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code diff --check} and {@code batch --check} of vectors and matrices compare entries at
 * points inside the domain, drawn as widely as a scalar check draws, and say a check that found
 * none was skipped (not "ok": nothing was proven), with exit status 0 and counted ok in a batch
 * as a scalar check is (nothing disagreed). The derivatives are proven numerically by the core's
 * MatrixCheckDomainTest.
 */
class MatrixCheckDomainCliTest {
  private static List<String> lines(CliRun r) {
    return r.out().lines().toList();
  }

  @Test
  void lnAndSqrtOfAVectorAreComparedOnEveryEntry() {
    for (String f : List.of("sum(ln(x)) where x: 4", "sum(sqrt(x)) where x: 4")) {
      CliRun r = CliRun.of("diff", f, "--wrt", "x", "--check");
      assertEquals(0, r.code(), r.out() + r.err());
      assertTrue(lines(r).get(1).startsWith("d/dx check: ok — symbolic, reverse mode and finite "
          + "differences agree on 12 entries at 3 random points"), r.out());
    }
    CliRun w = CliRun.of("diff", "sum(ln(W x)) where W: 3x4, x: 4", "--wrt", "W", "--check");
    assertEquals(0, w.code(), w.out() + w.err());
    assertEquals("d/dW = ones(3) ./ (W*x)*x'   [3x4]", lines(w).get(0));
    assertTrue(lines(w).get(1).contains("agree on 36 entries"), w.out());
  }

  @Test
  void aDomainAwayFromTheFirstRangesIsFoundAsAScalarCheckFindsIt() {
    // Every entry of x must exceed 2 at once: rare in [0.2, 3], common in [0.2, 10].
    CliRun r = CliRun.of("diff", "sum(ln(x - 2*ones(4))) where x: 4", "--wrt", "x", "--check");
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("d/dx = ones(4) ./ (x - 2*ones(4))   [4]", lines(r).get(0));
    assertTrue(lines(r).get(1).startsWith("d/dx check: ok — symbolic, reverse mode and finite "
        + "differences agree on 12 entries at 3 random points"), r.out());
  }

  @Test
  void aFunctionWithoutDomainIsSkippedAsAScalarCheckIs() {
    CliRun r = CliRun.of("diff", "sum(sqrt(-x .* x - ones(4))) where x: 4", "--wrt", "x",
        "--check");
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("d/dx check: skipped — no point in the domain was found", lines(r).get(1));
    assertEquals("", r.err());
  }

  @Test
  void batchSaysSkippedAsForAScalarLine() {
    CliRun r = CliRun.withInput("sum(ln(x)) where x: 4\nsum(sqrt(-x .* x - ones(4))) where x: 4\n",
        "batch", "-", "--check");
    List<String> out = lines(r);
    assertEquals(2, out.size(), r.out());
    assertTrue(out.get(0).contains(" # check: ok — ") && out.get(0).contains("12 entries"),
        out.get(0));
    assertTrue(out.get(1).endsWith(" # check: skipped — no point in the domain was found"),
        out.get(1));
    // As a scalar line whose domain has no point: reported, not counted as an error.
    assertTrue(r.err().startsWith("2 ok, 0 errors"), r.err());
  }
}
