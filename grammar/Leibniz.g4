/*
 * The expression language of Leibniz (see README.md and LANGUAGE.md).
 *
 * One rule per precedence level, loosest first: sum, product, power (with its atom); a group is
 * the one bracketed form. Juxtaposition ("2x", "x(x+1)", "(x+1)(x-1)") is a product whose right factor
 * is a power that never starts with a sign, so "x-y" is a difference and never x*(-y). Powers
 * are right-associative and bind tighter than unary minus; an exponent may open with signs
 * ("x^-2"). Runs of signs ("x - -y", "x*-y") are token loops inside these rules, not rules of
 * their own: every rule invocation costs the parser a context object, so the language is the
 * old one with no level between a sum and an atom that it does not need.
 * Runs of letters are one NAME token here; the token source splits them into variables,
 * constants and function names ("xsin" is x*sin) and retypes reserved function names (FUNCTION,
 * BARE_FUNCTION), the only names that take a group as their argument, so "x(x+1)^2" is
 * x*(x+1)^2 and "a/b(c)" is (a/b)*c, while "sin(x)^2" is sin(x)^2. Brackets of all four kinds group; that an opener
 * meets its own closer is checked beside the parser (BracketScanner), which can then name both.
 *
 * The scalar reader builds its expression while it parses, with no parse tree: each action
 * below hands what was just read to `build` (ExprBuilder), which keeps the operands on a stack;
 * every sum, product and power leaves exactly one expression there. The matrix reader
 * leaves `build` switched off and visits a parse tree instead (MatrixBuilder).
 *
 * Vectors and matrices (LANGUAGE.md): declarations close an expression ("x' A x where x: 3,
 * A: 3x3"); a program line is "name = expression", its first line may be declarations alone.
 * Postfix ' transposes and binds tighter than everything; ".*" and "./" share the precedence of
 * "*", ".^" that of "^". A shape is lexed as a number and a name ("3x4" is NUMBER NAME) or a
 * number alone; the reader checks the name spells "x" and digits.
 */
grammar Leibniz;

/*
 * Never produced by the lexer: RunSplittingTokenSource gives them to reserved function names,
 * FUNCTION when a group follows (blanks between allowed), BARE_FUNCTION when none does. Left to
 * the parser, "is the group after a function name its argument or a factor?" would be a
 * decision it settles only by reading the whole group; the token source settles it greedily
 * ("sin (x)" is a call) with one look at the next character.
 */
tokens { FUNCTION, BARE_FUNCTION }

@header {
package dev.leibniz.parse;
}

@lexer::members {
/*
 * A token is made by walking the DFA ANTLR has built from these rules, in local variables
 * (DfaWalkingLexerSimulator), when the simulator is that one and the DFA knows every move
 * needed; otherwise ANTLR's own nextToken makes it, as it makes the EOF token once its own
 * match has reached the end of the line.
 */
@Override
public Token nextToken() {
  if (!_hitEOF && _mode == DEFAULT_MODE
      && getInterpreter() instanceof DfaWalkingLexerSimulator walker) {
    Token walked = walker.nextToken(_input, _factory, _tokenFactorySourcePair);
    if (walked != null) return walked;
  }
  return super.nextToken();
}
}

@parser::members {
/** Builds the expression during the parse; switched off unless a scalar reader sets one. */
ExprBuilder build = ExprBuilder.OFF;

/*
 * The rule entry and exit, alternative entry, match and consume that the generated methods call
 * for every rule and token, cut to what a parse without a parse tree or listeners needs when
 * the tokens come from a LineTokenStream and prediction is SLL (the scalar reader's first
 * stage): the same state numbers, start and stop tokens and EOF flag as ANTLR's Parser, with
 * the stream read directly rather than through the TokenStream interface. Any other parse
 * takes ANTLR's own path.
 *
 * The lean path keeps the innermost open rule's context in an object of the line's own (young:
 * made anew for each line), each context linked to its parent, rather than in the parser's
 * _ctx. The parser lives as long as its thread, so under G1, the JVM's default collector,
 * storing a new context into one of its fields costs a memory fence (the card-marking barrier
 * of an old object pointing at a young one, ~5 ns here), three per rule; a store into a young
 * object costs a compare. _ctx stays null on this path. The generated rules read it only as a
 * new context's parent, which enterRule links itself (the grammar is LL(1): no rule calls
 * adaptivePredict), and getContext() answers from the line's object. ANTLR's exceptions read
 * _ctx directly, but on this path only the bail-out makes them, and the reader drops its cause
 * and parses the line again on ANTLR's path (the LL stage), which reports the error.
 */

/** The token stream when it is a LineTokenStream, else null. */
private LineTokenStream line;

/** The innermost rule context open on the lean path, null when none is. */
private static final class Innermost {
  ParserRuleContext context;
}

/** A new one for each line. */
private Innermost innermost = new Innermost();

@Override
public void setTokenStream(TokenStream input) {
  super.setTokenStream(input);
  line = input instanceof LineTokenStream ? (LineTokenStream) input : null;
  innermost = new Innermost();
}

/**
 * True when nothing but the rule contexts' state, start and stop is wanted of the parse: asked
 * by enterRule alone; the other calls follow whether it opened a context on the lean path.
 */
private boolean lean() {
  return line != null && !_buildParseTrees && _parseListeners == null
      && getInterpreter().getPredictionMode() == PredictionMode.SLL;
}

/** True while the parse runs on the lean path: enterRule opened a context there. */
private boolean onLeanPath() {
  return innermost.context != null;
}

@Override
public ParserRuleContext getContext() {
  ParserRuleContext open = innermost.context;
  return open != null ? open : _ctx;
}

@Override
public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
  if (!lean()) {
    super.enterRule(localctx, state, ruleIndex);
    return;
  }
  setState(state);
  localctx.start = line.current();
  localctx.parent = innermost.context;
  innermost.context = localctx;
}

@Override
public void exitRule() {
  if (!onLeanPath()) {
    super.exitRule();
    return;
  }
  ParserRuleContext ctx = innermost.context;
  ctx.stop = matchedEOF ? line.current() : line.previous();
  setState(ctx.invokingState);
  innermost.context = (ParserRuleContext) ctx.parent;
}

@Override
public void enterOuterAlt(ParserRuleContext localctx, int altNum) {
  if (!onLeanPath()) {
    super.enterOuterAlt(localctx, altNum);
    return;
  }
  localctx.setAltNumber(altNum);
}

@Override
public Token match(int ttype) throws RecognitionException {
  if (!onLeanPath()) return super.match(ttype);
  Token t = line.current();
  if (t.getType() != ttype) return super.match(ttype);
  if (ttype == Token.EOF) matchedEOF = true;
  _errHandler.reportMatch(this);
  if (ttype != Token.EOF) line.consume();
  return t;
}

@Override
public Token consume() {
  if (!onLeanPath()) return super.consume();
  Token t = line.current();
  if (t.getType() != Token.EOF) line.consume();
  return t;
}
}

start
    : sum (WHERE declared = declarations)? EOF
    ;

/* A program line: "z1 = W1 x + b1". */
equation
    : NAME ASSIGN sum EOF
    ;

/* A program's line of declarations alone: "W1: 4x3, b1: 4". */
declarationLine
    : declarations EOF
    ;

declarations
    : declaration (COMMA declaration)*
    ;

declaration
    : NAME COLON size
    ;

size
    : NUMBER (NAME | STAR NUMBER)?
    ;

/*
 * Terms, each after its signs: the first sign after a term is the operator, the rest unary.
 * A rule's counters are Java locals of its method (@init), not ANTLR locals or labels: those
 * are fields of the context object every invocation allocates, read and written through it.
 */
sum
    @init {int first = build.depth(), minus = 0;}
    : (PLUS | MINUS {minus++;})* product {build.negate(minus); minus = 0;}
      ((PLUS | MINUS {minus++;})+ product {build.negate(minus); minus = 0;})*
      {build.sum(first);}
    ;

/* Factors left to right: "a/b*c" is (a/b)*c. An operator's factor may open with signs. */
product
    @init {int first = build.depth(), minus = 0; Token op = null;}
    : power
      ( (STAR | SLASH | DOTSTAR | DOTSLASH) {op = _input.LT(-1);} (PLUS | MINUS {minus++;})* power
          {build.factor(op, minus); minus = 0;}
      | {build.juxtaposed(_input.LT(-1), _input.LT(1));} power
      )*
      {build.product(first);}
    ;

/*
 * An atom (a number, a call, a name, a group), transposed by each ', raised to a
 * right-associative exponent that may open with signs. The atom is written out here rather
 * than as a rule of its own: a rule costs a context object per use, and every factor has one.
 * The atom's token is the rule's first ($ctx.start) and its group the builder's last closed
 * one, not labels: each label is a field of every power's context.
 */
power
    @init {int minus = 0;}
    : ( NUMBER {build.number($ctx.start);}
      | FUNCTION group {build.call($ctx.start, build.lastGroup());}
      | BARE_FUNCTION {build.call($ctx.start, null);}
      | NAME {build.name($ctx.start);}
      | group {build.grouped(build.lastGroup());}
      )
      APOSTROPHE*
      ((CARET | STARSTAR | DOTCARET) (PLUS | MINUS {minus++;})* power {build.power(minus);})?
    ;

/*
 * Expressions between brackets; `sums` counts them, for the call or group that reads them,
 * which the builder is handed once the closer is read (the power's action runs next). Its
 * opener is the context's first token and its closer the last (getStart, getStop).
 */
group
    locals [int sums]
    : (LPAREN | LANGLE | LBRACK | LBRACE) (sum {$sums++;} (COMMA sum {$sums++;})*)?
      (RPAREN | RANGLE | RBRACK | RBRACE) {build.closed($ctx);}
    ;

/* Before NAME: "where" alone is the keyword; "wherex" is still a run of letters. */
WHERE
    : 'where'
    ;

NUMBER
    : DIGITS ('.' DIGITS?)? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;

/* "2e-" without digits: reported as "number expected after 'e'". */
BAD_EXPONENT
    : (DIGITS ('.' DIGITS?)? | '.' DIGITS) [eE] [+\-]
    ;

/* "1.2.3", "1..5", "1.2e1.3": a second point is never a new number; "malformed number". */
BAD_NUMBER
    : (DIGITS ('.' DIGITS?)? | '.' DIGITS) EXPONENT? '.' ('.' | DIGITS | EXPONENT)*
    ;

NAME
    : LETTER (LETTER | [0-9] | '_')*
    ;

PLUS     : '+' ;
MINUS    : '-' | '\u2212' ;
STARSTAR : '**' ;
STAR     : '*' | '\u00B7' | '\u00D7' ;
SLASH    : '/' | '\u00F7' ;
CARET    : '^' ;
DOTSTAR  : '.*' ;
DOTSLASH : './' ;
DOTCARET : '.^' ;
APOSTROPHE : '\'' ;
COLON    : ':' ;
ASSIGN   : '=' ;
COMMA    : ',' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LANGLE   : '<' ;
RANGLE   : '>' ;
LBRACK   : '[' ;
RBRACK   : ']' ;
LBRACE   : '{' ;
RBRACE   : '}' ;

WS
    : [ \t\r\n]+ -> skip
    ;

/* Anything else becomes one token, so the lexer never fails and the parser names it. */
UNKNOWN
    : .
    ;

fragment DIGITS   : [0-9]+ ;
fragment EXPONENT : [eE] [+\-]? DIGITS ;
fragment LETTER   : [a-zA-Z] | [\u0391-\u03A9] | [\u03B1-\u03C9] | '\u03D1' | '\u03D5' ;
