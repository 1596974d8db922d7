package dev.leibniz.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code leibniz repl}: the interactive prompt; type {@code :help} there for its commands. */
@Command(name = "repl", description = {"Start the interactive prompt (type :help in it).",
    "On a pipe: one result per line, errors on standard error."})
final class ReplCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Main main;

  @Override
  public Integer call() {
    return Repl.run(main.in(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
