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

/**
 * Turns the parse tree into a {@link MatrixExpr} under declarations, checking shapes as it
 * builds: a mismatch is an error naming the operands, both shapes and the operator's column
 * ({@code W*y: 3x4 times 3 does not conform at column 2}; for juxtaposition, the column right
 * after the left operand). The grammar is the scalar reader's; the precedence is the same.
 */
final class MatrixBuilder extends LeibnizBaseVisitor<MatrixExpr> {
  private final String line;
  private final Map<String, Shape> shapes;

  MatrixBuilder(String line, Map<String, Shape> shapes) {
    this.line = line;
    this.shapes = shapes;
  }

  @Override
  public MatrixExpr visitStart(LeibnizParser.StartContext ctx) {
    return visit(ctx.sum());
  }

  @Override
  public MatrixExpr visitEquation(LeibnizParser.EquationContext ctx) {
    return visit(ctx.sum());
  }

  @Override
  public MatrixExpr visitSum(LeibnizParser.SumContext ctx) {
    MatrixExpr total = null;
    Token op = null;
    for (ParseTree child : ctx.children) {
      if (child instanceof LeibnizParser.AddOpContext a) {
        op = a.getStart();
        continue;
      }
      MatrixExpr term = visit(child);
      if (total == null) {
        total = term;
        continue;
      }
      String sign = op.getType() == LeibnizLexer.PLUS ? "+" : "-";
      check(ShapeRules.sum(total.shape(), term.shape(), sign), total, " " + sign + " ", term,
          column(op));
      total = MatrixBuild.sum(total, "+".equals(sign) ? term : MatrixBuild.negate(term));
    }
    return total;
  }

  @Override
  public MatrixExpr visitUnarySign(LeibnizParser.UnarySignContext ctx) {
    MatrixExpr operand = visit(ctx.signed());
    return ctx.MINUS() != null ? MatrixBuild.negate(operand) : operand;
  }

  @Override
  public MatrixExpr visitUnsigned(LeibnizParser.UnsignedContext ctx) {
    return visit(ctx.product());
  }

  /** Left to right, as the scalar reader: {@code A/2*x} is {@code (A/2)*x}. */
  @Override
  public MatrixExpr visitProduct(LeibnizParser.ProductContext ctx) {
    MatrixExpr result = null;
    Token op = null;
    Token previousEnd = null;
    for (ParseTree child : ctx.children) {
      if (child instanceof LeibnizParser.MulOpContext m) {
        op = m.getStart();
        continue;
      }
      ParserRuleContext factorCtx = (ParserRuleContext) child;
      MatrixExpr factor = visit(factorCtx);
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

  private MatrixExpr combine(MatrixExpr a, int op, MatrixExpr b, int column) {
    if (op == LeibnizLexer.SLASH) {
      check(ShapeRules.quotient(b.shape()), a, "/", b, column);
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

  @Override
  public MatrixExpr visitSignedFactor(LeibnizParser.SignedFactorContext ctx) {
    MatrixExpr operand = visit(ctx.factor());
    return ctx.MINUS() != null ? MatrixBuild.negate(operand) : operand;
  }

  @Override
  public MatrixExpr visitPlainFactor(LeibnizParser.PlainFactorContext ctx) {
    return visit(ctx.power());
  }

  /** The atom, transposed once per {@code '}, then raised to the exponent. */
  @Override
  public MatrixExpr visitPower(LeibnizParser.PowerContext ctx) {
    MatrixExpr base = visit(ctx.atom());
    for (int i = 0; i < ctx.APOSTROPHE().size(); i++) base = MatrixBuild.transpose(base);
    if (ctx.exponent() == null) return base;
    MatrixExpr exponent = visit(ctx.exponent());
    Token op = ctx.DOTCARET() != null ? ctx.DOTCARET().getSymbol()
        : ctx.CARET() != null ? ctx.CARET().getSymbol() : ctx.STARSTAR().getSymbol();
    if (op.getType() == LeibnizLexer.DOTCARET) {
      check(ShapeRules.entrywise(".^", base.shape(), exponent.shape()), base, " .^ ", exponent,
          column(op));
      return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, base, exponent);
    }
    check(ShapeRules.power(base.shape(), exponent.shape()), base, "^", exponent, column(op));
    return MatrixBuild.power(base, exponent);
  }

  @Override
  public MatrixExpr visitSignedExponent(LeibnizParser.SignedExponentContext ctx) {
    MatrixExpr operand = visit(ctx.exponent());
    return ctx.MINUS() != null ? MatrixBuild.negate(operand) : operand;
  }

  @Override
  public MatrixExpr visitPlainExponent(LeibnizParser.PlainExponentContext ctx) {
    return visit(ctx.power());
  }

  @Override
  public MatrixExpr visitNumber(LeibnizParser.NumberContext ctx) {
    String text = ctx.NUMBER().getText();
    if (text.length() > 400) throw new ParseException("number too long", line, column(ctx.getStart()));
    return MatrixBuild.number(Rational.parseDecimal(text));
  }

  @Override
  public MatrixExpr visitGrouped(LeibnizParser.GroupedContext ctx) {
    LeibnizParser.GroupContext g = ctx.group();
    if (g.sum().size() != 1) {
      throw new ParseException(g.sum().isEmpty() ? "empty group" : "unexpected ','", line,
          column(g.sum().isEmpty() ? g.open : g.COMMA(0).getSymbol()));
    }
    return visit(g.sum(0));
  }

  @Override
  public MatrixExpr visitName(LeibnizParser.NameContext ctx) {
    Token token = ctx.NAME().getSymbol();
    Shape declared = shapes.get(token.getText());
    if (declared != null) return new MatrixExpr.Name(token.getText(), declared);
    NameSplitter.Piece piece = NameSplitter.split(token.getText(), line, column(token)).get(0);
    if (piece.constant() != null) return MatrixBuild.constant(piece.constant());
    return new MatrixExpr.Name(piece.variable(), shapes.getOrDefault(piece.variable(),
        Shape.SCALAR));
  }

  @Override
  public MatrixExpr visitCall(LeibnizParser.CallContext ctx) {
    Token token = ctx.FUNCTION().getSymbol();
    int column = column(token);
    NameSplitter.Piece piece = NameSplitter.split(token.getText(), line, column).get(0);
    LeibnizParser.GroupContext group = ctx.group();
    if (group == null || group.sum().isEmpty()) {
      throw new ParseException("'" + piece.text() + "' needs an argument in parentheses", line,
          column);
    }
    List<MatrixExpr> args = new ArrayList<>();
    for (LeibnizParser.SumContext a : group.sum()) args.add(visit(a));
    return MatrixCalls.call(piece, args, line, column);
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
