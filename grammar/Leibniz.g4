/*
 * The expression language of Leibniz (see README.md and LANGUAGE.md).
 *
 * One rule per precedence level, loosest first. Juxtaposition ("2x", "x(x+1)", "(x+1)(x-1)") is
 * a product whose right factor is a power that never starts with a sign, so "x-y" is a
 * difference and never x*(-y). Powers are right-associative and bind tighter than unary minus;
 * an exponent may open with a sign ("x^-2"). Runs of letters are one NAME token here; the
 * visitor splits them into variables, constants and function names ("xsin" is x*sin).
 * Only a reserved function name takes a group as its argument: the token source retypes those
 * names FUNCTION, so "x(x+1)^2" is x*(x+1)^2 and "a/b(c)" is (a/b)*c, while "sin(x)^2" is
 * sin(x)^2. Brackets of all four kinds group; that an opener meets its own closer is checked by
 * the visitor, which can then name both in its message.
 *
 * Vectors and matrices (LANGUAGE.md): declarations close an expression ("x' A x where x: 3,
 * A: 3x3"); a program line is "name = expression", its first line may be declarations alone.
 * Postfix ' transposes and binds tighter than everything; ".*" and "./" share the precedence of
 * "*", ".^" that of "^". A shape is lexed as a number and a name ("3x4" is NUMBER NAME) or a
 * number alone; the visitor checks the name spells "x" and digits.
 */
grammar Leibniz;

/* Never produced by the lexer: RunSplittingTokenSource gives it to reserved function names. */
tokens { FUNCTION }

@header {
package dev.leibniz.parse;
}

start
    : sum (WHERE declarations)? EOF
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

sum
    : signed (addOp signed)*
    ;

addOp
    : PLUS
    | MINUS
    ;

signed
    : (PLUS | MINUS) signed      # unarySign
    | product                    # unsigned
    ;

product
    : power (mulOp factor | power)*
    ;

factor
    : (PLUS | MINUS) factor      # signedFactor
    | power                      # plainFactor
    ;

mulOp
    : STAR
    | SLASH
    | DOTSTAR
    | DOTSLASH
    ;

power
    : atom APOSTROPHE* ((CARET | STARSTAR | DOTCARET) exponent)?
    ;

exponent
    : (PLUS | MINUS) exponent    # signedExponent
    | power                      # plainExponent
    ;

atom
    : NUMBER                     # number
    | FUNCTION group?            # call
    | NAME                       # name
    | group                      # grouped
    ;

group
    : open = (LPAREN | LANGLE | LBRACK | LBRACE) (sum (COMMA sum)*)?
      close = (RPAREN | RANGLE | RBRACK | RBRACE)
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
