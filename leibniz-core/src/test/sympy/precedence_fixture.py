#!/usr/bin/env python3
"""Writes src/test/resources/dev/leibniz/parse/precedence.tsv, read by PrecedenceTableTest.

The independent reading of each input is SymPy's parser with implicit multiplication (not
implicit application: a name before a group is a factor) and '^' as power, which reads the
precedence table of LANGUAGE.md as the contract does. SymPy does not split runs of letters
into names, so each case gives, beside our input, the same text with its runs split by hand
("xz" as "x z", "xsin(x)" as "x sin(x)", "ex" as "e x", "θ" as "theta"); nothing else is
changed. Brackets '<>', '[]', '{}' become '()' automatically, 'log(b, x)' takes its base first
as in Mathematica, and 'e' is Euler's number. The test runs without SymPy: run this script
(python3 precedence_fixture.py, SymPy 1.14) only when the cases change.
"""
import os
from sympy import E, N, Rational, asinh, log, pi, sin, symbols
from sympy.parsing.sympy_parser import (convert_xor, implicit_multiplication, parse_expr,
                                        standard_transformations)

TRANSFORMATIONS = standard_transformations + (implicit_multiplication, convert_xor)

# Each variable's value: distinct, away from 0, 1 and 2, so that different readings differ.
POINT = {"x": "7/10", "y": "13/10", "z": "9/20", "a": "17/10", "b": "3/5", "c": "23/10",
         "d": "7/20", "t": "11/10", "u": "4/5", "theta": "9/10", "alpha": "7/5",
         "psi": "11/20", "n": "13/5", "xi": "3/10", "x1": "6/5", "w_2": "3/4", "W_12": "5/4"}

# (our input, the same with runs of letters split by hand), the LANGUAGE.md rows first.
CASES = [
    # numbers
    ("3", "3"), ("2.5x", "2.5 x"), (".5x", ".5 x"), ("1e-3x", "1e-3 x"),
    ("6.02E23x", "6.02E23 x"), ("2e-3", "2e-3"), ("2E5", "2E5"), ("2e", "2 e"),
    ("2e^x", "2 e^x"),
    # variables, constants
    ("x1 + w_2 - W_12", "x1 + w_2 - W_12"), ("theta^2 + alpha", "theta^2 + alpha"),
    ("θ^2", "theta^2"), ("e + pi + π", "e + pi + pi"),
    # sums, products, juxtaposition
    ("a+b", "a+b"), ("a-b", "a-b"), ("a*b", "a*b"), ("a b", "a b"), ("2x", "2 x"),
    ("xz", "x z"), ("x(x+1)", "x(x+1)"), ("(x+1)(x-1)", "(x+1)(x-1)"), ("2sin(x)", "2 sin(x)"),
    # quotients
    ("a/b", "a/b"), ("xz/ln(x)", "x z/ln(x)"), ("1/2x", "1/2 x"),
    # powers
    ("a^b", "a^b"), ("a**b", "a**b"), ("x^-2", "x^-2"), ("-x^2", "-x^2"), ("2^3^2", "2^3^2"),
    # unary signs
    ("-x", "-x"), ("+x", "+x"), ("x*-y", "x*-y"),
    # grouping
    ("e^<xz>", "e^(x z)"), ("[x+1]{x-1}", "(x+1)(x-1)"), ("<x>(y)", "(x)(y)"),
    # calls
    ("sin(x)", "sin(x)"), ("ln<x>", "ln(x)"), ("log(2, x)", "log(2, x)"), ("exp(u)", "exp(u)"),
    ("e^u", "e^u"),
    # fine points
    ("xsin(x)", "x sin(x)"), ("psin(x)", "psi n(x)"), ("ex", "e x"), ("xi", "xi"),
    ("arsinh(x)", "arsinh(x)"),
    # issue 10: a name before a group is a factor, not a call
    ("x(x+1)^2", "x(x+1)^2"), ("e^x(x+1)", "e^x(x+1)"), ("a/b(c)", "a/b(c)"),
    ("x(2)^2", "x(2)^2"), ("1/pi(x)", "1/pi(x)"), ("1/θ(y)", "1/theta(y)"),
    ("theta(y)^2", "theta(y)^2"), ("alpha(x+1)^2", "alpha(x+1)^2"), ("pi(x)^2", "pi(x)^2"),
    ("e(x)", "e(x)"), ("x^y(z)", "x^y(z)"), ("x/y(z+1)", "x/y(z+1)"), ("-x(y)^2", "-x(y)^2"),
    # more of ours: powers among products and signs
    ("2x^2", "2 x^2"), ("xsin(x)^2", "x sin(x)^2"), ("a/bc", "a/b c"), ("a/b/c", "a/b/c"),
    ("a/b*c", "a/b*c"), ("x/2y", "x/2 y"), ("3x/2y", "3 x/2 y"), ("2/3x^2", "2/3 x^2"),
    ("1/xy", "1/x y"), ("x^2/yz", "x^2/y z"), ("a b c/d t", "a b c/d t"),
    ("x^2y^3", "x^2 y^3"), ("xy^2", "x y^2"), ("x^2x", "x^2 x"), ("x^2(x+1)", "x^2(x+1)"),
    ("(x+1)^2(x-1)^3", "(x+1)^2(x-1)^3"), ("x(x+1)(x+2)", "x(x+1)(x+2)"),
    ("(x)(y)z", "(x)(y)z"), ("2(x+1)^2", "2(x+1)^2"), ("2^3x", "2^3 x"), ("e^2x", "e^2 x"),
    ("e^xy", "e^x y"), ("a^bc", "a^b c"), ("x^-y^2", "x^-y^2"), ("2^-x", "2^-x"),
    ("x^-2y", "x^-2 y"), ("e^-x^2", "e^-x^2"), ("2^-3x", "2^-3 x"), ("x^2^-1", "x^2^-1"),
    ("-2^2", "-2^2"), ("(-2)^2", "(-2)^2"), ("-2^-2", "-2^-2"), ("-2x^2", "-2 x^2"),
    ("+x^2", "+x^2"), ("-(x+1)^2", "-(x+1)^2"), ("(-x)^2", "(-x)^2"), ("2-x^2", "2-x^2"),
    ("x*-y^2", "x*-y^2"), ("a*-b*c", "a*-b*c"), ("a--b", "a--b"), ("a-b-c", "a-b-c"),
    ("a-(b-c)", "a-(b-c)"), ("-a-b", "-a-b"), ("x**2**0.5", "x**2**0.5"),
    ("2*3^2", "2*3^2"), ("(2*3)^2", "(2*3)^2"), ("1/2^-1x", "1/2^-1 x"),
    ("x^(1/2)(x)", "x^(1/2)(x)"),
    # more of ours: calls among products
    ("sin(x)(x+1)", "sin(x)(x+1)"), ("sin(x)^2cos(x)", "sin(x)^2 cos(x)"),
    ("sqrt(x)(y)", "sqrt(x)(y)"), ("ln(x)^2", "ln(x)^2"), ("ln(x)(x)", "ln(x)(x)"),
    ("log(2,x)^2", "log(2,x)^2"), ("exp(x)^2", "exp(x)^2"), ("abs(x)(x)", "abs(x)(x)"),
    ("xe^x", "x e^x"), ("2xe^x", "2 x e^x"), ("e^xsin(x)", "e^x sin(x)"),
    ("sin(x)^-1", "sin(x)^-1"), ("1/sin(x)cos(x)", "1/sin(x) cos(x)"),
    ("e^sin(x)^2", "e^sin(x)^2"), ("sin (x)", "sin (x)"), ("x/sin(x)^2y", "x/sin(x)^2 y"),
]


def evaluate(text):
    names = {"e": E, "ln": log, "arsinh": asinh,
             "log": lambda *args: log(args[1], args[0]) if len(args) == 2 else log(args[0])}
    names.update({v: symbols(v) for v in POINT})
    plain = text.translate(str.maketrans("<>[]{}", "()()()"))
    expr = parse_expr(plain, local_dict=names, transformations=TRANSFORMATIONS)
    used = sorted(str(s) for s in expr.free_symbols)
    value = N(expr.subs({symbols(v): Rational(POINT[v]) for v in used}), 20)
    point = ",".join(v + "=" + repr(float(Rational(POINT[v]))) for v in used)
    return point, repr(float(value)), str(expr)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "resources", "dev", "leibniz", "parse", "precedence.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Generated by src/test/sympy/precedence_fixture.py (SymPy's reading of each"
                " input); do not edit.\n")
        f.write("# input\tpoint\tvalue\tSymPy's expression\n")
        for ours, split in CASES:
            point, value, expr = evaluate(split)
            f.write("\t".join([ours, point, value, expr]) + "\n")
    print(len(CASES), "cases written to", os.path.normpath(out))


if __name__ == "__main__":
    main()
