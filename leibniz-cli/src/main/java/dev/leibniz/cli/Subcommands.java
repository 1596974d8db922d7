package dev.leibniz.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code leibniz}, by name in the order its help lists them, each made when
 * a command line needs it. Picocli builds a command's model by reflecting over its class and
 * annotations, interpreted code at a JVM's start: a run that names its subcommand first
 * ({@code leibniz batch FILE}) registers that one alone (measured: the full set took 80 to
 * 100 ms more of a start of about 0.3 s, the batch's alone 25 to 35 ms). Each name here is
 * its command's own {@code @Command(name = ...)} ({@code SubcommandsTest}).
 */
final class Subcommands {
  private static final Map<String, Supplier<Object>> ALL = all();

  private Subcommands() {}

  private static Map<String, Supplier<Object>> all() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("diff", DiffCommand::new);
    all.put("eval", EvalCommand::new);
    all.put("print", PrintCommand::new);
    all.put("simplify", SimplifyCommand::new);
    all.put("grad", GradCommand::new);
    all.put("hessian", HessianCommand::new);
    all.put("graph", GraphCommand::new);
    all.put("codegen", CodegenCommand::new);
    all.put("batch", BatchCommand::new);
    all.put("backprop", BackpropCommand::new);
    all.put("repl", ReplCommand::new);
    all.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(all);
  }

  /** Every subcommand's name, in help's order. */
  static Collection<String> names() {
    return ALL.keySet();
  }

  /** A new instance of the subcommand {@code name}, one of {@link #names()}. */
  static Object make(String name) {
    return ALL.get(name).get();
  }

  /**
   * The subcommands a run with {@code args} needs: the one its first argument names, or all of
   * them when it names none (no arguments: the REPL; {@code --help}; an unknown command, which
   * picocli answers with the names it knows) or names {@code help} (which describes the others).
   */
  static Collection<String> neededBy(String[] args) {
    if (args.length > 0 && !"help".equals(args[0]) && ALL.containsKey(args[0])) {
      return List.of(args[0]);
    }
    return names();
  }
}
