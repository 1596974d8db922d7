package dev.leibniz.parse;

import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import dev.leibniz.matrix.MatrixBuild;
import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.MatrixPrinter;
import dev.leibniz.matrix.Reduction;
import dev.leibniz.matrix.Shape;
import dev.leibniz.matrix.ShapeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree into a {@link MatrixExpr} under declarations, checking shapes as it
 * builds: a mismatch is an error naming the operands, both shapes and the operator's column
 * ({@code W*y: 3x4 times 3 does not conform at column 2}; for juxtaposition, the column right
 * after the left operand). The grammar is the scalar reader's; the precedence is the same.
 */
final class MatrixBuilder extends LeibnizBaseVisitor<MatrixExpr> {
  private final String line;
  private final Map<String, Shape> shapes;
  /** A program line's: every name must be declared or defined above, none is a free scalar. */
  private final boolean declaredOnly;

  MatrixBuilder(String line, Map<String, Shape> shapes, boolean declaredOnly) {
    this.line = line;
    this.shapes = shapes;
    this.declaredOnly = declaredOnly;
  }

  @Override
  public MatrixExpr visitStart(LeibnizParser.StartContext ctx) {
    return visit(ctx.sum());
  }

  @Override
  public MatrixExpr visitEquation(LeibnizParser.EquationContext ctx) {
    return visit(ctx.sum());
  }

  /** Terms left to right; of the signs after a term the first is its operator, the rest unary. */
  @Override
  public MatrixExpr visitSum(LeibnizParser.SumContext ctx) {
    MatrixExpr total = null;
    Token op = null;
    int minus = 0;
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode sign) {
        if (total != null && op == null) {
          op = sign.getSymbol();
        } else if (sign.getSymbol().getType() == LeibnizLexer.MINUS) {
          minus++;
        }
        continue;
      }
      MatrixExpr term = negated(visit(child), minus);
      minus = 0;
      if (total == null) {
        total = term;
        continue;
      }
      String symbol = op.getType() == LeibnizLexer.PLUS ? "+" : "-";
      check(ShapeRules.sum(total.shape(), term.shape(), symbol, undeclared(total),
          undeclared(term)), total, " " + symbol + " ", term, column(op));
      total = MatrixBuild.sum(total, "+".equals(symbol) ? term : MatrixBuild.negate(term));
      op = null;
    }
    return total;
  }

  /** Left to right, as the scalar reader: {@code A/2*x} is {@code (A/2)*x}. */
  @Override
  public MatrixExpr visitProduct(LeibnizParser.ProductContext ctx) {
    MatrixExpr result = null;
    Token op = null;
    int minus = 0;
    Token previousEnd = null;
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode t) {
        int type = t.getSymbol().getType();
        if (type == LeibnizLexer.MINUS) {
          minus++;
        } else if (type != LeibnizLexer.PLUS) {
          op = t.getSymbol();
        }
        continue;
      }
      ParserRuleContext factorCtx = (ParserRuleContext) child;
      MatrixExpr factor = negated(visit(factorCtx), minus);
      minus = 0;
      if (result == null) {
        result = factor;
      } else {
        int column = op != null ? column(op) : previousEnd.getStopIndex() + 2;
        result = combine(result, op == null ? LeibnizLexer.STAR : op.getType(), factor, column);
      }
      op = null;
      previousEnd = factorCtx.getStop();
    }
    return result;
  }

  /** The name {@code e} is, if it is one name not declared (so a scalar); else null. */
  private String undeclared(MatrixExpr e) {
    return e instanceof MatrixExpr.Name n && !shapes.containsKey(n.name()) ? n.name() : null;
  }

  private static MatrixExpr negated(MatrixExpr e, int minus) {
    for (int i = 0; i < minus; i++) e = MatrixBuild.negate(e);
    return e;
  }

  private MatrixExpr combine(MatrixExpr a, int op, MatrixExpr b, int column) {
    if (op == LeibnizLexer.SLASH) {
      check(ShapeRules.quotient(b.shape()), a, "/", b, column);
      ConstantScalars.requireNonzeroDivisor(b, line, column);
      return MatrixBuild.quotient(a, b);
    }
    if (op == LeibnizLexer.DOTSTAR || op == LeibnizLexer.DOTSLASH) {
      boolean times = op == LeibnizLexer.DOTSTAR;
      String symbol = times ? ".*" : "./";
      check(ShapeRules.entrywise(symbol, a.shape(), b.shape()), a, " " + symbol + " ", b, column);
      return MatrixBuild.entrywise(times ? MatrixExpr.EntrywiseOp.TIMES
          : MatrixExpr.EntrywiseOp.DIVIDE, a, b);
    }
    check(ShapeRules.product(a.shape(), b.shape()), a, "*", b, column);
    return MatrixBuild.product(a, b);
  }

  /** The atom, transposed once per {@code '}, then raised to the (signed) exponent. */
  @Override
  public MatrixExpr visitPower(LeibnizParser.PowerContext ctx) {
    MatrixExpr base = atom(ctx);
    for (int i = 0; i < ctx.APOSTROPHE().size(); i++) base = MatrixBuild.transpose(base);
    if (ctx.power() == null) return base;
    MatrixExpr exponent = negated(visit(ctx.power()), ctx.MINUS().size());
    Token op = ctx.DOTCARET() != null ? ctx.DOTCARET().getSymbol()
        : ctx.CARET() != null ? ctx.CARET().getSymbol() : ctx.STARSTAR().getSymbol();
    if (op.getType() == LeibnizLexer.DOTCARET) {
      check(ShapeRules.entrywise(".^", base.shape(), exponent.shape()), base, " .^ ", exponent,
          column(op));
      return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, base, exponent);
    }
    String problem = ShapeRules.power(base, exponent, op.getText());
    if (problem != null) {
      throw new ParseException(MatrixPrinter.power(base, op.getText(), exponent) + ": " + problem,
          line, column(op));
    }
    MatrixExpr power = MatrixBuild.power(base, exponent);
    ConstantScalars.requireDefined(power, line, column(ctx.getStart()), end(ctx.getStop()));
    return power;
  }

  /** The power's atom: a number, a name, a call or a group. */
  private MatrixExpr atom(LeibnizParser.PowerContext ctx) {
    if (ctx.NUMBER() != null) return number(ctx.NUMBER().getSymbol());
    if (ctx.NAME() != null) return name(ctx.NAME().getSymbol());
    if (ctx.FUNCTION() != null) return call(ctx.FUNCTION().getSymbol(), ctx.group());
    if (ctx.BARE_FUNCTION() != null) return call(ctx.BARE_FUNCTION().getSymbol(), null);
    return grouped(ctx.group());
  }

  private MatrixExpr number(Token t) {
    String text = t.getText();
    if (text.length() > 400) throw new ParseException("number too long", line, column(t));
    return MatrixBuild.number(Rational.parseDecimal(text));
  }

  private MatrixExpr grouped(LeibnizParser.GroupContext g) {
    if (g.sum().size() != 1) {
      throw new ParseException(g.sum().isEmpty() ? "empty group" : "unexpected ','", line,
          column(g.sum().isEmpty() ? g.getStart() : g.COMMA(0).getSymbol()));
    }
    return visit(g.sum(0));
  }

  private MatrixExpr name(Token token) {
    Shape declared = shapes.get(token.getText());
    if (declared != null) return new MatrixExpr.Name(token.getText(), declared);
    NameSplitter.Piece piece = NameSplitter.split(token.getText(), line, column(token)).get(0);
    if (piece.constant() != null) return MatrixBuild.constant(piece.constant());
    if (declaredOnly && !shapes.containsKey(piece.variable())) {
      throw new ParseException("'" + piece.variable() + "' is neither declared nor defined by a "
          + "line above (a scalar input is declared too: '" + piece.variable() + ": 1')", line,
          column(token));
    }
    return new MatrixExpr.Name(piece.variable(), shapes.getOrDefault(piece.variable(),
        Shape.SCALAR));
  }

  private MatrixExpr call(Token token, LeibnizParser.GroupContext group) {
    int column = column(token);
    NameSplitter.Piece piece = NameSplitter.split(token.getText(), line, column).get(0);
    if (group == null || group.sum().isEmpty()) {
      throw new ParseException("'" + piece.text() + "' needs an argument in parentheses", line,
          column);
    }
    List<MatrixExpr> args = new ArrayList<>();
    for (LeibnizParser.SumContext a : group.sum()) args.add(visit(a));
    MatrixExpr call = MatrixCalls.call(piece, args, line, column);
    ConstantScalars.requireDefined(call, line, column, end(group.getStop()));
    return call;
  }

  /** The column of the last character of {@code t}. */
  private static int end(Token t) {
    return t.getCharPositionInLine() + t.getText().length();
  }

  /** Throws the mismatch {@code problem} about {@code a op b} at {@code column}, if any. */
  private void check(String problem, MatrixExpr a, String op, MatrixExpr b, int column) {
    if (problem == null) return;
    throw new ParseException(MatrixPrinter.print(a) + op + MatrixPrinter.print(b) + ": "
        + problem, line, column);
  }

  private static int column(Token t) {
    return t.getCharPositionInLine() + 1;
  }
}
