package dev.leibniz.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code leibniz} command: {@code diff}, {@code eval}, {@code print}, {@code simplify},
 * {@code grad}, {@code hessian}, {@code graph}, {@code codegen}, {@code batch},
 * {@code backprop} and {@code repl}; with no arguments at all, the REPL.
 *
 * <p>Exit codes, as README.md's table: 0 success; 1 a bad expression or an evaluation error
 * (the message with a caret goes to standard error), a failed check, a failed batch or REPL
 * line, or a partial that cannot be given; 2 a usage error (an unknown option, a missing
 * argument, an option's value that is not one).
 *
 * <pre>
 * leibniz diff 'e^&lt;xz&gt;+xz/ln(x)+sin(ln(x))/(xz)' --wrt x
 * leibniz eval 'x^2' --at x=3
 * leibniz batch exprs.txt --format jsonl
 * </pre>
 */
@Command(name = "leibniz", mixinStandardHelpOptions = true, version = Main.VERSION,
    sortOptions = false, usageHelpAutoWidth = true,
    description = "Symbolic differentiation with exact, readable answers. "
        + "With no arguments, starts the interactive prompt.",
    footer = {"", "Examples:",
        "  leibniz diff 'e^<xz>+xz/ln(x)+sin(ln(x))/(xz)' --wrt x",
        "  leibniz diff 'x^3*z^2' --wrt x --wrt z",
        "  leibniz eval 'ln(x)' --at x=2",
        "  leibniz grad 'x^2*z' --at x=2,z=3",
        "  leibniz codegen 'x^2*z' --lang c",
        "  leibniz batch exprs.txt --format jsonl",
        "", "Exit codes:",
        "  0  ok",
        "  1  a bad expression, an evaluation error, a failed check, a failed batch or",
        "     REPL line, or a partial that cannot be given (its line says why)",
        "  2  a usage error: an unknown command or option, a missing argument, an",
        "     option's value that is not one (--at x=abc, --shape \"W: 3y4\")"})
public final class Main implements Callable<Integer> {
  /** The version line that {@code --version} prints. */
  public static final String VERSION = "leibniz 0.1.0";

  /** Exit code for a bad expression, an evaluation error or a failed batch line. */
  public static final int EXIT_ERROR = 1;

  private final InputStream in;

  /** A command reading standard input. */
  public Main() {
    this(System.in);
  }

  /** A command reading {@code in} where it reads standard input (batch {@code -}, the REPL). */
  public Main(InputStream in) {
    this.in = in;
  }

  /** Standard input, or what a test put in its place. */
  InputStream in() {
    return in;
  }

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    return Repl.run(in, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    StartAhead.startFor(args);
    PrintWriter out = new StandardOutput(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    // Every stage fits the default stack at the nesting limit (docs/ARCHITECTURE.md, "Depth").
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line with the given streams and returns its exit code; never throws and
   * never prints a stack trace.
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    int code;
    try {
      code = commandLine(in, out, err, Subcommands.neededBy(args)).execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Last resort: a bug of ours, or a resource exhausted outside any expression handler.
      // The user gets one line, never a stack trace.
      err.println(Failures.internal(e));
      code = EXIT_ERROR;
    }
    out.flush();
    // A closed pipe (| head) ends a filter quietly; a full disk lost answers: the run failed.
    if (out.checkError() && !(out instanceof StandardOutput so && so.readerGone())) {
      err.println("error: cannot write the output");
      code = EXIT_ERROR;
    }
    err.flush();
    return code;
  }

  /** The configured picocli command line with every subcommand ({@link Subcommands}). */
  public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    return commandLine(in, out, err, Subcommands.names());
  }

  /** The configured command line with the subcommands {@code names}, for {@link #run}. */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err,
      Collection<String> names) {
    CommandLine cmd = new CommandLine(new Main(in));
    for (String name : names) cmd.addSubcommand(name, Subcommands.make(name));
    cmd.setOut(out);
    cmd.setErr(err);
    addStandardHelpOptions(cmd);
    // "leibniz diff -x^2": an unknown argument is a positional one, an expression, unless it
    // looks like an option ("--foo", "-q"), which is a usage error.
    cmd.setUnmatchedOptionsArePositionalParams(true);
    cmd.setExecutionStrategy(OptionLikeArguments.refusing(new CommandLine.RunLast()));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(Failures.describe(e, line.getCommandName()));
      return EXIT_ERROR;
    });
    cmd.setParameterExceptionHandler((e, args) -> {
      CommandLine line = e.getCommandLine();
      line.getErr().println("error: " + OptionLikeArguments.message(e, args));
      line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help'.");
      return CommandLine.ExitCode.USAGE;
    });
    return cmd;
  }

  /**
   * {@code -h}/{@code --help} and {@code -V}/{@code --version} on every subcommand as on the
   * top one, so that {@code diff -h} is diff's help, not the derivative of {@code -h}.
   */
  private static void addStandardHelpOptions(CommandLine cmd) {
    Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (CommandLine sub : cmd.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      // An alias ("simplify") is the same command; "help" has its own -h.
      if (!seen.add(sub) || spec.findOption("--help") != null) continue;
      spec.mixinStandardHelpOptions(true);
      spec.version(VERSION);
    }
  }
}
