#!/usr/bin/env python3
"""Writes reference-values.tsv: every reserved function of Leibniz at points over its whole
real domain (tiny, huge, near-edge, negative), computed with mpmath at 60 significant digits
and rounded once to the nearest double, printed with 17 significant digits.

Columns: function, x, f(x), f'(x). A value column is "NaN" where x is outside the real domain
(mpmath's answer is not real); the derivative column is "-" where no derivative is checked
(kinks, discontinuities, where it is not a normal double, and outside 0.001 <= |x| <= 100
or within 0.01 of |x| = 1, where rows such as 1/sqrt(1 - u^2) lose digits to cancellation
by their form: the check is of the rows, not of their conditioning). Run from this
directory: python3 reference-values.py > reference-values.tsv
The conventions are Leibniz's: acot(x) = atan(1/x) with acot(0) = pi/2 (range (-pi/2, pi/2]),
asec = acos(1/x), acsc = asin(1/x), acoth = atanh(1/x), asech = acosh(1/x),
acsch = asinh(1/x), cbrt real, sign(0) = 0, step(0) = 0, relu(x) = max(0, x).
"""
import sys
import mpmath as mp

mp.mp.dps = 60
M = mp.mpf


def real_cbrt(x):
    return mp.sign(x) * mp.cbrt(abs(x))


FUNCTIONS = {
    "sin": mp.sin, "cos": mp.cos, "tan": mp.tan, "cot": mp.cot, "sec": mp.sec, "csc": mp.csc,
    "asin": mp.asin, "acos": mp.acos, "atan": mp.atan,
    "acot": lambda x: mp.pi / 2 if x == 0 else mp.atan(1 / x),
    "asec": lambda x: mp.acos(1 / x), "acsc": lambda x: mp.asin(1 / x),
    "sinh": mp.sinh, "cosh": mp.cosh, "tanh": mp.tanh, "coth": mp.coth, "sech": mp.sech,
    "csch": mp.csch, "asinh": mp.asinh, "acosh": mp.acosh, "atanh": mp.atanh,
    "acoth": lambda x: mp.atanh(1 / x), "asech": lambda x: mp.acosh(1 / x),
    "acsch": lambda x: mp.asinh(1 / x),
    "ln": mp.log, "log10": mp.log10, "log2": lambda x: mp.log(x, 2), "cbrt": real_cbrt,
    "abs": abs, "sign": mp.sign, "step": lambda x: M(1) if x > 0 else M(0),
    "sigmoid": lambda x: 1 / (1 + mp.exp(-x)), "relu": lambda x: max(M(0), x),
    "softplus": lambda x: mp.log1p(mp.exp(x)), "erf": mp.erf, "gamma": mp.gamma,
    "digamma": mp.digamma, "trigamma": lambda x: mp.psi(1, x),
}

# Where a function has a kink or jump: no derivative is checked there.
NOT_SMOOTH = {"abs": [0], "sign": [0], "step": [0], "relu": [0], "acot": [0], "cbrt": [0]}
# Poles and other points where the value is infinite: left to the domain checks.
MAGNITUDES = [
    1e-300, 1e-200, 2.5e-100, 1e-20, 1e-12, 1e-8, 1e-5, 0.001, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99,
    0.999999, 1 - 2.0 ** -30, 1.0, 1 + 2.0 ** -30, 1.000001, 1.1, 1.5, 2.0, 2.5, 3.7, 5.0, 10.0,
    20.0, 25.0, 50.0, 100.0, 141.5, 150.5, 171.5, 300.0, 700.0, 1000.0, 1e5, 1e8, 1e15, 1e20,
    1e100, 1e200, 1e300]
EXTRA = [0.0, -0.5, -1.5, -20.5, -100.5, -141.5, -142.5, -150.5, -160.5, -170.5, 1.4616321449683622]
POINTS = sorted(set(MAGNITUDES + [-m for m in MAGNITUDES] + EXTRA))
MIN_NORMAL = 2.2250738585072014e-308
MAX = 1.7976931348623157e308


def as_double(v):
    """The double nearest v, or None if v is infinite, beyond the doubles or subnormal."""
    if isinstance(v, mp.mpc):
        if v.imag != 0:
            return "NaN"
        v = v.real
    if not mp.isfinite(v):
        return None
    d = float(v)
    if d != 0 and not (MIN_NORMAL <= abs(d) <= MAX):
        return None
    return d


def fmt(d):
    return d if isinstance(d, str) else "%.17g" % d


def main(out):
    out.write("# function\tx\tvalue\tderivative  (see reference-values.py)\n")
    for name, f in FUNCTIONS.items():
        for x in POINTS:
            if name in ("gamma", "digamma", "trigamma") and x <= 0 and x == int(x):
                continue  # 0 and the negative integers (every double below -2^52) are poles
            try:
                v = as_double(f(M(x)))
            except (ZeroDivisionError, ValueError):
                continue
            if v is None:
                continue
            d = "-"
            smooth = (x not in NOT_SMOOTH.get(name, []) and v != "NaN"
                      and 0.001 <= abs(x) <= 100 and abs(abs(x) - 1) >= 0.01)
            if smooth:
                try:
                    dv = as_double(mp.diff(f, M(x), h=abs(M(x)) * M("1e-25")))
                    if dv is not None and dv != "NaN":
                        d = fmt(dv)
                except (ZeroDivisionError, ValueError):
                    pass
            out.write("%s\t%s\t%s\t%s\n" % (name, fmt(x), fmt(v), d))


if __name__ == "__main__":
    main(sys.stdout)
