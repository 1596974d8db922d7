package dev.leibniz.cli;

import dev.leibniz.error.LeibnizException;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * An option's value that is not one ({@code --at x=abc}, {@code --at "x=[1,"},
 * {@code --shape "W: 3y4"}) is a usage error: exit status 2, the message with its caret display
 * when it has one, then the hint to ask for help (README, "Exit codes"). A {@code where} clause
 * inside the expression is input, not an option: its errors stay the expression's (exit 1).
 */
final class BadOptionValue {
  private BadOptionValue() {}

  /** The value {@code reading} reads from an option of {@code command}; its failure a usage error. */
  static <T> T read(CommandSpec command, Supplier<T> reading) {
    try {
      return reading.get();
    } catch (LeibnizException e) {
      throw usage(command, e);
    }
  }

  /** {@code e} as a usage error of {@code command}, its caret display kept. */
  static ParameterException usage(CommandSpec command, LeibnizException e) {
    // The message with its caret display, less the "error: " the usage handler writes.
    return new ParameterException(command.commandLine(), e.display().replaceFirst("^error: ", ""));
  }
}
