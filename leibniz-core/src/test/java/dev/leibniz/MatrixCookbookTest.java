package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of matrix derivatives: identities of the Matrix Cookbook (Petersen and Pedersen,
 * 2012, chapter 2) and the recitation notes' rules, each proven in both layouts against central
 * finite differences and reverse mode on the expanded tape at three seeded random points, read
 * back through the parser under the same declarations, and, where the form matters, compared
 * with the textbook's form as a string.
 */
class MatrixCookbookTest {
  static Stream<Arguments> table() {
    return Stream.of(
        // traces (Cookbook 2.4)
        row("tr(X) where X: 3x3", "X", "eye(3)"),
        row("tr(A X) where A: 3x3, X: 3x3", "X", "A'"),
        row("tr(X A) where A: 3x3, X: 3x3", "X", "A'"),
        row("tr(A X B) where A: 2x3, X: 3x4, B: 4x2", "X", "(B*A)'"),
        row("tr(A X' B) where A: 2x4, X: 3x4, B: 3x2", "X", "B*A"),
        row("tr(X' A) where X: 3x4, A: 3x4", "X", "A"),
        row("tr(X X) where X: 3x3", "X", "2*X'"),
        row("tr(X' X) where X: 3x4", "X", "2*X"),
        row("tr(X X') where X: 3x4", "X", "2*X"),
        row("tr(X A X') where X: 2x3, A: 3x3", "X", "X*(A + A')"),
        row("tr(X' A X) where X: 3x2, A: 3x3", "X", "(A + A')*X"),
        row("tr(A X X') where A: 3x3, X: 3x2", "X", "(A + A')*X"),
        row("tr(inv(X)) where X: 3x3", "X", null),
        row("tr(A inv(X) B) where A: 3x3, X: 3x3, B: 3x3", "X", null),
        row("tr(A inv(X)) where A: 3x3, X: 3x3", "X", "-(inv(X)*A*inv(X))'"),
        row("tr(X' X) + tr(X) where X: 3x3", "X", null),
        // determinants (Cookbook 2.1.1)
        row("det(X) where X: 3x3", "X", "det(X)*inv(X)'"),
        row("ln(det(X)) where X: 3x3", "X", "inv(X)'"),
        row("ln(abs(det(X))) where X: 3x3", "X", "inv(X)'"),
        row("det(A X B) where A: 3x3, X: 3x3, B: 3x3", "X", null),
        row("ln(det(X' X)) where X: 4x3", "X", null),
        row("det(X' X) where X: 4x3", "X", null),
        row("det(inv(X)) where X: 3x3", "X", null),
        row("det(X)^2 where X: 3x3", "X", "2*det(X)^2*inv(X)'"),
        row("det(2X) where X: 2x2", "X", null),
        // inverses (Cookbook 2.2)
        row("a' inv(X) b where a: 3, X: 3x3, b: 3", "X", "-inv(X)'*a*(inv(X)*b)'"),
        row("sum(inv(X)) where X: 3x3", "X", null),
        row("tr(inv(X) A) where A: 3x3, X: 3x3", "X", null),
        // first-order forms (Cookbook 2.4.1, 2.4.2)
        row("a' X b where a: 3, X: 3x4, b: 4", "X", "a*b'"),
        row("a' X' b where a: 4, X: 3x4, b: 3", "X", "b*a'"),
        row("a' X a where a: 3, X: 3x3", "X", "a*a'"),
        row("b' X' X c where b: 3, X: 4x3, c: 3", "X", null),
        row("(X b + c)' D (X b + c) where X: 3x2, b: 2, c: 3, D: 3x3", "X", null),
        row("x' a where x: 4, a: 4", "x", "a"),
        row("a' x where x: 4, a: 4", "x", "a"),
        row("dot(a, x) where x: 4, a: 4", "x", "a"),
        row("b' A x where b: 3, A: 3x4, x: 4", "x", "A'*b"),
        // quadratic forms
        row("x' A x where x: 3, A: 3x3", "x", "(A + A')*x"),
        row("x' A x where x: 3, A: 3x3", "A", "x*x'"),
        row("(x' A x)/(x' x) where x: 3, A: 3x3", "x", null),
        row("s*x' x where s: 1x1, x: 3", "x", "2*s*x"),
        row("s*x' x where s: 1x1, x: 3", "s", null),
        // norms
        row("norm2(x) where x: 4", "x", "x/norm2(x)"),
        row("norm2(x)^2 where x: 4", "x", "2*x"),
        row("norm2(x - a)^2 where x: 4, a: 4", "x", "2*(x - a)"),
        row("norm2(X)^2 where X: 3x4", "X", "2*X"),
        row("norm2(W x - y)^2 where W: 3x4, x: 4, y: 3", "W", "2*(W*x - y)*x'"),
        row("norm2(W x - y)^2 where W: 3x4, x: 4, y: 3", "x", "2*W'*(W*x - y)"),
        row("norm2(W x - y)^2 where W: 3x4, x: 4, y: 3", "y", "-2*(W*x - y)"),
        row("norm2(A X - B)^2 where A: 2x3, X: 3x4, B: 2x4", "X", "2*A'*(A*X - B)"),
        // sums, entry-wise functions (recitation rules 5, 6)
        row("sum(X) where X: 3x4", "X", "ones(3, 4)"),
        row("sum(x) where x: 4", "x", "ones(4)"),
        row("sum(exp(x)) where x: 4", "x", "exp(x)"),
        row("sum(x .^ 2) where x: 4", "x", "2*x"),
        row("sum(x ./ y) where x: 3, y: 3", "y", null),
        row("sum(x .* y) where x: 3, y: 3", "x", "y"),
        row("sum(sigmoid(W x + b)) where W: 3x2, x: 2, b: 3", "b", null),
        row("sum(sigmoid(W x + b)) where W: 3x2, x: 2, b: 3", "W", null),
        row("sum(tanh(W x + b)) where W: 3x2, x: 2, b: 3", "x", null),
        row("sum(relu(W x + b)) where W: 3x2, x: 2, b: 3", "W", "step(W*x + b)*x'"),
        row("sum(ln(x .* x + ones(3))) where x: 3", "x", null),
        row("sum((W x) .* (W x)) where W: 2x3, x: 3", "W", null),
        // a scalar operand broadcast over a vector: its adjoint is summed to a scalar
        row("sum(s ./ x) where x: 3", "s", "sum(ones(3) ./ x)"),
        row("sum(norm2(x) ./ x) where x: 3", "x", null),
        row("sum(s .^ x) where x: 3", "s", null),
        row("sum(s .^ x) where x: 3", "x", null),
        row("sum(exp(x) .^ s) where x: 3", "s", null),
        row("sum(s .* x) where x: 3", "s", "sum(x)"),
        // softmax and logsumexp
        row("logsumexp(x) where x: 4", "x", "softmax(x)"),
        row("logsumexp(W x) where W: 3x2, x: 2", "W", "softmax(W*x)*x'"),
        row("logsumexp(z) - dot(y, z) where z: 4, y: 4", "z", "softmax(z) - y"),
        row("dot(softmax(x), y) where x: 3, y: 3", "x", null),
        row("-sum(y .* ln(softmax(x))) where x: 3, y: 3", "x", "sum(y)*softmax(x) - y"),
        // Jacobians (recitation rule 1(b), the primer's vector by vector)
        row("W x where W: 2x3, x: 3", "x", "W"),
        row("W x + b where W: 2x3, x: 3, b: 2", "x", "W"),
        row("x .* y where x: 3, y: 3", "x", "diag(y)"),
        row("sigmoid(x) where x: 3", "x", null),
        row("relu(W x + b) where W: 3x2, x: 2, b: 3", "x", null),
        row("softmax(x) where x: 3", "x", "diag(softmax(x)) - softmax(x)*softmax(x)'"),
        row("norm2(x)*x where x: 3", "x", null),
        row("norm2(x) ./ x where x: 3", "x", null),
        row("norm2(x) .^ x where x: 3", "x", null),
        row("x .^ norm2(x) where x: 3", "x", null),
        // printed with only the parentheses the reader needs
        row("(x'*y)*z where x: 3, y: 3, z: 3", "z", "x'*y*eye(3)"),
        row("(x' y) A z where x: 3, y: 3, z: 3, A: 3x3", "z", "x'*y*A"),
        row("s^2 (x' y) (y' z) A z where x: 3, y: 3, z: 3, A: 3x3", "s", "2*s*x'*y*y'*z*A*z"),
        row("(x' y) (y' z) where x: 3, y: 3, z: 3", "x", "y'*z*y"),
        row("sum((A .* B) C x) where x: 3, A: 3x3, B: 3x3, C: 3x3", "x", "(A .* B*C)'*ones(3)"),
        row("t x/(3 s) where x: 3", "s", "-t*x/(3*s^2)"),
        row("sum(x)/(2 s) where x: 3", "s", "-sum(x)/(2*s^2)"),
        // by a scalar
        row("sigmoid(s*x) where s: 1, x: 3", "s", null),
        row("exp(s)*sum(x) where s: 1, x: 3", "s", null),
        row("tr(inv(X + s*eye(3))) where X: 3x3, s: 1", "s", null));
  }

  private static Arguments row(String input, String variable, String book) {
    return Arguments.of(input, variable, book);
  }

  @ParameterizedTest(name = "d/d{1} {0}")
  @MethodSource("table")
  void provenInBothLayoutsAndReadBack(String input, String variable, String book) {
    MatrixExpression f = MatrixExpression.parse(input);
    for (Layout layout : Layout.values()) {
      MatrixDerivative d = f.derivative(variable, layout);
      MatrixCheckReport report = d.check(3, 20261129);
      assertTrue(report.ok(), () -> d + ": " + report.summary());
      assertTrue(report.compared() > 0, () -> d + " compared nothing");
      String where = input.substring(input.indexOf(" where "));
      MatrixExpression back = MatrixExpression.parse(d.result() + where);
      assertEquals(d.tree(), back.tree(), () -> d.result() + " reads back differently");
      if (layout == Layout.GRADIENT && book != null) assertEquals(book, d.result());
    }
  }
}
