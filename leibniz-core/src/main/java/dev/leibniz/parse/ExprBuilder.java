package dev.leibniz.parse;

import dev.leibniz.eval.ConstantDomain;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Operands;
import dev.leibniz.expr.UndefinedException;
import java.util.Arrays;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;

/**
 * Builds the canonical {@link Expr} of a line while the parser reads it, with no parse tree:
 * the grammar's actions (grammar/Leibniz.g4) call the methods below as each rule completes,
 * and the operands wait on a stack, where every sum, product and power leaves one
 * expression. Building goes through the smart constructors, so the result is canonical.
 *
 * <p>A problem found while building (a number juxtaposed to a number, {@code 1/0}, a call with
 * too many arguments) is held, not thrown ({@link FirstProblem} says which one is reported): a
 * syntax error anywhere in the line, then a bracket problem, is reported before it, and the
 * parse goes on to find them. A value the constructors find undefined is reported at the
 * column where the rule that built it begins.
 *
 * <p>One builder serves one parser (one thread), {@link #reset} for each line.
 */
final class ExprBuilder {
  /** A builder that does nothing: for parsers that build a parse tree instead. */
  static final ExprBuilder OFF = new ExprBuilder(null);

  private final Parser parser;
  private Expr[] stack = new Expr[32];
  private int depth;
  /**
   * The most operands that waited at once since {@link #reset}: the slots a reset clears, so
   * that operands popped during the line are not cleared one rule at a time.
   */
  private int deepest;
  private String line = "";
  private final FirstProblem problem = new FirstProblem();
  /** The group whose closer was read last ({@link #closed}). */
  private LeibnizParser.GroupContext lastGroup;

  /** A builder for {@code parser}, which must be given it as its {@code build} member. */
  ExprBuilder(Parser parser) {
    this.parser = parser;
  }

  /** Starts on {@code line}: an empty stack and no problem. */
  void reset(String line) {
    this.line = line;
    Arrays.fill(stack, 0, deepest, null);
    depth = 0;
    deepest = 0;
    problem.clear();
    lastGroup = null;
  }

  /** The expression the line built; the first problem found instead, if there is one. */
  Expr result() {
    problem.throwIfAny();
    return stack[0];
  }

  /** How many operands wait: a rule notes it first, to gather what it leaves above it. */
  int depth() {
    return depth;
  }

  /** A number literal. */
  void number(Token t) {
    if (!building()) return;
    try {
      push(NumberLiteral.value(t, line));
    } catch (ParseException e) {
      problem.hold(e);
    }
  }

  /** One name (the token source has split runs): a variable or a constant, never a call. */
  void name(Token t) {
    if (!building()) return;
    push(pieceOf(t).value());
  }

  /**
   * A group read to its closer: the call or the grouped value it belongs to takes it next
   * ({@link #lastGroup}), so the power's context needs no field for it. A syntax error ends the
   * parse at once (bail-out, or the error listener's exception), so no group is left unclosed.
   */
  void closed(LeibnizParser.GroupContext group) {
    if (this != OFF) lastGroup = group;
  }

  /** The group {@link #closed} last; null for the builder that is off. */
  LeibnizParser.GroupContext lastGroup() {
    return lastGroup;
  }

  /** A group used as a value: one expression inside, not empty, no commas. */
  void grouped(LeibnizParser.GroupContext group) {
    if (this == OFF) return;
    if (group.sums == 0) {
      problem.hold(new ParseException("empty group '" + group.getStart().getText()
          + group.getStop().getText() + "'", line, column(group.getStart())));
    } else if (group.sums > 1) {
      problem.holdBefore(column(group.getStart()), new ParseException("unexpected ','", line,
          TokensAround.commaColumn(parser.getInputStream(), group, 0)));
    }
  }

  /**
   * A reserved function name and, if one follows, the group that is its argument list: the
   * arguments are the group's {@code sums} expressions on top of the stack.
   */
  void call(Token function, LeibnizParser.GroupContext group) {
    if (this == OFF) return;
    NameSplitter.Piece piece = pieceOf(function);
    int args = group == null ? 0 : group.sums;
    if (args == 0) {
      String hint = TokensAround.raisedToPower(parser.getInputStream())
          ? " (write " + piece.text() + "(x)^2 for a power)" : "";
      problem.hold(new ParseException("'" + piece.text() + "' needs an argument in parentheses"
          + hint, line, column(function)));
      return;
    }
    int most = ScalarCalls.mostArguments(piece);
    if (args > most) {
      problem.holdBefore(column(group.getStart()), new ParseException(
          ScalarCalls.tooManyArguments(piece), line,
          TokensAround.commaColumn(parser.getInputStream(), group, most - 1)));
    }
    if (!building()) return;
    Token end = group.getStop();
    try {
      push(args == 1 ? ScalarCalls.of(piece, stack[--depth], line, column(function))
          : ScalarCalls.of(piece, popFrom(depth - args), line, column(function)));
      if (builtOutsideDomain(args > 1)) refuse(column(function), end);
    } catch (UndefinedException e) {
      // Named as written: sqrt(-1), not the power (-1)^(1/2) it stands for.
      undefined(e.writtenAs(written(column(function), end)));
    } catch (ParseException e) {
      problem.hold(e);
    }
  }

  /** Negates the top of the stack {@code count} times, once per minus sign before it. */
  void negate(int count) {
    if (count == 0 || !building()) return;
    try {
      Expr e = stack[depth - 1];
      for (int i = 0; i < count; i++) e = Expr.negate(e);
      stack[depth - 1] = e;
    } catch (UndefinedException e) {
      undefined(e);
    }
  }

  /** A factor written against the one before ({@link NumberLiteral#juxtaposed}). */
  void juxtaposed(Token previousEnd, Token start) {
    if (!building()) return;
    ParseException twoNumbers = NumberLiteral.juxtaposed(previousEnd, start, line);
    if (twoNumbers != null) problem.hold(twoNumbers);
  }

  /**
   * The factor on top, after operator {@code op} and {@code minus} signs: '/' inverts it. A
   * divisor that is 0 ({@code x/0}, {@code 1/(x - x)}) is reported at the '/'.
   */
  void factor(Token op, int minus) {
    negate(minus);
    int type = op.getType();
    if (!building() || (type != LeibnizLexer.SLASH && type != LeibnizLexer.DOTSLASH)) return;
    try {
      stack[depth - 1] = Expr.power(stack[depth - 1], Num.MINUS_ONE);
    } catch (UndefinedException e) {
      problem.hold(new ParseException(e.getMessage(), line, column(op)));
    }
  }

  /**
   * The product of the factors above {@code first}; of two, by merging (the same canonical
   * product, without gathering and sorting: {@code Expr.product(a, b)}); of more, two at a
   * time where that gives the same product ({@link PairwiseProduct}), else gathered.
   */
  void product(int first) {
    if (!building() || depth - first == 1) return;
    try {
      if (depth - first == 2) {
        Expr right = stack[--depth];
        stack[depth - 1] = Expr.product(stack[depth - 1], right);
        return;
      }
      Expr product = PairwiseProduct.of(stack, first, depth);
      if (product != null) {
        stack[first] = product;
        depth = first + 1;
        return;
      }
      push(Expr.product(popFrom(first)));
    } catch (UndefinedException e) {
      undefined(e);
    }
  }

  /** The base under the exponent on top, the exponent negated {@code minus} times first. */
  void power(int minus) {
    negate(minus);
    if (!building()) return;
    try {
      Expr exponent = stack[--depth];
      stack[depth - 1] = Expr.power(stack[depth - 1], exponent);
      refusePowerOutsideDomain();
    } catch (UndefinedException e) {
      undefined(e);
    }
  }

  /**
   * True when the call or power just built is of constants alone and outside its real domain:
   * {@code ln(-pi)}, {@code sqrt(1 - e)}, {@code (-pi)^(1/3)}, which no rational equals, so that
   * the smart constructors, which refuse {@code ln(-1)}, let them through
   * ({@link ConstantDomain}). A call of {@code several} arguments is looked at throughout:
   * {@code log(-pi, x)} is {@code ln(x)/ln(-pi)}.
   */
  private boolean builtOutsideDomain(boolean several) {
    Expr built = stack[depth - 1];
    return several ? ConstantDomain.outsideAnywhere(built) : ConstantDomain.outside(built);
  }

  /**
   * {@link #refuse} for a power just built outside its domain, written from its rule's start to
   * the last token read: apart from {@link #power}, which the parser calls for every power.
   */
  private void refusePowerOutsideDomain() {
    if (builtOutsideDomain(false)) {
      refuse(column(parser.getContext().getStart()), parser.getInputStream().LT(-1));
    }
  }

  /** Holds the error for what {@link #builtOutsideDomain} found, written from start to end. */
  private void refuse(int start, Token end) {
    problem.hold(new ParseException(written(start, end) + ConstantDomain.reason(stack[depth - 1]),
        line, start));
  }

  /** The input from column {@code start} through token {@code end}, as written. */
  private String written(int start, Token end) {
    return line.substring(start - 1, end.getCharPositionInLine() + end.getText().length());
  }

  /** The sum of the terms above {@code first}. */
  void sum(int first) {
    if (!building() || depth - first == 1) return;
    try {
      push(Expr.sum(popFrom(first)));
    } catch (UndefinedException e) {
      undefined(e);
    }
  }

  private boolean building() {
    return problem.none() && this != OFF;
  }

  private void push(Expr e) {
    if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
    stack[depth++] = e;
    if (depth > deepest) deepest = depth;
  }

  private Operands popFrom(int first) {
    Operands operands = Operands.of(stack, first, depth);
    depth = first;
    return operands;
  }

  /** The name a token stands for: split once, by the token source, which keeps the piece. */
  private NameSplitter.Piece pieceOf(Token token) {
    if (token instanceof PieceToken p && p.piece != null) return p.piece;
    return NameSplitter.split(token.getText(), line, column(token)).get(0);
  }

  /** An undefined value, reported where the rule being completed begins. */
  private void undefined(UndefinedException e) {
    problem.hold(new ParseException(e.getMessage(), line, column(parser.getContext().getStart())));
  }

  private static int column(Token t) {
    return t.getCharPositionInLine() + 1;
  }
}
