package dev.leibniz.spark;

import dev.leibniz.BatchLine;
import dev.leibniz.Layout;
import dev.leibniz.Leibniz;
import dev.leibniz.MatrixExpression;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options of {@link DifferentiateJob}, as {@code leibniz batch} has them where they mean the
 * same: {@code INPUT OUTPUT [--wrt VAR]... [--order N] [--simplify full|none] [--check] [--cse]
 * [--timeout SECONDS] [--shape DECLARATIONS] [--layout gradient|numerator]}, then the job's own: {@code --input-format text|jsonl|parquet} (default:
 * by the input's extension, else text), {@code --format jsonl|parquet} (the output's, default
 * jsonl), {@code --column NAME} (the expression column of jsonl or Parquet input, default
 * {@code input}), {@code --partitions N} (text input split in N, default twice the cores), and
 * {@code --master URL} (default: spark-submit's, else {@code local[*]}).
 */
final class JobOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A wrong option: the message says which and why. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static final String USAGE = "usage: DifferentiateJob INPUT OUTPUT [--wrt VAR]... [--order N] "
      + "[--simplify full|none] [--check] [--cse] [--timeout SECONDS] "
      + "[--shape DECLARATIONS] [--layout gradient|numerator] "
      + "[--input-format text|jsonl|parquet] [--format jsonl|parquet] [--column NAME] "
      + "[--partitions N] [--master URL]";

  private static final List<String> VALUED = List.of("--wrt", "--order", "--simplify",
      "--timeout", "--shape", "--layout", "--input-format", "--format", "--column", "--partitions", "--master");

  String input;
  String output;
  final List<String> wrt = new ArrayList<>();
  int order = 1;
  boolean simplify = true;
  boolean check;
  boolean cse;
  double timeout = 10;
  String shape;
  Layout layout = Layout.GRADIENT;
  String inputFormat;
  String format = "jsonl";
  String column = "input";
  int partitions;
  String master;

  /** @throws UsageException if an option is unknown, lacks its value or has a wrong one */
  static JobOptions parse(String... args) {
    JobOptions o = new JobOptions();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        positional.add(a);
        continue;
      }
      if (a.equals("--check")) {
        o.check = true;
        continue;
      }
      if (a.equals("--cse")) {
        o.cse = true;
        continue;
      }
      if (!VALUED.contains(a)) throw new UsageException("unknown option " + a);
      if (i + 1 >= args.length) throw new UsageException(a + " needs a value");
      String v = args[++i];
      switch (a) {
        case "--wrt": o.wrt.add(Leibniz.variableName(v)); break;
        case "--order": o.order = atLeast(a, v, 0); break;
        case "--simplify": o.simplify = oneOf(a, v, "full", "none").equals("full"); break;
        case "--timeout": o.timeout = seconds(a, v); break;
        case "--shape": o.shape = shapes(v); break;
        case "--layout":
          o.layout = Layout.valueOf(oneOf(a, v, "gradient", "numerator").toUpperCase(Locale.ROOT));
          break;
        case "--input-format": o.inputFormat = oneOf(a, v, "text", "jsonl", "parquet"); break;
        case "--format": o.format = oneOf(a, v, "jsonl", "parquet"); break;
        case "--column": o.column = v; break;
        case "--partitions": o.partitions = atLeast(a, v, 1); break;
        case "--master": o.master = v; break;
        default: throw new IllegalStateException("unhandled " + a);
      }
    }
    if (positional.size() != 2) throw new UsageException("give INPUT and OUTPUT");
    o.input = positional.get(0);
    o.output = positional.get(1);
    if (o.inputFormat == null) o.inputFormat = formatOf(o.input);
    return o;
  }

  /** What is asked of every line, as {@code leibniz batch} asks it. */
  BatchLine.Settings settings() {
    Map<String, String> shapes = shape == null ? Map.of() : MatrixExpression.readShapes(shape);
    return new BatchLine.Settings(wrt, order, simplify, check, cse, shapes, layout);
  }

  /** {@code declarations}, once read: a wrong one is an error of the options. */
  private static String shapes(String declarations) {
    MatrixExpression.readShapes(declarations);
    return declarations;
  }

  /** The input format a path's extension names: jsonl, parquet, else text. */
  private static String formatOf(String path) {
    String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    if (name.endsWith(".jsonl") || name.endsWith(".json")) return "jsonl";
    if (name.endsWith(".parquet")) return "parquet";
    return "text";
  }

  private static int atLeast(String option, String value, int least) {
    try {
      int n = Integer.parseInt(value);
      if (n >= least) return n;
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new UsageException(option + " must be a whole number, " + least + " or more, not "
        + value);
  }

  private static double seconds(String option, String value) {
    try {
      double s = Double.parseDouble(value);
      if (s > 0 && s <= 1e6) return s;
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new UsageException(option + " must be a positive number of seconds, not " + value);
  }

  private static String oneOf(String option, String value, String... allowed) {
    for (String a : allowed) if (a.equals(value)) return a;
    throw new UsageException(option + " must be one of " + String.join(", ", allowed) + ", not "
        + value);
  }
}
