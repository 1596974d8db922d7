package dev.leibniz.parse;

import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.Shape;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Reads the language under declarations (LANGUAGE.md, "Vectors and matrices") into a
 * {@link MatrixExpr}: an expression with an optional {@code where} clause, which wins over the
 * declarations given; a program's equation line ({@code z1 = W1 x + b1}); a line of
 * declarations alone. Declared names are read whole ({@code out} stays one name).
 *
 * <pre>{@code
 * MatrixParser.Parsed p = MatrixParser.parse("norm2(W x - y)^2 where W: 3x4, x: 4, y: 3",
 *     Map.of());
 * p.tree().shape();   // scalar
 * }</pre>
 */
public final class MatrixParser {
  /** A tree and the declarations it was read under. */
  public record Parsed(MatrixExpr tree, Map<String, Shape> shapes) {}

  /** A program line {@code name = expression}. */
  public record Equation(String name, int nameColumn, MatrixExpr tree) {}

  private static final Pattern DECLARED = Pattern.compile(
      "([\\p{L}][\\p{L}\\p{N}_]*)\\s*:");
  private static final Pattern WHERE = Pattern.compile("\\bwhere\\b");
  /** {@code ones(3)}, {@code ones(2, 3)}, {@code eye(3)}, in any of the four groupings. */
  private static final Pattern CONSTANT_ARRAY = Pattern.compile(
      "(ones|eye)\\s*[(\\[{<]\\s*0*([0-9]+)\\s*(?:,\\s*0*([0-9]+)\\s*)?[)\\]}>]");
  /** The opening of a constant array, whatever its sizes: {@code eye(1+2)}. */
  private static final Pattern CONSTANT_ARRAY_CALL = Pattern.compile("(ones|eye)\\s*[(\\[{<]");

  private MatrixParser() {}

  /**
   * True if {@code text} is read by {@link #parse} as vectors and matrices, false if by the
   * scalar {@link ExprParser}: its {@code where} clause declares a vector or matrix, or it writes
   * a constant array ({@link #hasConstantArray}), or it uses a name that {@code shapes} (the
   * declarations for every line: {@code --shape}, the REPL's {@code :shape}, the library's map)
   * make non-scalar (and its own clause does not declare a scalar), either in the expression,
   * read as {@link #parse} reads it, or as a variable it is differentiated by ({@code by}). A
   * line that uses no such name is a scalar line, whatever else is declared.
   */
  public static boolean declaresNonScalar(String text, Map<String, Shape> shapes,
      Collection<String> by) {
    if (hasConstantArray(text)) return true;
    // Most lines have no clause and no shapes declared: no sets for them (a batch asks per line).
    if (shapes.isEmpty() && !text.contains("where")) return false;
    Set<String> clauseNames = new HashSet<>();
    if (clauseDeclaresNonScalar(text, clauseNames)) return true;
    Set<String> nonScalar = new HashSet<>();
    shapes.forEach((name, s) -> {
      if (!s.isScalar() && !clauseNames.contains(name)) nonScalar.add(name);
    });
    if (nonScalar.isEmpty()) return false;
    for (String v : by) if (nonScalar.contains(DeclaredNames.canonical(v))) return true;
    Set<String> whole = new HashSet<>(shapes.keySet());
    whole.addAll(clauseNames);
    return readsAny(text, whole, nonScalar);
  }

  /**
   * True if {@code text}'s {@code where} clause declares a vector or matrix (or a shape that
   * does not read as one); the names it declares are added to {@code names}.
   */
  private static boolean clauseDeclaresNonScalar(String text, Set<String> names) {
    // Most text has no clause: a look for the word is cheaper than the regular expression
    // (which was a twentieth of a scalar line's work in a batch).
    if (!text.contains("where")) return false;
    Matcher w = WHERE.matcher(text);
    if (!w.find()) return false;
    String clause = text.substring(w.end());
    boolean nonScalar = false;
    for (String part : clause.split(",")) {
      int colon = part.indexOf(':');
      if (colon < 0) continue;
      names.add(DeclaredNames.canonical(part.substring(0, colon).strip()));
      Shape s = Shape.parse(part.substring(colon + 1));
      if (s == null || !s.isScalar()) nonScalar = true;
    }
    return nonScalar;
  }

  /**
   * True if the expression of {@code text} (before its {@code where}) uses one of
   * {@code names}, its runs of letters split as {@link #parse} splits them ({@code wholeNames}
   * read whole). Text the reader refuses as it splits a run ({@code sine(x)}) counts as using
   * them: the matrix reader then names the problem, as it did before a line was asked what it
   * uses.
   */
  private static boolean readsAny(String text, Set<String> wholeNames, Set<String> names) {
    LeibnizLexer lexer = new LeibnizLexer(LineCharStream.of(text));
    lexer.removeErrorListeners();
    RunSplittingTokenSource tokens = new RunSplittingTokenSource(lexer, text, wholeNames);
    try {
      for (PieceToken t = tokens.next(); t.getType() != Token.EOF
          && t.getType() != LeibnizLexer.WHERE; t = tokens.next()) {
        if (t.getType() != LeibnizLexer.NAME) continue;
        if (names.contains(t.getText())
            || t.piece != null && names.contains(t.piece.variable())) {
          return true;
        }
      }
      return false;
    } catch (ParseException e) {
      return true;
    }
  }

  /**
   * Whether {@code text} writes a constant array larger than 1x1 ({@code ones(3)},
   * {@code eye(2)}, {@code ones(1, 3)}): such a line is a matrix expression though it declares
   * nothing. So is one whose sizes are not written as digits ({@code eye(1+2)}): the matrix
   * reader reads them, or names what is wrong with them.
   */
  static boolean hasConstantArray(String text) {
    if (!text.contains("ones") && !text.contains("eye")) return false;
    Matcher call = CONSTANT_ARRAY_CALL.matcher(text);
    Matcher m = CONSTANT_ARRAY.matcher(text);
    while (call.find()) {
      // Sizes not written as digits (eye(1+2), ones(3.0)) are the matrix reader's to read.
      if (!m.find(call.start()) || m.start() != call.start()) return true;
      if (!m.group(2).equals("1") || m.group(3) != null && !m.group(3).equals("1")) return true;
    }
    return false;
  }

  /** Where {@code text}'s {@code where} clause starts: its keyword's index, else the length. */
  public static int clauseStart(String text) {
    Matcher w = WHERE.matcher(text);
    return w.find() ? w.start() : text.length();
  }

  /**
   * Throws at {@code column} of {@code text} if a call or power of constants alone in
   * {@code tree}, a line's tree with names' values put in place, has no real value.
   */
  public static void requireConstantsDefined(MatrixExpr tree, String text, int column) {
    ConstantScalars.requireDefinedThroughout(tree, text, column);
  }

  /** Each name the {@code where} clause of {@code text} declares, with its 1-based column. */
  public static Map<String, Integer> declaredColumns(String text) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    Matcher w = WHERE.matcher(text);
    if (w.find()) {
      Matcher m = DECLARED.matcher(text);
      m.region(w.end(), text.length());
      while (m.find()) columns.putIfAbsent(m.group(1), m.start(1) + 1);
    }
    return columns;
  }

  /** An expression, its {@code where} clause winning over {@code shapes}. */
  public static Parsed parse(String text, Map<String, Shape> shapes) {
    if (text.isBlank()) throw new ParseException("empty expression", text, 1);
    Set<String> whole = new HashSet<>(shapes.keySet());
    Matcher w = WHERE.matcher(text);
    if (w.find()) {
      Matcher m = DECLARED.matcher(text.substring(w.end()));
      while (m.find()) whole.add(m.group(1));
    }
    LeibnizParser.StartContext ctx = run(text, whole, LeibnizParser::start);
    Map<String, Shape> all = new LinkedHashMap<>(shapes);
    all.putAll(Declarations.read(ctx.declarations(), text, false));
    return new Parsed(new MatrixBuilder(text, all, false).visit(ctx), all);
  }

  /**
   * A program line {@code name = expression} under {@code shapes}, the names declared or defined
   * above it: any other name is refused at its column (LANGUAGE.md, "Programs").
   */
  public static Equation equation(String line, Map<String, Shape> shapes) {
    if (line.isBlank()) throw new ParseException("empty line", line, 1);
    Set<String> whole = new HashSet<>(shapes.keySet());
    int equals = line.indexOf('=');
    if (equals > 0) whole.add(line.substring(0, equals).strip());
    LeibnizParser.EquationContext ctx = run(line, whole, LeibnizParser::equation);
    String written = ctx.NAME().getText();
    int column = ctx.NAME().getSymbol().getCharPositionInLine() + 1;
    String problem = DeclaredNames.problem(written, true);
    if (problem != null) throw new ParseException(problem, line, column);
    return new Equation(DeclaredNames.canonical(written), column,
        new MatrixBuilder(line, shapes, true).visit(ctx));
  }

  /** A line of declarations alone: {@code W1: 4x3, b1: 4}, each one name ({@code --shape}). */
  public static Map<String, Shape> declarations(String line) {
    return declarations(line, false);
  }

  /**
   * A program's line of declarations: {@code W1: 4x3, out: 2}, whose names are read whole
   * ({@code wholeNames}) or, if not, must each be one name.
   */
  public static Map<String, Shape> declarations(String line, boolean wholeNames) {
    Set<String> whole = new HashSet<>();
    Matcher m = DECLARED.matcher(line);
    while (m.find()) whole.add(m.group(1));
    LeibnizParser.DeclarationLineContext ctx = run(line, whole, LeibnizParser::declarationLine);
    return Declarations.read(ctx.declarations(), line, wholeNames);
  }

  /**
   * Declarations given as a map, name to shape text (the library's shape map), checked as a
   * {@code where} clause checks them, with the same words: each under the name it stands for
   * ({@code θ} is {@code theta}).
   *
   * @throws dev.leibniz.error.LeibnizException for a name that is not one name, or is
   *     reserved, or a shape that does not read
   */
  public static Map<String, Shape> declarations(Map<String, String> given) {
    return Declarations.read(given);
  }

  /** True if {@code line} reads as declarations (a name and a colon first). */
  public static boolean isDeclarationLine(String line) {
    Matcher m = DECLARED.matcher(line);
    return m.lookingAt() || (m.find() && line.substring(0, m.start()).isBlank());
  }

  /**
   * SLL first, then full LL with errors in words, as {@link ExprParser}; also the parse of
   * {@link LiteralParser}.
   */
  static <T extends ParserRuleContext> T run(String text, Set<String> whole,
      Function<LeibnizParser, T> rule) {
    BracketScanner.Problem brackets = new BracketScanner().scan(text);
    ErrorTranslator errors = new ErrorTranslator(text, brackets);
    LeibnizLexer lexer = new LeibnizLexer(LineCharStream.of(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    LeibnizParser parser = new LeibnizParser(new CommonTokenStream(
        new RunSplittingTokenSource(lexer, text, whole)));
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    T tree;
    try {
      tree = rule.apply(parser);
    } catch (ParseCancellationException sllFailed) {
      lexer.setInputStream(LineCharStream.of(text));
      parser.setTokenStream(new CommonTokenStream(new RunSplittingTokenSource(lexer, text,
          whole)));
      parser.addErrorListener(errors);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      tree = rule.apply(parser);
    }
    if (brackets != null) throw new ParseException(brackets.message(), text, brackets.column());
    return tree;
  }
}
