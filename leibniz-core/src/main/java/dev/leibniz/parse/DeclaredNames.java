package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Var;
import dev.leibniz.print.PlainPrinter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Names as declarations, shape maps, a program's lines and given values write them, read to the
 * one name the expression reader makes of them (LANGUAGE.md, "Names"): {@code θ} and
 * {@code theta} are one variable, stored as {@code theta}, so a vector declared {@code θ} is
 * the same vector wherever it is written {@code θ} or {@code theta}, differentiated by either,
 * given a value under either. Every declared or given name passes through here, and nowhere
 * else (the facade's variable names and point keys too), so the vector side and the scalar side
 * cannot read a name two ways.
 *
 * <pre>{@code
 * DeclaredNames.canonical("θ");     // theta
 * DeclaredNames.canonical("θ1");    // theta1
 * DeclaredNames.canonical("out");   // out (a program's name, read whole)
 * }</pre>
 */
public final class DeclaredNames {
  /**
   * Names read so far, a bounded number of them, and what each reads as (empty if no
   * expression): a batch under {@code --shape} checks the same names on every line.
   */
  private static final int REMEMBERED = 1024;
  private static final Map<String, Optional<Expr>> READ = new ConcurrentHashMap<>();
  /** A run of letters, digits and underscores starting with a letter, as the lexer reads one. */
  private static final Pattern RUN = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}_]*");

  private DeclaredNames() {}

  /**
   * The name {@code text} stands for: the variable it reads as when it reads as one variable
   * ({@code θ}, {@code ϑ} and {@code theta} are {@code theta}), else {@code text} as written
   * (a program's whole name {@code out}, a label {@code dL/dz}).
   */
  public static String canonical(String text) {
    // An ASCII name reads as itself or not as one variable: only a Greek letter is renamed.
    if (isAscii(text)) return text;
    Expr read = readAlone(text);
    return read instanceof Var v ? v.name() : text;
  }

  /**
   * The variable {@code text} reads as alone ({@code θ} is {@code theta}, {@code x1} is
   * {@code x1}), or null if it reads as none ({@code x y}, {@code 2}, {@code e}): a caller's
   * variable names and a point's keys, read as declarations are.
   */
  public static String variableOrNull(String text) {
    return readAlone(text) instanceof Var v ? v.name() : null;
  }

  /**
   * Why {@code name} cannot be declared or assigned, or null if it can: a reserved name, or,
   * unless {@code wholeNames} (a program's names, read whole: {@code out}, {@code h1}), a run
   * of letters the reader splits ({@code xy} is x*y) or text that is no name at all.
   */
  public static String problem(String name, boolean wholeNames) {
    String reserved = ReservedNames.reservedAs(name);
    if (reserved != null) {
      return "'" + name + "' is " + reserved + ", so it cannot name a vector, matrix or line";
    }
    if (wholeNames) return null;
    Expr read = readAlone(name);
    if (read instanceof Var) return null;
    return "'" + name + "' is not one name (" + (read == null ? "it does not read as a name"
        : "it reads as " + asSplit(name, read)) + "): a name is a letter with optional "
        + "digits or _subscript, or a Greek letter name";
  }

  /**
   * How {@code name}, which reads as {@code read}, was split, in the order written: a run of
   * letters of names alone ({@code lam}) is its names joined by {@code *} ({@code l*a*m}; the
   * printed product would be sorted, {@code a*l*m}); anything else (a function's call,
   * {@code sinx}) is {@code read} printed.
   */
  private static String asSplit(String name, Expr read) {
    if (!RUN.matcher(name).matches()) return PlainPrinter.print(read);
    List<NameSplitter.Piece> pieces;
    try {
      pieces = NameSplitter.split(name, name, 1);
    } catch (ParseException notARun) {
      return PlainPrinter.print(read);
    }
    StringJoiner written = new StringJoiner("*");
    for (NameSplitter.Piece p : pieces) {
      if (p.value() == null) return PlainPrinter.print(read);
      written.add(PlainPrinter.print(p.value()));
    }
    return written.toString();
  }

  /** {@code text} read as an expression, or null if it does not read as one. */
  private static Expr readAlone(String text) {
    Optional<Expr> known = READ.get(text);
    if (known == null) {
      known = Optional.ofNullable(parseOrNull(text));
      if (READ.size() < REMEMBERED) READ.put(text, known);
    }
    return known.orElse(null);
  }

  private static Expr parseOrNull(String text) {
    try {
      return ExprParser.parse(text);
    } catch (RuntimeException notAnExpression) {
      return null;
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 128) return false;
    return true;
  }
}
