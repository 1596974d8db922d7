package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.matrix.MatrixPrinter;
import dev.leibniz.matrix.Shape;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading under declarations: shapes, precedence of the new operators, and the errors. */
class MatrixParserTest {
  static Stream<Arguments> readings() {
    return Stream.of(
        Arguments.of("W x' where W: 3x1, x: 4", "W*x'", "3x4"),
        Arguments.of("x' A x where x: 3, A: 3x3", "x'*A*x", "scalar"),
        Arguments.of("2W where W: 3x4", "2*W", "3x4"),
        Arguments.of("A/2 where A: 2x2", "A/2", "2x2"),
        Arguments.of("a .* b + c ./ d where a: 3, b: 3, c: 3, d: 3", "a .* b + c ./ d", "3"),
        Arguments.of("x .^ 2 where x: 3", "x .^ 2", "3"),
        Arguments.of("(W x + b)' where W: 2x3, x: 3, b: 2", "(W*x + b)'", "1x2"),
        Arguments.of("relu(W x + b) where W: 2x3, x: 3, b: 2", "relu(W*x + b)", "2"),
        Arguments.of("exp(x) where x: 3", "exp(x)", "3"),
        Arguments.of("sqrt(x) where x: 3", "x .^ (1/2)", "3"),
        Arguments.of("ones(2, 3) + eye(2)*ones(2, 3) where s: 1", "2*ones(2, 3)", "2x3"),
        Arguments.of("diag(x) y where x: 3, y: 3", "diag(x)*y", "3"),
        Arguments.of("dot(x, y)/norm2(x) where x: 3, y: 3", "dot(x, y)/norm2(x)", "scalar"),
        Arguments.of("tr(X') + det(X') where X: 3x3", "det(X) + tr(X)", "scalar"),
        Arguments.of("inv(inv(X)) where X: 3x3", "X", "3x3"),
        Arguments.of("(x')' where x: 3", "x", "3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readings")
  void readsWithShapes(String input, String printed, String shape) {
    MatrixParser.Parsed p = MatrixParser.parse(input, Map.of());
    assertEquals(printed, MatrixPrinter.print(p.tree()));
    assertEquals(shape, p.tree().shape().toString());
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("W y where W: 3x4, y: 3", "W*y: 3x4 times 3 does not conform", 2),
        Arguments.of("W*y where W: 3x4, y: 3", "W*y: 3x4 times 3 does not conform", 2),
        Arguments.of("x' y where x: 3, y: 4", "x'*y: 1x3 times 4 does not conform", 3),
        Arguments.of("x + 1 where x: 3", "x + 1: a 3 vector plus a scalar (a scalar and a "
            + "non-scalar cannot be added; use s*ones(n) for a constant vector)", 3),
        Arguments.of("x + b where x: 3", "x + b: a 3 vector plus b, a scalar: b is not declared "
            + "(declare it with where b: 3, or use b*ones(3) for a constant vector)", 3),
        Arguments.of("b - W where W: 2x3", "b - W: b, a scalar, minus a 2x3 matrix: b is not "
            + "declared (declare it with where b: 2x3, or use b*ones(2, 3) for a constant "
            + "matrix)", 3),
        Arguments.of("x + 2*b where x: 3", "x + 2*b: a 3 vector plus a scalar (a scalar and a "
            + "non-scalar cannot be added; use s*ones(n) for a constant vector)", 3),
        Arguments.of("A^2 where A: 2x2", "A^2: a 2x2 matrix to a power: write A .^ 2 for the "
            + "power entry by entry, or A*A for the matrix product, not the ^", 2),
        Arguments.of("A**-1 where A: 2x2", "A**(-1): a 2x2 matrix to a power: write A .^ (-1) "
            + "for the power entry by entry, or inv(A) for the inverse, not the **", 2),
        Arguments.of("x^2 where x: 3", "x^2: a 3 vector to a power: write x .^ 2 for the power "
            + "entry by entry, or x'*x for the sum of squares, not the ^", 2),
        Arguments.of("(W x)^2 where W: 3x4, x: 4", "(W*x)^2: a 3 vector to a power: write "
            + "(W*x) .^ 2 for the power entry by entry, or (W*x)'*(W*x) for the sum of squares, "
            + "not the ^", 6),
        Arguments.of("W^2 where W: 3x4", "W^2: a 3x4 matrix to a power: write W .^ 2 for the "
            + "power entry by entry, not the ^", 2),
        Arguments.of("2^x where x: 3", "2^x: a scalar to a 3 vector power: write 2 .^ x for the "
            + "power entry by entry, not the ^", 2),
        Arguments.of("x/y where x: 3, y: 3", "x/y: division by a 3 vector (divide by a scalar, "
            + "or use ./ entry by entry)", 2),
        Arguments.of("x .* y where x: 3, y: 4", "x .* y: entry-wise .* of 3 and 4: the shapes "
            + "differ", 3),
        Arguments.of("tr(W) where W: 3x4", "tr of a 3x4 matrix (a square matrix is needed)", 1),
        Arguments.of("ones(0) where x: 3", "'ones' takes positive integer sizes, not 0", 1),
        Arguments.of("x where x: 3y", "'3y' is not a shape (write N, or RxC with positive "
            + "sizes up to 10000)", 12),
        Arguments.of("x where x: 3, x: 4", "'x' is declared twice", 15),
        Arguments.of("ones(2, 3, 4) where x: 3", "'ones' takes one or two sizes", 1),
        Arguments.of("eye(2, 3) where x: 3", "'eye' takes one size", 1),
        Arguments.of("dot(x) where x: 3", "'dot' takes two arguments", 1),
        Arguments.of("tr(x, x) where x: 3", "'tr' takes one argument", 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void shapeErrorsNameBothShapesAndTheColumn(String input, String message, int column) {
    ParseException e = assertThrows(ParseException.class, () -> MatrixParser.parse(input,
        Map.of()));
    assertEquals(message, e.getMessage());
    assertEquals(column, e.column());
  }

  @Test
  void theFormsAPowerErrorOffersReadWithTheShapesMeant() {
    Map<String, String> offered = Map.of(
        "A .^ 2 where A: 2x2", "2x2", "A*A*A where A: 2x2", "2x2", "inv(A) where A: 2x2", "2x2",
        "x'*x where x: 3", "scalar", "(W*x)'*(W*x) where W: 3x4, x: 4", "scalar",
        "(A + B)*(A + B) where A: 2x2, B: 2x2", "2x2", "b*ones(2, 3) where x: 1", "2x3");
    offered.forEach((text, shape) -> assertEquals(shape,
        MatrixParser.parse(text, Map.of()).tree().shape().toString(), text));
    // x'*x is the sum of the squares x .^ 2 has.
    var at = Map.of("x", (org.apache.commons.math3.linear.RealMatrix)
        new org.apache.commons.math3.linear.Array2DRowRealMatrix(new double[] {1, -2, 3}));
    assertEquals(14, dev.leibniz.matrix.MatrixValues.of(MatrixParser.parse("x'*x where x: 3",
        Map.of()).tree(), at).getEntry(0, 0), 1e-12);
  }

  @Test
  void whereWinsOverTheShapesGiven() {
    MatrixParser.Parsed p = MatrixParser.parse("x where x: 4", Map.of("x", Shape.column(3)));
    assertEquals(Shape.column(4), p.tree().shape());
  }

  @Test
  void declaredNamesAreReadWhole() {
    MatrixParser.Equation e = MatrixParser.equation("out = Wh + b",
        Map.of("Wh", Shape.column(2), "b", Shape.column(2)));
    assertEquals("out", e.name());
    assertEquals("Wh + b", MatrixPrinter.print(e.tree()));
  }

  @Test
  void scalarReadingIsUnchangedAndTakesTheNewOperatorsAsPlainOnes() {
    assertEquals(ExprParser.parse("x*y"), ExprParser.parse("x .* y"));
    assertEquals(ExprParser.parse("x/y"), ExprParser.parse("x ./ y"));
    assertEquals(ExprParser.parse("x^2"), ExprParser.parse("x .^ 2"));
    assertEquals(ExprParser.parse("x"), ExprParser.parse("x'"));
    assertEquals(ExprParser.parse("x^2"), ExprParser.parse("x^2 where x: 1"));
    assertEquals(ExprParser.parse("abs(x)"), ExprParser.parse("norm2(x)"));
    assertEquals(ExprParser.parse("1/x"), ExprParser.parse("inv(x)"));
  }

  @Test
  void theScalarReaderRefusesVectorDeclarations() {
    ParseException e = assertThrows(ParseException.class,
        () -> ExprParser.parse("x^2 where x: 3"));
    assertTrue(e.getMessage().startsWith("'x' is declared 3"), e.getMessage());
  }

  @Test
  void routingLooksOnlyAtDeclarations() {
    assertFalse(MatrixParser.declaresNonScalar("x^2 + y", Map.of(), List.of()));
    assertFalse(MatrixParser.declaresNonScalar("x^2 where x: 1", Map.of(), List.of()));
    assertTrue(MatrixParser.declaresNonScalar("x^2 where x: 3", Map.of(), List.of()));
    assertTrue(MatrixParser.declaresNonScalar("x^2", Map.of("x", Shape.column(2)), List.of()));
  }

  @Test
  void aConstantArrayLargerThanOneByOneOrWithSizesNotInDigitsIsAMatrixLine() {
    assertTrue(MatrixParser.declaresNonScalar("sum(s*eye(3))", Map.of(), List.of()));
    assertTrue(MatrixParser.declaresNonScalar("ones(1, 2) x", Map.of(), List.of()));
    assertFalse(MatrixParser.declaresNonScalar("x*ones(1) + eye(1, 01)", Map.of(), List.of()));
    // Sizes the pattern cannot read are the matrix reader's: it reads or refuses them.
    assertTrue(MatrixParser.declaresNonScalar("sum(eye(1+2))", Map.of(), List.of()));
    assertTrue(MatrixParser.declaresNonScalar("sum(s*ones(3.0))", Map.of(), List.of()));
    assertTrue(MatrixParser.declaresNonScalar("ones(1) + eye(n)", Map.of(), List.of()));
  }
}
