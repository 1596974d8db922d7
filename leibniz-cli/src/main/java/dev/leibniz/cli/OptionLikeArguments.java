package dev.leibniz.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Tells an unknown option from an expression that starts with a minus sign. Picocli is told to
 * take any argument it does not know as a positional one, so that {@code diff "-x^2"} and
 * {@code eval -1} are expressions; this class then refuses, before anything runs, the positional
 * arguments that look like options: {@code --} and a letter ({@code --foo}, {@code --foo=1}), or
 * {@code -} and letters only ({@code -q}, {@code -xy}), as getopt would read them. Those exit 2
 * with a hint: an expression such as {@code -x} goes after {@code --}, and options before it
 * ({@code leibniz eval --at x=2 -- -x}).
 */
final class OptionLikeArguments {
  private static final Pattern OPTION_LIKE =
      Pattern.compile("--\\p{Alpha}[\\p{Alnum}-]*(=.*)?|-\\p{Alpha}+", Pattern.DOTALL);
  private static final String END_OF_OPTIONS = "--";

  private OptionLikeArguments() {}

  /** True for {@code --foo}, {@code --foo=1}, {@code -q}; false for {@code -1}, {@code -x^2}. */
  static boolean looksLikeOption(String argument) {
    return OPTION_LIKE.matcher(argument).matches();
  }

  /** {@code next}, run only once no positional argument before {@code --} looks like an option. */
  static IExecutionStrategy refusing(IExecutionStrategy next) {
    return parsed -> {
      List<String> quoted = afterEndOfOptions(parsed.originalArgs());
      for (ParseResult p = parsed; p != null; p = p.subcommand()) {
        for (PositionalParamSpec positional : p.matchedPositionals()) {
          for (String value : positional.originalStringValues()) {
            if (looksLikeOption(value) && !quoted.contains(value)) throw unknown(p, value);
          }
        }
      }
      return next.execute(parsed);
    };
  }

  /**
   * The message for arguments picocli could not place: an unknown option, named; options written
   * after {@code --}, with the command line that has them before it; else picocli's own message.
   */
  static String message(ParameterException e, String[] args) {
    if (!(e instanceof UnmatchedArgumentException u)) return e.getMessage();
    CommandLine line = e.getCommandLine();
    List<String> all = List.of(args);
    int end = all.indexOf(END_OF_OPTIONS);
    for (String a : end < 0 ? all : all.subList(0, end)) {
      if (looksLikeOption(a) && line.getCommandSpec().findOption(a.split("=", 2)[0]) == null) {
        return unknown(a, line);
      }
    }
    List<String> unmatched = u.getUnmatched();
    if (line.getParent() == null && !unmatched.isEmpty()
        && !looksLikeOption(unmatched.get(0))) {
      return unknownCommand(unmatched.get(0));
    }
    if (end < 0 || unmatched.stream().noneMatch(OptionLikeArguments::looksLikeOption)
        || !all.subList(end + 1, all.size()).containsAll(unmatched)) {
      return e.getMessage();
    }
    List<String> reordered = new ArrayList<>(all.subList(0, end));
    reordered.addAll(unmatched);
    reordered.add(END_OF_OPTIONS);
    List<String> rest = new ArrayList<>(all.subList(end + 1, all.size()));
    for (String a : unmatched) rest.remove(a);
    reordered.addAll(rest);
    return "options go before '--', after which every argument is an expression: "
        + root(line) + " " + String.join(" ", reordered);
  }

  /**
   * {@code unknown command 'x^2'}, with the commands there are and, for an expression given
   * without one, the command it was probably meant for: {@code leibniz diff "x^2"}.
   */
  static String unknownCommand(String word) {
    String near = Subcommands.names().stream()
        .filter(name -> !name.equals("help") && closeTo(word, name)).findFirst().orElse(null);
    String hint = near != null ? "did you mean '" + near + "'?"
        : "to differentiate it, write: leibniz diff '" + word + "'";
    return "unknown command '" + word + "' (" + hint + "); the commands are "
        + String.join(", ", Subcommands.names());
  }

  /** One letter added, dropped, changed or two swapped: {@code dif}, {@code difff}, {@code dfif}. */
  private static boolean closeTo(String word, String name) {
    int n = word.length();
    int m = name.length();
    if (Math.abs(n - m) > 1) return false;
    int i = 0;
    while (i < Math.min(n, m) && word.charAt(i) == name.charAt(i)) i++;
    if (i == n && i == m) return true;
    if (n == m && i + 1 < n && word.charAt(i) == name.charAt(i + 1)
        && word.charAt(i + 1) == name.charAt(i)
        && word.regionMatches(i + 2, name, i + 2, n - i - 2)) {
      return true;
    }
    return word.regionMatches(i + (n > m ? 1 : 0) + (n == m ? 1 : 0), name,
        i + (m > n ? 1 : 0) + (n == m ? 1 : 0), Math.max(n, m) - i - 1);
  }

  private static ParameterException unknown(ParseResult p, String value) {
    CommandLine line = p.commandSpec().commandLine();
    return new ParameterException(line, unknown(value, line));
  }

  /** {@code unknown option '-q'}, and for one dash how to give {@code -q} as an expression. */
  private static String unknown(String option, CommandLine line) {
    String message = "unknown option '" + option + "'";
    // The hint only where an expression may stand: not for "--foo", not at the top command.
    if (option.startsWith("--") || line.getCommandSpec().positionalParameters().isEmpty()) {
      return message;
    }
    return message + "; an expression that starts with '-' goes after '--': "
        + line.getCommandSpec().qualifiedName() + " -- " + option;
  }

  private static List<String> afterEndOfOptions(List<String> args) {
    int end = args.indexOf(END_OF_OPTIONS);
    return end < 0 ? List.of() : args.subList(end + 1, args.size());
  }

  private static String root(CommandLine line) {
    CommandLine root = line;
    while (root.getParent() != null) root = root.getParent();
    return root.getCommandName();
  }
}
