package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names for expressions on a line with vectors or matrices
 * ({@link MatrixExpression#parse(String, Map, Map)}): a whole word stands for its expression,
 * a scalar one ({@link MatrixExpression#of}) or one with vectors ({@link
 * MatrixDerivative#expression}), never for a new variable or a product of letters; a name whose
 * expression gives one of its names another shape than the line does is refused at the name.
 */
class NamedMatrixParseTest {
  private static final Map<String, String> V4 = Map.of("v", "4");
  private static final Map<String, double[][]> AT = Map.of("x", new double[][] {{1.3}},
      "v", new double[][] {{0.5}, {-1.25}, {2}, {0.75}});

  private static Map<String, MatrixExpression> names(Object... pairs) {
    Map<String, MatrixExpression> out = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (MatrixExpression) pairs[i + 1]);
    }
    return out;
  }

  @Test
  void aScalarNameStandsForItsExpressionOnAVectorLine() {
    var names = names("f", MatrixExpression.of(Expression.parse("x^2")));
    MatrixExpression named = MatrixExpression.parse("f*sum(v)", V4, names);
    MatrixExpression written = MatrixExpression.parse("x^2*sum(v)", V4);
    assertEquals(written, named);
    assertEquals(written.valueAt(AT)[0][0], named.valueAt(AT)[0][0], 0);
    MatrixDerivative d = named.derivative("x", Layout.GRADIENT);
    assertEquals("d/dx = 2*x*sum(v)   [scalar]", d.toString());
    MatrixWitness.assertGradient(d, "x", AT);
    // As if in parentheses: 2f^2 is 2*(x^2)^2. A letter run splits as ever, xf into x and f,
    // and that f is the name too, as on a scalar line.
    assertEquals(MatrixExpression.parse("2*(x^2)^2*sum(v)", V4),
        MatrixExpression.parse("2f^2*sum(v)", V4, names));
    assertEquals(MatrixExpression.parse("x*x^2*sum(v)", V4),
        MatrixExpression.parse("xf*sum(v)", V4, names));
  }

  /** Split off a run as a whole word: the name wins over a shape declared for its word. */
  @Test
  void aNameSplitOffARunReadsAsTheWholeWordDoes() {
    var two = names("v", MatrixExpression.of(Expression.parse("2")));
    assertEquals(MatrixExpression.parse("sum(a v)", Map.of("v", "3"), two),
        MatrixExpression.parse("sum(av)", Map.of("v", "3"), two));
    assertEquals("2*a", MatrixExpression.parse("sum(av)", Map.of("v", "3"), two).toString());
    // q's expression reads w as a scalar where the line makes w a vector: refused in a run as
    // for the whole word, and the line is one with vectors, not read by the scalar reader.
    var q = names("q", MatrixExpression.of(Expression.parse("w")));
    Map<String, String> shapes = Map.of("w", "3", "v", "3");
    assertTrue(MatrixExpression.declaresNonScalar("qa*b", shapes, List.of("a"), q));
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("sum(sqrt(v)) + sum(v)*qa", shapes, q));
    assertEquals("'q' reads w as a scalar, but w is a 3 vector on this line", e.getMessage());
    assertEquals(23, e.column(), "the q of the run qa, not the one of sqrt");
  }

  @Test
  void aNameALetterRunSplitsOffStandsForItsExpression() {
    var names = names("k", MatrixExpression.of(Expression.parse("3")),
        "c", MatrixExpression.of(Expression.parse("-1")));
    MatrixExpression named = MatrixExpression.parse("sum(kv)", V4, names);
    assertEquals("sum(3*v)", named.toString());
    assertEquals(3 * (0.5 - 1.25 + 2 + 0.75), named.valueAt(AT)[0][0], 1e-15);
    MatrixDerivative d = named.derivative("v", Layout.GRADIENT);
    assertEquals("d/dv = 3*ones(4)   [4]", d.toString());
    MatrixWitness.assertGradient(d, "v", AT);
    // The value put in place makes a constant outside its domain: refused where the run is.
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("sum(v)*ln(2c)", V4, names));
    assertEquals("ln(-2) is undefined", e.getMessage());
    assertEquals(12, e.column());
  }

  /**
   * A where clause cannot declare a word that stands for an expression: the declaration could
   * only be ignored ({@code d/dx f where f: 3} gave the scalar 2*x).
   */
  @Test
  void aWhereClauseCannotDeclareANamedWord() {
    var names = names("f", MatrixExpression.of(Expression.parse("x^2")));
    LeibnizException matrix = assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("f*sum(v) where f: 3", V4, names));
    assertEquals("'f' stands for an expression; a where clause cannot declare it",
        matrix.getMessage());
    assertEquals(16, matrix.column());
    Map<String, Expression> scalarNames = Map.of("f", Expression.parse("x^2"));
    LeibnizException scalar = assertThrows(LeibnizException.class,
        () -> Expression.parse("f where y: 2, f: 3", scalarNames));
    assertEquals(15, scalar.column());
  }

  /** A name's value that makes a constant outside its domain is refused at the name. */
  @Test
  void aValueMakingAnUndefinedConstantIsRefusedAtItsName() {
    var names = names("c", MatrixExpression.of(Expression.parse("-1")));
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("sum(v)*ln(c)", V4, names));
    assertEquals("ln(-1) is undefined", e.getMessage());
    assertEquals(11, e.column());
    // A value inside the domain stays: d/dv sum(v)*ln(2) is ln(2)*ones(4).
    var two = names("c", MatrixExpression.of(Expression.parse("2")));
    MatrixDerivative d = MatrixExpression.parse("sum(v)*ln(c)", V4, two)
        .derivative("v", Layout.GRADIENT);
    assertEquals("d/dv = ln(2)*ones(4)   [4]", d.toString());
    MatrixWitness.assertGradient(d, "v", AT);
  }

  @Test
  void aNameForAResultWithVectorsStandsForIt() {
    MatrixDerivative first = MatrixExpression.parse("sum(v)^2", V4)
        .derivative("v", Layout.GRADIENT);
    assertEquals("d/dv = 2*sum(v)*ones(4)   [4]", first.toString());
    var names = names("ans", first.expression());
    MatrixExpression named = MatrixExpression.parse("x*sum(ans)", Map.of(), names);
    // Its own declarations come with it: v is a vector on a line that declares nothing.
    assertEquals("4", named.shapeOf("v"));
    MatrixExpression written = MatrixExpression.parse("x*sum(2*sum(v)*ones(4))", V4);
    assertEquals(written.valueAt(AT)[0][0], named.valueAt(AT)[0][0], 1e-12);
    MatrixDerivative d = named.derivative("v", Layout.GRADIENT);
    MatrixWitness.assertGradient(d, "v", AT);
    assertTrue(d.check().ok());
  }

  @Test
  void aNameWhoseNamesHaveOtherShapesHereIsRefusedAtTheName() {
    var scalar = names("f", MatrixExpression.of(Expression.parse("x^2")));
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("y + f", Map.of("x", "4"), scalar));
    assertEquals("'f' reads x as a scalar, but x is a 4 vector on this line", e.getMessage());
    assertEquals(5, e.column());
    // Written on the line undeclared, x is a scalar there too: no conflict.
    assertEquals(MatrixExpression.parse("x + x^2 + sum(v)", V4),
        MatrixExpression.parse("x + f + sum(v)", V4, scalar));
    var vector = names("ans", MatrixExpression.parse("2*v", V4));
    e = assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("sum(ans) + sum(v)", Map.of("v", "3"), vector));
    assertEquals("'ans' reads v as a 4 vector, but v is a 3 vector on this line", e.getMessage());
    e = assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("v*sum(ans)", Map.of(), vector));
    assertEquals("'ans' reads v as a 4 vector, but v is a scalar on this line", e.getMessage());
  }

  @Test
  void anErrorPointsIntoTheTextAsGiven() {
    var names = names("ans", MatrixExpression.of(Expression.parse("x^3")));
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("sum(v)*ans)", V4, names));
    assertEquals(11, e.column());
    assertEquals("sum(v)*ans)", e.input());
  }

  @Test
  void anErrorsWordsNameEachWordAsWritten() {
    var names = names("f", MatrixExpression.of(Expression.parse("x^2")), "ans", null);
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("2f + v_1 + ans", Map.of("v_1", "4"), names));
    // The placeholders are fresh: v_1 is written, so f and ans stand in as v_2 and v_3.
    assertEquals("2*f + v_1: a scalar plus a 4 vector (a scalar and a non-scalar cannot be added;"
        + " use s*ones(n) for a constant vector)", e.getMessage());
    assertEquals(4, e.column());
    assertEquals("2f + v_1 + ans", e.input());
    e = assertThrows(LeibnizException.class, () -> MatrixExpression.parse("ans^v", V4, names));
    assertEquals("ans^v: a scalar to a 4 vector power: write ans .^ v for the power entry by "
        + "entry, not the ^", e.getMessage());
    assertEquals(4, e.column());
  }

  @Test
  void aNameIsWrittenWhereItIsAWholeWordBeforeTheClause() {
    assertTrue(MatrixExpression.writes("2ans + v", "ans"));
    assertFalse(MatrixExpression.writes("answer + v", "ans"));
    assertFalse(MatrixExpression.writes("sum(v) where v: 4, ans: 2", "ans"));
  }

  @Test
  void aWhereClauseDeclaresNamesItDoesNotUseThem() {
    var names = names("f", MatrixExpression.of(Expression.parse("y^2")));
    MatrixExpression line = MatrixExpression.parse("f*sum(v) where v: 4", Map.of(), names);
    assertEquals(MatrixExpression.parse("y^2*sum(v) where v: 4"), line);
  }

  @Test
  void aLineIsNonScalarThroughItsNames() {
    var scalar = names("f", MatrixExpression.of(Expression.parse("x^2")));
    var vector = names("ans", MatrixExpression.parse("2*v", V4));
    assertFalse(MatrixExpression.declaresNonScalar("f + y", Map.of(), List.of(), scalar));
    // "ans" is one word, not the product a*n*s, whatever is declared s.
    assertFalse(MatrixExpression.declaresNonScalar("ans", Map.of("s", "4"), List.of(),
        names("ans", MatrixExpression.of(Expression.parse("x")))));
    assertTrue(MatrixExpression.declaresNonScalar("sum(ans)", Map.of(), List.of(), vector));
    // A scalar name in x, with x declared a vector: the matrix reader refuses it.
    assertTrue(MatrixExpression.declaresNonScalar("f", Map.of("x", "4"), List.of(), scalar));
    // A scalar result of a line with vectors came from one.
    var fromVectors = names("ans",
        MatrixExpression.parse("x*sum(v)", V4).derivative("x", Layout.GRADIENT).expression());
    assertTrue(MatrixExpression.declaresNonScalar("ans", Map.of(), List.of(), fromVectors));
  }
}
