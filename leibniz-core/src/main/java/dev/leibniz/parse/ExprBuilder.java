package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.UndefinedException;
import dev.leibniz.expr.Var;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the ANTLR parse tree into an {@link Expr}, one method per grammar rule, building through
 * the smart constructors so the result is canonical. Sums and products are read in a loop, so
 * long ones cost no stack; nesting depth is bounded by {@link BracketScanner} beforehand.
 */
final class ExprBuilder extends LeibnizBaseVisitor<Expr> {
  /**
   * Largest decimal exponent accepted: {@code 1e999999999} would be a billion-digit number. A
   * literal written out in digits costs only its length, so it may be as long as it likes (the
   * printer writes exact numbers out in full, and they must parse back).
   */
  private static final int MAX_EXPONENT = 10_000;

  private final String line;

  ExprBuilder(String line) {
    this.line = line;
  }

  @Override
  public Expr visitStart(LeibnizParser.StartContext ctx) {
    if (ctx.declarations() != null) refuseNonScalars(ctx.declarations());
    return visit(ctx.sum());
  }

  /** Declarations of scalars change nothing; a vector or matrix needs the matrix reader. */
  private void refuseNonScalars(LeibnizParser.DeclarationsContext ctx) {
    java.util.Map<String, dev.leibniz.matrix.Shape> shapes = Declarations.read(ctx, line);
    for (var e : shapes.entrySet()) {
      if (!e.getValue().isScalar()) {
        throw new ParseException("'" + e.getKey() + "' is declared " + e.getValue()
            + ": a vector or matrix expression, which the scalar reader does not take", line,
            ctx.getStart().getCharPositionInLine() + 1);
      }
    }
  }

  @Override
  public Expr visitSum(LeibnizParser.SumContext ctx) {
    List<Expr> terms = new ArrayList<>();
    boolean negative = false;
    for (ParseTree child : ctx.children) {
      if (child instanceof LeibnizParser.AddOpContext op) {
        negative = op.MINUS() != null;
      } else {
        Expr term = visit(child);
        terms.add(negative ? Expr.negate(term) : term);
      }
    }
    return terms.size() == 1 ? terms.get(0) : Expr.sum(terms);
  }

  @Override
  public Expr visitUnarySign(LeibnizParser.UnarySignContext ctx) {
    Expr operand = visit(ctx.signed());
    return ctx.MINUS() != null ? Expr.negate(operand) : operand;
  }

  @Override
  public Expr visitUnsigned(LeibnizParser.UnsignedContext ctx) {
    return visit(ctx.product());
  }

  /** Left to right: {@code a/b*c} is {@code (a/b)*c} and {@code 1/2x} is {@code (1/2)*x}. */
  @Override
  public Expr visitProduct(LeibnizParser.ProductContext ctx) {
    List<Expr> factors = new ArrayList<>();
    boolean divide = false;
    boolean explicit = false;
    Token previousEnd = null;
    for (ParseTree child : ctx.children) {
      if (child instanceof LeibnizParser.MulOpContext op) {
        divide = op.SLASH() != null || op.DOTSLASH() != null;
        explicit = true;
        continue;
      }
      ParserRuleContext factor = (ParserRuleContext) child;
      if (!explicit && previousEnd != null) refuseJuxtaposedNumber(previousEnd, factor.getStart());
      Expr value = visit(factor);
      factors.add(divide ? Expr.power(value, Num.MINUS_ONE) : value);
      divide = false;
      explicit = false;
      previousEnd = factor.getStop();
    }
    return factors.size() == 1 ? factors.get(0) : Expr.product(factors);
  }

  /**
   * A number juxtaposed to a number ({@code 2 3}, {@code 2^3 4}) is a typo, not a product; a
   * number written against a name or bracket from its point ({@code x.5}, {@code (x).5}) is not
   * a decimal.
   */
  private void refuseJuxtaposedNumber(Token previousEnd, Token start) {
    if (start.getType() != LeibnizLexer.NUMBER) return;
    if (previousEnd.getType() == LeibnizLexer.NUMBER) {
      throw new ParseException("a number cannot follow a number (write * between them)", line,
          column(start));
    }
    boolean againstPoint = start.getText().charAt(0) == '.'
        && start.getStartIndex() == previousEnd.getStopIndex() + 1;
    if (againstPoint) {
      throw new ParseException("unexpected '.' after '" + previousEnd.getText()
          + "' (write * before 0" + start.getText() + " for a product)", line, column(start));
    }
  }

  @Override
  public Expr visitSignedFactor(LeibnizParser.SignedFactorContext ctx) {
    Expr operand = visit(ctx.factor());
    return ctx.MINUS() != null ? Expr.negate(operand) : operand;
  }

  @Override
  public Expr visitPlainFactor(LeibnizParser.PlainFactorContext ctx) {
    return visit(ctx.power());
  }

  @Override
  public Expr visitPower(LeibnizParser.PowerContext ctx) {
    Expr base = visit(ctx.atom());
    return ctx.exponent() == null ? base : Expr.power(base, visit(ctx.exponent()));
  }

  @Override
  public Expr visitSignedExponent(LeibnizParser.SignedExponentContext ctx) {
    Expr operand = visit(ctx.exponent());
    return ctx.MINUS() != null ? Expr.negate(operand) : operand;
  }

  @Override
  public Expr visitPlainExponent(LeibnizParser.PlainExponentContext ctx) {
    return visit(ctx.power());
  }

  @Override
  public Expr visitNumber(LeibnizParser.NumberContext ctx) {
    Token t = ctx.NUMBER().getSymbol();
    if (exponentTooLarge(t.getText())) {
      throw new ParseException("number too large", line, column(t));
    }
    return Expr.num(Rational.parseDecimal(t.getText()));
  }

  private static boolean exponentTooLarge(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e < 0) return false;
    String digits = text.substring(e + 1).replace("+", "").replace("-", "");
    return digits.length() > 5 || Integer.parseInt(digits) > MAX_EXPONENT;
  }

  @Override
  public Expr visitGrouped(LeibnizParser.GroupedContext ctx) {
    return single(ctx.group());
  }

  /** One name (the token source has split runs): a variable or a constant, never a call. */
  @Override
  public Expr visitName(LeibnizParser.NameContext ctx) {
    NameSplitter.Piece piece = pieceOf(ctx.NAME().getSymbol());
    return piece.constant() != null ? piece.constant() : new Var(piece.variable());
  }

  /** The name a token stands for: split once, by the token source, which keeps the piece. */
  private NameSplitter.Piece pieceOf(Token token) {
    if (token instanceof RunSplittingTokenSource.PieceToken p) return p.piece;
    return NameSplitter.split(token.getText(), line, column(token)).get(0);
  }

  /** A reserved function name and the group that is its argument. */
  @Override
  public Expr visitCall(LeibnizParser.CallContext ctx) {
    Token token = ctx.FUNCTION().getSymbol();
    int column = column(token);
    NameSplitter.Piece piece = pieceOf(token);
    LeibnizParser.GroupContext group = ctx.group();
    List<LeibnizParser.SumContext> args = group == null ? List.of() : group.sum();
    if (args.isEmpty()) {
      String hint = followedByPower(ctx) ? " (write " + piece.text() + "(x)^2 for a power)" : "";
      throw new ParseException("'" + piece.text() + "' needs an argument in parentheses"
          + hint, line, column);
    }
    return call(piece, group, args, column);
  }

  private static boolean followedByPower(LeibnizParser.CallContext ctx) {
    return ctx.getParent() instanceof LeibnizParser.PowerContext p && p.exponent() != null;
  }

  private Expr call(NameSplitter.Piece piece, LeibnizParser.GroupContext group,
      List<LeibnizParser.SumContext> args, int column) {
    if (args.size() == 2 && isLog(piece)) {
      Expr base = visit(args.get(0));
      Expr x = visit(args.get(1));
      return Expr.quotient(Expr.call(MathFunction.LN, x), Expr.call(MathFunction.LN, base));
    }
    dev.leibniz.matrix.Reduction reduction = piece.function() != null ? null
        : dev.leibniz.matrix.Reduction.named(piece.text());
    if (reduction != null) {
      List<Expr> values = new ArrayList<>();
      for (LeibnizParser.SumContext a : args) values.add(visit(a));
      return ScalarReductions.of(reduction, values, line, column);
    }
    if (args.size() > 1) {
      String what = isLog(piece) ? "'log' takes one argument, or a base and an argument"
          : "'" + piece.text() + "' takes one argument";
      int extra = isLog(piece) ? 1 : 0;
      throw new ParseException(what, line, column(group.COMMA(extra).getSymbol()));
    }
    Expr u = visit(args.get(0));
    if (piece.function() != null) return Expr.call(piece.function(), u);
    return ReservedNames.SQRT.equals(piece.text()) ? Expr.sqrt(u) : Expr.exp(u);
  }

  private static boolean isLog(NameSplitter.Piece piece) {
    return "log".equals(piece.text());
  }

  /** A group used as a value: one expression inside, not empty, no commas. */
  private Expr single(LeibnizParser.GroupContext group) {
    List<LeibnizParser.SumContext> sums = group.sum();
    if (sums.isEmpty()) {
      throw new ParseException("empty group '" + group.open.getText() + group.close.getText()
          + "'", line, column(group.open));
    }
    if (sums.size() > 1) {
      TerminalNode comma = group.COMMA(0);
      throw new ParseException("unexpected ','", line, column(comma.getSymbol()));
    }
    return visit(sums.get(0));
  }

  /**
   * A value the constructors find undefined ({@code 1/0}, {@code ln(0)}) is reported at the
   * column where the innermost rule that built it begins.
   */
  @Override
  public Expr visit(ParseTree tree) {
    try {
      return super.visit(tree);
    } catch (UndefinedException e) {
      int column = tree instanceof ParserRuleContext c ? column(c.getStart()) : 0;
      throw new ParseException(e.getMessage(), line, column);
    }
  }

  private static int column(Token t) {
    return t.getCharPositionInLine() + 1;
  }
}
