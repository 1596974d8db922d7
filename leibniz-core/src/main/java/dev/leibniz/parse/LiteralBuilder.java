package dev.leibniz.parse;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import dev.leibniz.matrix.Reduction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree of a line that the scalar reader accepted into its <em>literal</em>
 * tree: the input as written, built with the nodes' raw constructors, so that nothing the smart
 * constructors do widens its domain ({@code x/x} is not 1, {@code sqrt(x)^2} is not x). The
 * reading is the scalar reader's (same grammar, precedence and calls): {@code a - b} is
 * {@code a + (-1)*b}, {@code -u} is {@code (-1)*u}, {@code a/b} is {@code a*b^-1},
 * {@code sqrt(u)} is {@code u^(1/2)}, {@code exp(u)} is {@code e^u}, {@code log(b, x)} is
 * {@code ln(x)*ln(b)^-1}; a transpose of a scalar is the scalar. Operations on numbers alone
 * are folded exactly ({@code 1/3} is the number 1/3, {@code x^-2} has the exponent -2), so a
 * rounding of the double arithmetic never decides whether a point is defined.
 *
 * <p>Only evaluation at a point uses the literal tree, to tell where the input as written is
 * undefined; it is never canonical, printed or differentiated.
 */
final class LiteralBuilder extends LeibnizBaseVisitor<Expr> {
  private final String line;
  /** Variables to put trees in place of (a named parse's placeholders), by name. */
  private final Map<String, Expr> replacements;

  LiteralBuilder(String line, Map<String, Expr> replacements) {
    this.line = line;
    this.replacements = replacements;
  }

  @Override
  public Expr visitStart(LeibnizParser.StartContext ctx) {
    return visit(ctx.sum());
  }

  /** Terms left to right, each negated once per minus sign before it (operator or unary). */
  @Override
  public Expr visitSum(LeibnizParser.SumContext ctx) {
    List<Expr> terms = new ArrayList<>();
    int minus = 0;
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode sign) {
        if (sign.getSymbol().getType() == LeibnizLexer.MINUS) minus++;
        continue;
      }
      terms.add(negated(visit(child), minus));
      minus = 0;
    }
    return terms.size() == 1 ? terms.get(0) : sum(terms);
  }

  /** Factors left to right: {@code a/b*c} is {@code a*b^-1*c}. */
  @Override
  public Expr visitProduct(LeibnizParser.ProductContext ctx) {
    List<Expr> factors = new ArrayList<>();
    int minus = 0;
    boolean inverse = false;
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode t) {
        int type = t.getSymbol().getType();
        if (type == LeibnizLexer.MINUS) minus++;
        if (type == LeibnizLexer.SLASH || type == LeibnizLexer.DOTSLASH) inverse = true;
        continue;
      }
      Expr factor = negated(visit(child), minus);
      factors.add(inverse ? power(factor, Num.MINUS_ONE) : factor);
      minus = 0;
      inverse = false;
    }
    return factors.size() == 1 ? factors.get(0) : product(factors);
  }

  /** The atom (a transpose of a scalar is itself), raised to the (signed) exponent. */
  @Override
  public Expr visitPower(LeibnizParser.PowerContext ctx) {
    Expr base = atom(ctx);
    if (ctx.power() == null) return base;
    return power(base, negated(visit(ctx.power()), ctx.MINUS().size()));
  }

  private Expr atom(LeibnizParser.PowerContext ctx) {
    if (ctx.NUMBER() != null) {
      return Expr.num(Rational.parseDecimal(ctx.NUMBER().getSymbol().getText()));
    }
    if (ctx.NAME() != null) return name(ctx.NAME().getSymbol());
    if (ctx.FUNCTION() != null) return call(ctx.FUNCTION().getSymbol(), ctx.group().sum());
    return visit(ctx.group().sum(0));
  }

  private Expr name(Token token) {
    Expr value = piece(token).value();
    if (value instanceof Var v && replacements.containsKey(v.name())) {
      return replacements.get(v.name());
    }
    return value;
  }

  private Expr call(Token token, List<LeibnizParser.SumContext> arguments) {
    NameSplitter.Piece piece = piece(token);
    List<Expr> args = new ArrayList<>(arguments.size());
    for (LeibnizParser.SumContext a : arguments) args.add(visit(a));
    Expr u = args.get(0);
    if (piece.function() != null && args.size() == 1) return new Call(piece.function(), u);
    String text = piece.text();
    if ("log".equals(text)) {
      return product(List.of(new Call(MathFunction.LN, args.get(1)),
          power(new Call(MathFunction.LN, u), Num.MINUS_ONE)));
    }
    if (ReservedNames.SQRT.equals(text)) return power(u, Num.HALF);
    if (ReservedNames.EXP.equals(text)) return power(Constant.E, u);
    return reduction(Reduction.named(text), args);
  }

  /**
   * A reduction on scalars ({@link ScalarReductions}), keeping its arguments where it drops
   * them: {@code softmax(u)} is 1 only where u is defined.
   */
  private Expr reduction(Reduction op, List<Expr> args) {
    Expr u = args.get(0);
    switch (op) {
      case INV:
        return power(u, Num.MINUS_ONE);
      case NORM2:
        return new Call(MathFunction.ABS, u);
      case DOT:
        return product(List.of(u, args.get(1)));
      case SOFTMAX:
      case ONES:
      case EYE:
        return sum(List.of(Num.ONE, product(List.of(Num.ZERO, u))));
      default:
        return u;
    }
  }

  private NameSplitter.Piece piece(Token token) {
    if (token instanceof PieceToken p && p.piece != null) return p.piece;
    return NameSplitter.split(token.getText(), line, token.getCharPositionInLine() + 1).get(0);
  }

  private static Expr negated(Expr e, int minus) {
    for (int i = 0; i < minus; i++) e = product(List.of(Num.MINUS_ONE, e));
    return e;
  }

  private static Expr sum(List<Expr> terms) {
    return numbersFolded(terms, true);
  }

  private static Expr product(List<Expr> factors) {
    return numbersFolded(factors, false);
  }

  /**
   * The sum or product of {@code operands} with its numbers added or multiplied exactly into
   * one, first (a number is defined everywhere, so this changes no domain); the rest as written.
   */
  private static Expr numbersFolded(List<Expr> operands, boolean sum) {
    List<Expr> numbers = new ArrayList<>();
    List<Expr> rest = new ArrayList<>();
    for (Expr e : operands) (e instanceof Num ? numbers : rest).add(e);
    if (numbers.size() > 1) {
      numbers = List.of(sum ? Expr.sum(numbers) : Expr.product(numbers));
    }
    if (!numbers.isEmpty() && !rest.isEmpty()
        && (sum ? numbers.get(0).isZero() : numbers.get(0).isOne())) {
      numbers = List.of();
    }
    List<Expr> all = new ArrayList<>(numbers);
    all.addAll(rest);
    if (all.size() == 1) return all.get(0);
    return sum ? new Sum(all) : new Product(all);
  }

  private static Expr power(Expr base, Expr exponent) {
    return base instanceof Num && exponent instanceof Num ? Expr.power(base, exponent)
        : new Power(base, exponent);
  }
}
