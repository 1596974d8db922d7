package dev.leibniz.cli;

import dev.leibniz.BatchLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz batch FILE|-}: the derivative of each line, one output line per input line in
 * input order, an {@code error: ...} line in place of a bad one; a bad line never stops the run.
 * Blank lines and comment lines are passed through as they are (in JSONL, left out), so
 * output line n answers input line n; a {@code # comment} may also follow an expression. Only
 * LF and CRLF end a line ({@link InputLines}). The exit status is 1 if any line failed; a summary such
 * as {@code 998 ok, 2 errors in 0.8 s} goes to standard error.
 *
 * <p>{@code --cse} writes each answer with its common subexpressions bound first, all on the
 * answer's line: {@code t1 = sin(x); cos(x)*cos(t1)*cos(sin(t1))}. {@code --check}
 * cross-checks each answer ({@link dev.leibniz.Derivative#check()}) and adds the verdict to its line
 * ({@code 2*x # check: ok — ...}; see {@link BatchFormat}); a failed check counts as an error.
 */
@Command(name = "batch", sortOptions = false,
    description = {"Differentiate each line of a file, in parallel, answers in input order.",
        "FILE - reads standard input. One output line per input line (LF or CRLF ends a",
        "line); blank and comment lines are passed through (left out in jsonl); a",
        "'# comment' may follow an expression. Summary on standard error.",
        "--cse: the bindings, then the result, on the answer's line: 't1 = ...; result'.",
        "--check: the verdict after the answer, 'cos(x) # check: ok — ...' (tsv: a third",
        "column; jsonl: \"check\":{\"ok\":true,\"summary\":...}, ok null if skipped);",
        "a failed check is an error."})
final class BatchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "one expression per line, or -")
  private String file;

  @Option(names = "--wrt", paramLabel = "VAR", converter = VariableNameConverter.class,
      description = "differentiate by VAR (repeatable: a mixed partial); without it, by a "
          + "line's only variable, or all partials 'd/dx = ...; d/dz = ...'")
  private List<String> wrt = new ArrayList<>();

  @Option(names = "--order", paramLabel = "N", defaultValue = "1",
      description = "differentiate N times (default: ${DEFAULT-VALUE})")
  private int order;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
      description = "plain, latex, tsv or jsonl (default: ${DEFAULT-VALUE})")
  private BatchFormat format;

  @Option(names = "--threads", paramLabel = "N",
      description = "lines computed at once (default: the number of processors)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "time allowed per line, its check included (default: ${DEFAULT-VALUE})")
  private double timeout;

  @Mixin
  private Simplification.Choice simplify;

  @Mixin
  private MatrixOptions matrix;

  @Option(names = "--cse", description = "bind common subexpressions first, on the answer's "
      + "line: 't1 = ...; ...; result' (jsonl: a \"cse\" field; not with --format latex)")
  private boolean cse;

  @Option(names = "--check", description = "cross-check each answer numerically (as diff "
      + "--check) and add the verdict; a failed check counts as an error")
  private boolean crossCheck;

  @Override
  public Integer call() {
    check(order >= 0, "--order must be 0 or more, not " + order);
    check(threads >= 1, "--threads must be 1 or more, not " + threads);
    check(timeout > 0 && timeout <= 1e6, "--timeout must be a positive number of seconds");
    check(!(cse && format == BatchFormat.LATEX), DiffCommand.CSE_IN_LATEX);
    List<String> variables = new ArrayList<>();
    for (String w : wrt) variables.add(Names.variable(w));
    BatchLine.Settings settings = new BatchLine.Settings(variables, order,
        simplify.chosen == Simplification.FULL, crossCheck, cse, matrix.shapes(), matrix.layout);
    BatchRunner runner = new BatchRunner(
        (number, line) -> answer(BatchLine.answer(number, line, settings)),
        (number, line) -> answer(BatchLine.timedOut(number, line, settings, timeout)),
        format, threads, timeout);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    AtomicLong written = new AtomicLong();
    BatchRunner.Summary summary;
    try (InputStream in = open();
        InputLines reader = InputLines.of(in);
        Progress progress = Progress.start("-".equals(file) ? null : Path.of(file), written,
            err)) {
      summary = runner.run(reader, out, written);
    } catch (IOException e) {
      err.println("error: cannot read " + file + ": " + e.getMessage());
      return Main.EXIT_ERROR;
    }
    int status = summary.errors() > 0 ? Main.EXIT_ERROR : 0;
    // Output that could not be written (| head closed it) stopped the run: no summary of it.
    if (out.checkError()) return status;
    double seconds = (System.nanoTime() - start) / 1e9;
    err.println(summary.ok() + " ok, " + summary.errors()
        + (summary.errors() == 1 ? " error" : " errors")
        + String.format(Locale.ROOT, " in %.1f s", seconds));
    return status;
  }

  /** The output line for one answered line: an error if it failed, or failed its check. */
  private Outcome answer(BatchLine line) {
    String text = format.write(line);
    return line.failed() ? Outcome.error(text) : Outcome.ok(text);
  }

  private InputStream open() throws IOException {
    if ("-".equals(file)) return main.in();
    try {
      return Files.newInputStream(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new dev.leibniz.error.LeibnizException("no such file: " + file);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new dev.leibniz.error.LeibnizException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private void check(boolean condition, String message) {
    if (!condition) throw new ParameterException(spec.commandLine(), message);
  }
}
