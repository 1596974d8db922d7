package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A finished run of the command line in a test: exit code, standard output and error. */
record CliRun(int code, String out, String err) {

  /** Runs {@code args} with empty standard input. */
  static CliRun of(String... args) {
    return withInput(new byte[0], args);
  }

  /** Runs {@code args} reading {@code input} (UTF-8) as standard input. */
  static CliRun withInput(String input, String... args) {
    return withInput(input.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs {@code args} reading {@code input} as standard input. */
  static CliRun withInput(byte[] input, String... args) {
    InputStream in = new ByteArrayInputStream(input);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, in, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString().replace("\r\n", "\n"),
        err.toString().replace("\r\n", "\n"));
  }

  /** Standard output without its final newline. */
  String text() {
    return out.strip();
  }

  /** The value of a printed expression at a point: the numeric check of a printed answer. */
  static double valueOf(String printed, Map<String, Double> point) {
    return Expression.parse(printed).evaluate(point);
  }
}
