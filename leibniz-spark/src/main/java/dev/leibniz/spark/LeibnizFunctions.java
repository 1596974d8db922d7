package dev.leibniz.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.connector.catalog.CatalogManager;
import org.apache.spark.sql.Row;
import scala.Function1;
import scala.Option;
import scala.collection.immutable.Seq;

/**
 * Leibniz's SQL functions, registered on a session by one call, {@link #register}:
 *
 * <pre>
 * leibniz_diff(expr, var)          d/dvar of expr, fully simplified
 * leibniz_diff(expr, var, order)   the order-th derivative
 * leibniz_simplify(expr)           the shortest form the simplifier finds
 * leibniz_latex(expr)              expr in LaTeX
 * leibniz_check(expr, var)         the numerical cross-check of d/dvar of expr
 * </pre>
 *
 * Each gives a struct {@code {result, error, column}} ({@code leibniz_check}:
 * {@code {ok, summary, error, column}}), so a bad expression is an error value in its row,
 * never a failed task: {@code SELECT id, leibniz_diff(f, 'x').result AS df FROM formulas}. Each
 * row may compute for {@code spark.leibniz.timeout} seconds (default 10), then gets the error
 * {@code timed out after 10 s}. In the DataFrame API:
 * {@code functions.call_function("leibniz_diff", col("f"), lit("x"))}.
 */
public final class LeibnizFunctions {
  /** The session setting that bounds each row's time, in seconds. */
  public static final String TIMEOUT = "spark.leibniz.timeout";

  private LeibnizFunctions() {}

  /** Registers the functions on {@code spark}, rows bounded by {@link #TIMEOUT}. */
  public static void register(SparkSession spark) {
    register(spark, Double.parseDouble(spark.conf().get(TIMEOUT, "10")));
  }

  /** Registers the functions on {@code spark}, each row bounded by {@code timeoutSeconds}. */
  public static void register(SparkSession spark, double timeoutSeconds) {
    SqlAnswers sql = new SqlAnswers(new TimeBudget(timeoutSeconds));
    spark.udf().register("leibniz_simplify", (UDF1<String, Row>) sql::simplify,
        SqlAnswers.RESULT);
    spark.udf().register("leibniz_latex", (UDF1<String, Row>) sql::latex, SqlAnswers.RESULT);
    spark.udf().register("leibniz_check", (UDF2<String, String, Row>) sql::check,
        SqlAnswers.CHECK);
    registerDiff(spark, sql);
  }

  /**
   * {@code leibniz_diff} with two arguments or three: a UDF has one arity, so each arity is
   * registered in turn, its builder kept, and the function registered at last is one that picks
   * a builder by the number of arguments (Spark's function registry, an unstable API: checked
   * by LeibnizFunctionsTest on the Spark version this module builds with).
   */
  private static void registerDiff(SparkSession spark, SqlAnswers sql) {
    FunctionRegistry registry =
        ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().functionRegistry();
    // A temporary function's name as the registry keys it: system.session.leibniz_diff.
    FunctionIdentifier name = FunctionIdentifier.apply("leibniz_diff",
        Option.apply(CatalogManager.SESSION_NAMESPACE()),
        Option.apply(CatalogManager.SYSTEM_CATALOG_NAME()));
    spark.udf().register("leibniz_diff", (UDF3<String, String, Object, Row>) sql::diff,
        SqlAnswers.RESULT);
    Function1<Seq<Expression>, Expression> byOrder = registry.lookupFunctionBuilder(name).get();
    registry.dropFunction(name);
    spark.udf().register("leibniz_diff",
        (UDF2<String, String, Row>) (expr, variable) -> sql.diff(expr, variable, 1),
        SqlAnswers.RESULT);
    Function1<Seq<Expression>, Expression> once = registry.lookupFunctionBuilder(name).get();
    registry.dropFunction(name);
    Function1<Seq<Expression>, Expression> either =
        arguments -> arguments.size() == 3 ? byOrder.apply(arguments) : once.apply(arguments);
    registry.createOrReplaceTempFunction("leibniz_diff", either, "java_udf");
  }
}
