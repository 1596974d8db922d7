package dev.leibniz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void batchOptionsAndDefaults() {
    JobOptions o = JobOptions.parse("in.txt", "out", "--wrt", "θ", "--wrt", "x", "--order", "2",
        "--simplify", "none", "--check", "--timeout", "2.5");
    assertEquals(List.of("theta", "x"), o.wrt);
    assertEquals(2, o.order);
    assertFalse(o.simplify);
    assertTrue(o.check);
    assertEquals(2.5, o.timeout);
    assertEquals("text", o.inputFormat);
    assertEquals("jsonl", o.format);
    assertEquals("input", o.column);
  }

  @Test
  void inputFormatFollowsTheExtension() {
    assertEquals("jsonl", JobOptions.parse("a.jsonl", "out").inputFormat);
    assertEquals("parquet", JobOptions.parse("dir.parquet/", "out").inputFormat);
    assertEquals("parquet", JobOptions.parse("a.txt", "out", "--input-format", "parquet").inputFormat);
  }

  @Test
  void wrongOptionsSayWhatIsWrong() {
    assertEquals("--order must be a whole number, 0 or more, not -1", message("--order", "-1"));
    assertEquals("--timeout must be a positive number of seconds, not 0", message("--timeout", "0"));
    assertEquals("--format must be one of jsonl, parquet, not csv", message("--format", "csv"));
    assertEquals("unknown option --threads", message("--threads", "2"));
    assertEquals("--wrt needs a value", message("--wrt"));
    assertEquals("unknown option --bogus", message("--bogus"));
    assertEquals("give INPUT and OUTPUT", assertThrows(JobOptions.UsageException.class,
        () -> JobOptions.parse("only-input")).getMessage());
  }

  private static String message(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "in.txt";
    args[1] = "out";
    System.arraycopy(options, 0, args, 2, options.length);
    return assertThrows(JobOptions.UsageException.class, () -> JobOptions.parse(args))
        .getMessage();
  }
}
