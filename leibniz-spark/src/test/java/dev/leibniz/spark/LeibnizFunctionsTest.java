package dev.leibniz.spark;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Expression;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQL functions from SQL text and from the DataFrame API, bad rows as error values. */
class LeibnizFunctionsTest {
  private static SparkSession spark;

  @BeforeAll
  static void register() {
    spark = TestSpark.session().newSession();
    LeibnizFunctions.register(spark);
    StructType schema = new StructType().add("id", DataTypes.IntegerType)
        .add("f", DataTypes.StringType);
    spark.createDataFrame(List.of(RowFactory.create(1, "x^3"), RowFactory.create(2, "sin(x))"),
        RowFactory.create(3, "x*sin(x)"), RowFactory.create(4, null),
        RowFactory.create(5, "sqrt(x)/θ")), schema).createOrReplaceTempView("formulas");
  }

  @Test
  void fromSqlText() {
    List<Row> rows = spark.sql("SELECT id, leibniz_diff(f, 'x') AS d, leibniz_diff(f, 'x', 2) AS d2, "
        + "leibniz_simplify(f) AS s, leibniz_latex(f) AS l, leibniz_check(f, 'x') AS c "
        + "FROM formulas ORDER BY id").collectAsList();
    Row cube = rows.get(0);
    assertEquals(RowFactory.create("3*x^2", null, null), cube.getStruct(1));
    assertEquals(RowFactory.create("6*x", null, null), cube.getStruct(2));
    assertEquals(RowFactory.create("x^3", null, null), cube.getStruct(3));
    assertEquals(RowFactory.create("x^{3}", null, null), cube.getStruct(4));
    assertEquals(true, cube.getStruct(5).get(0));
    assertTrue(cube.getStruct(5).getString(1).startsWith("check: ok"), cube.getStruct(5).getString(1));
    assertDerivative("x^3", "3*x^2");
    assertDerivative("3*x^2", "6*x");

    Row bad = rows.get(1);
    assertEquals(RowFactory.create(null, "unexpected ')' at column 7", 7), bad.getStruct(1));
    assertEquals(RowFactory.create(null, "unexpected ')' at column 7", 7), bad.getStruct(3));
    assertEquals(RowFactory.create(null, null, "unexpected ')' at column 7", 7), bad.getStruct(5));

    assertDerivative("x*sin(x)", rows.get(2).getStruct(1).getString(0));
    assertDerivative("x*sin(x)", rows.get(2).getStruct(2).getString(0), 2);
    assertNull(rows.get(3).get(1), "a null expression gives null");
    assertEquals("\\frac{\\sqrt{x}}{\\theta}", rows.get(4).getStruct(4).getString(0));
  }

  @Test
  void fromTheDataFrameApi() {
    Dataset<Row> formulas = spark.table("formulas").orderBy("id");
    List<Row> rows = formulas.select(
        call_function("leibniz_diff", col("f"), lit("x")).getField("result"),
        call_function("leibniz_diff", col("f"), lit("x"), lit(2)).getField("result"),
        call_function("leibniz_diff", col("f"), lit("x")).getField("column")).collectAsList();
    assertEquals(RowFactory.create("3*x^2", "6*x", null), rows.get(0));
    assertEquals(RowFactory.create(null, null, 7), rows.get(1));
    assertDerivative("sqrt(x)/theta", rows.get(4).getString(0));
  }

  /**
   * The row of {@code x^3} is held (a test hook inside its budget) until the budget interrupts
   * it, however long that takes; the other rows have 5 s for a trivial answer.
   */
  @Test
  void aRowPastItsBudgetIsATimeoutErrorAndTheQueryGoesOn() {
    SparkSession patient = TestSpark.session().newSession();
    patient.conf().set(LeibnizFunctions.TIMEOUT, "5");
    LeibnizFunctions.register(patient);
    SqlAnswers.beforeEachDiff = f -> {
      if (f.equals("x^3")) TestSpark.holdUntilInterrupted();
    };
    try {
      List<Row> rows = patient.sql("SELECT leibniz_diff(f, 'x', 16) FROM VALUES "
          + "('x^20'), ('x^3'), ('sin(x)') AS t(f)").collectAsList();
      assertEquals(RowFactory.create(null, "timed out after 5 s", null), rows.get(1).getStruct(0));
      assertEquals(RowFactory.create("sin(x)", null, null), rows.get(2).getStruct(0));
      assertDerivative("x^20", rows.get(0).getStruct(0).getString(0), 16);
    } finally {
      SqlAnswers.beforeEachDiff = null;
    }
  }

  /** d/dx of {@code f} is {@code derivative}: a central difference at two points agrees. */
  private static void assertDerivative(String f, String derivative) {
    assertDerivative(f, derivative, 1);
  }

  /** The {@code order}-th derivative of {@code f} is {@code derivative}, numerically. */
  private static void assertDerivative(String f, String derivative, int order) {
    Expression below = Expression.parse(f).derivative("x", order - 1);
    Expression answer = Expression.parse(derivative);
    for (double x : new double[] {0.7, 1.9}) {
      double h = 1e-5;
      Map<String, Double> at = Map.of("x", x, "theta", 1.3);
      double difference = (below.evaluate(Map.of("x", x + h, "theta", 1.3))
          - below.evaluate(Map.of("x", x - h, "theta", 1.3))) / (2 * h);
      double exact = answer.evaluate(at);
      assertEquals(exact, difference, 1e-5 * Math.max(1, Math.abs(exact)), derivative + " at " + x);
    }
  }
}
