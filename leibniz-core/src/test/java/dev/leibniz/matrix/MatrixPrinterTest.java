package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.parse.MatrixParser;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parentheses the printer writes: none where the reader, multiplying left to right, builds
 * the same tree without them; the ones it needs kept. Each form is also read back to the tree
 * printed ({@link MatrixPrinterRoundTripTest} does so at random).
 */
class MatrixPrinterTest {
  private static final String WHERE =
      " where x: 3, y: 3, z: 3, r: 1x3, A: 3x3, B: 3x3, C: 3x3, s: 1, t: 1";

  static Stream<Arguments> forms() {
    return Stream.of(
        // the first factor of a product is built whole before the reader multiplies on
        Arguments.of("(x'*y)*z", "x'*y*z"),
        Arguments.of("(x'*y)*eye(3)", "x'*y*eye(3)"),
        Arguments.of("(x' A y) z", "x'*A*y*z"),
        Arguments.of("z (x' y)", "x'*y*z"),
        Arguments.of("-(x'*y)*A", "-x'*y*A"),
        Arguments.of("B - (x'*y)*A", "B - x'*y*A"),
        Arguments.of("(x'*y)/s", "x'*y/s"),
        Arguments.of("(A .* B)*C", "A .* B*C"),
        Arguments.of("(A .* B)/2", "A .* B/2"),
        Arguments.of("(A .* B) .* C", "A .* B .* C"),
        // a chain of .* is flat however it was grouped: a .* (b .* c) is the tree of a .* b .* c
        Arguments.of("A .* (B .* C)", "A .* B .* C"),
        Arguments.of("A .* (B .* (C .* A))", "A .* B .* C .* A"),
        Arguments.of("(A .* B) .* (C .* A)", "A .* B .* C .* A"),
        Arguments.of("C*(A .* (B .* C))", "C*(A .* B .* C)"),
        Arguments.of("(A*B) .* C", "A*B .* C"),
        // a scalar-valued chain with a factor after it becomes one scalar factor
        Arguments.of("2*(x'*y)*A", "2*x'*y*A"),
        Arguments.of("sin(s)*(x'*y)*A", "sin(s)*x'*y*A"),
        Arguments.of("(x'*y)*(z'*x)*A", "x'*y*z'*x*A"),
        Arguments.of("(x'*y)*z/(z'*x)", "x'*y*z/(z'*x)"),
        // a product is flat: A*(B*C) is the tree of A*B*C
        Arguments.of("A*(B*C)", "A*B*C"),
        Arguments.of("s*(A*B)", "s*A*B"),
        // kept: a last scalar-valued chain, which without them joins the chain before it
        Arguments.of("(x'*y)*(z'*x)", "x'*y*(z'*x)"),
        Arguments.of("(r*x)*(r*y)", "r*x*(r*y)"),
        // kept: an entry-wise product after another factor, or on the right
        Arguments.of("C*(A .* B)", "C*(A .* B)"),
        Arguments.of("2*(A .* B)", "2*(A .* B)"),
        Arguments.of("s*(x .* y)", "s*(x .* y)"),
        Arguments.of("2*(A .* B)*C", "2*(A .* B)*C"),
        Arguments.of("A .* (B ./ C)", "A .* (B ./ C)"),
        Arguments.of("A .* (B*C)", "A .* (B*C)"),
        Arguments.of("(A - B)*C", "(A - B)*C"),
        // transposes and powers
        Arguments.of("(A*B)'", "(A*B)'"),
        Arguments.of("(A .* B)'", "(A .* B)'"),
        Arguments.of("(x .^ 2)'", "(x .^ 2)'"),
        Arguments.of("(x'*y)^2", "(x'*y)^2"),
        Arguments.of("(s*A) .^ 2", "(s*A) .^ 2"),
        Arguments.of("(A .^ B) .^ C", "(A .^ B) .^ C"),
        Arguments.of("A .^ (B .^ C)", "A .^ B .^ C"),
        Arguments.of("x .^ (-1)", "x .^ (-1)"),
        // quotients: one tree however the factors were grouped
        Arguments.of("(t/3)*(x/s)", "t*x/(3*s)"),
        Arguments.of("t*x/(3*s)", "t*x/(3*s)"),
        Arguments.of("s^(-1/2)*x", "x/s^(1/2)"));
  }

  @ParameterizedTest(name = "{0} prints {1}")
  @MethodSource("forms")
  void printsOnlyTheParenthesesTheReaderNeeds(String input, String printed) {
    MatrixExpr tree = read(input);
    assertEquals(printed, MatrixPrinter.print(tree));
    assertEquals(tree, read(printed), () -> printed + " reads back as another tree");
  }

  private static MatrixExpr read(String text) {
    return MatrixParser.parse(text + WHERE, new LinkedHashMap<>()).tree();
  }
}
