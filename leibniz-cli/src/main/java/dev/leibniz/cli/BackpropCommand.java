package dev.leibniz.cli;

import dev.leibniz.Layout;
import dev.leibniz.MatrixLiterals;
import dev.leibniz.Program;
import dev.leibniz.ProgramRun;
import dev.leibniz.error.LeibnizException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz backprop FILE [--layout numerator] [--at VALUES]}: the backward equations of a
 * program of forward equations, in reverse order, one per line with its shape; with
 * {@code --at}, the forward and backward pass at those inputs, each equation's value after it,
 * and the check against finite differences (exit 1 if it fails).
 */
@Command(name = "backprop", sortOptions = false,
    description = {"Backward equations of a program: declarations, then 'name = expression'",
        "lines in the order computed; the last line is the loss, or dL/d(last) is given.",
        "--at 'W=[[1,2],[3,4]], x=[1,2]': values of every input; prints each value and",
        "checks them against finite differences."})
final class BackpropCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "the program, or - for standard input")
  private String file;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "gradient",
      description = "gradient (each dL/dv shaped as v) or numerator (the recitation's "
          + "layout: row vectors) (default: ${DEFAULT-VALUE})")
  private Layout layout;

  @Option(names = "--at", paramLabel = "VALUES",
      description = "values of the inputs, e.g. \"W=[[1,2],[3,4]], x=[1,2]\"")
  private String at;

  @Override
  public Integer call() throws IOException {
    Program program = Program.parse(read());
    PrintWriter out = spec.commandLine().getOut();
    if (at == null) {
      program.backward(layout).forEach(out::println);
      return 0;
    }
    ProgramRun run = program.run(layout,
        BadOptionValue.read(spec, () -> MatrixLiterals.parse(at)));
    run.lines().forEach(out::println);
    out.println(run.summary());
    return run.ok() ? 0 : Main.EXIT_ERROR;
  }

  private String read() throws IOException {
    if ("-".equals(file)) return new String(main.in().readAllBytes(), StandardCharsets.UTF_8);
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new LeibnizException("no such file: " + file);
    }
  }
}
