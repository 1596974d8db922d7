package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code θ} and {@code theta} are one variable on the command line's vector side too: in a
 * {@code where} clause, {@code --shape}, {@code --wrt}, {@code --at}, a batch and a program.
 * Before, {@code diff "θ' θ where θ: 3" --wrt θ} answered {@code d/dtheta = 0   [scalar]}.
 */
class GreekMatrixNamesCliTest {
  @Test
  void diffByEitherSpellingUnderEitherDeclaration() {
    for (String by : List.of("θ", "theta")) {
      for (String[] args : List.of(new String[] {"diff", "θ' θ where θ: 3", "--wrt", by},
          new String[] {"diff", "theta' θ where θ: 3", "--wrt", by},
          new String[] {"diff", "θ' θ", "--shape", "θ: 3", "--wrt", by},
          new String[] {"diff", "θ' θ", "--shape", "theta: 3", "--wrt", by})) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.code(), r.err());
        assertEquals("d/dtheta = 2*theta   [3]", r.text(), String.join(" ", args));
      }
    }
  }

  @Test
  void checkedAndPrintedInLatex() {
    CliRun checked = CliRun.of("diff", "θ' θ where θ: 3", "--wrt", "θ", "--check");
    assertEquals(0, checked.code(), checked.err());
    assertEquals("d/dtheta = 2*theta   [3]\nd/dtheta check: ok — symbolic, reverse mode and finite "
        + "differences agree on 9 entries at 3 random points", checked.text().replaceAll(
            " \\(largest relative gap .*\\)$", ""));
    CliRun latex = CliRun.of("diff", "θ' θ where θ: 3", "--wrt", "θ", "--format", "latex");
    assertEquals("\\frac{\\partial f}{\\partial \\theta} = 2 \\mathbf{\\theta}", latex.text());
  }

  @Test
  void gradAtAValueGivenUnderEitherSpelling() {
    for (String key : List.of("θ", "theta")) {
      CliRun r = CliRun.of("grad", "sum(θ .^ 2) where θ: 2", "--at", key + "=[1,2]");
      assertEquals(0, r.code(), r.err());
      assertEquals("value = 5\nd/dtheta = [2, 4]", r.text());
    }
  }

  @Test
  void batchByEitherSpelling() {
    for (String by : List.of("θ", "theta")) {
      CliRun r = CliRun.withInput("θ' θ where θ: 3\n", "batch", "--wrt", by, "-");
      assertEquals(0, r.code(), r.err());
      assertEquals("d/dtheta = 2*theta   [3]", r.text());
    }
  }

  @Test
  void backpropWithAGreekInputGivenUnderEitherSpelling(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("p.txt");
    Files.writeString(p, "θ: 3\nL = sum(θ .^ 2)\n");
    for (String key : List.of("θ", "theta")) {
      CliRun r = CliRun.of("backprop", p.toString(), "--at", key + "=[1,2,3]");
      assertEquals(0, r.code(), r.err());
      assertEquals("dL/dtheta = 2*theta   [3]   = [2, 4, 6]", r.out().lines().findFirst()
          .orElseThrow());
    }
  }

  @Test
  void backpropRefusesAnUndeclaredNameAtItsColumn(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("p.txt");
    Files.writeString(p, "w: 2\nL = sum(w)*s\n");
    CliRun r = CliRun.of("backprop", p.toString());
    assertEquals(1, r.code());
    assertEquals("error: line 2: 's' is neither declared nor defined by a line above (a scalar "
        + "input is declared too: 's: 1') at column 12\n  L = sum(w)*s\n             ^\n",
        r.err());
  }
}
