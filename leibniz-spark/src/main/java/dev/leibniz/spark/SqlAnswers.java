package dev.leibniz.spark;

import dev.leibniz.BatchLine;
import dev.leibniz.CheckReport;
import dev.leibniz.Expression;
import dev.leibniz.error.FailureHeadline;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What the SQL functions compute for one row, as a struct that holds the answer or the error:
 * {@code {result, error, column}} ({@link #RESULT}), and for {@code leibniz_check}
 * {@code {ok, summary, error, column}} ({@link #CHECK}), where {@code error} is the one-line
 * message ({@code unexpected ')' at column 7}, {@code timed out after 10 s}) and {@code column}
 * the 1-based column of the expression it points at, or null. A null argument gives a null
 * struct, as SQL's functions do. Nothing throws: a bad row is an error value, the task goes on.
 */
final class SqlAnswers implements Serializable {
  private static final long serialVersionUID = 1L;

  static final StructType RESULT = new StructType(new StructField[] {
      DataTypes.createStructField("result", DataTypes.StringType, true),
      DataTypes.createStructField("error", DataTypes.StringType, true),
      DataTypes.createStructField("column", DataTypes.IntegerType, true)});

  static final StructType CHECK = new StructType(new StructField[] {
      DataTypes.createStructField("ok", DataTypes.BooleanType, true),
      DataTypes.createStructField("summary", DataTypes.StringType, true),
      DataTypes.createStructField("error", DataTypes.StringType, true),
      DataTypes.createStructField("column", DataTypes.IntegerType, true)});

  /**
   * Called with each expression {@code leibniz_diff} is asked for, within its budget, before it
   * is differentiated; null but in tests, which use it to hold a row until the budget
   * interrupts it (the executor is in the test's JVM on a local master).
   */
  static volatile Consumer<String> beforeEachDiff;

  private final TimeBudget budget;

  SqlAnswers(TimeBudget budget) {
    this.budget = budget;
  }

  /** d^order/d(variable)^order of {@code expr}, fully simplified, as {@code leibniz diff} prints it. */
  Row diff(String expr, String variable, Object order) {
    if (expr == null || variable == null || order == null) return null;
    Consumer<String> hook = beforeEachDiff;
    return result(() -> {
      if (hook != null) hook.accept(expr);
      return Expression.parse(expr).derivative(variable, ((Number) order).intValue()).simplify()
          .toString();
    });
  }

  /** The shortest form the simplifier finds for {@code expr}. */
  Row simplify(String expr) {
    if (expr == null) return null;
    return result(() -> Expression.parse(expr).simplify().toString());
  }

  /** {@code expr} in LaTeX. */
  Row latex(String expr) {
    if (expr == null) return null;
    return result(() -> Expression.parse(expr).toLatex());
  }

  /**
   * The cross-check of d/d(variable) of {@code expr}, as {@code leibniz diff --check} gives it:
   * ok true, false if it failed, null if it was skipped (no point of the domain found).
   */
  Row check(String expr, String variable) {
    if (expr == null || variable == null) return null;
    return answer(() -> {
      CheckReport r = Expression.parse(expr).derivation(List.of(variable), false).simplified()
          .check();
      return RowFactory.create(r.ok() && r.skipped() ? null : r.ok(), r.summary(), null, null);
    }, error -> RowFactory.create(null, null, error[0], error[1]));
  }

  private Row result(Supplier<String> work) {
    return answer(() -> RowFactory.create(work.get(), null, null),
        error -> RowFactory.create(null, error[0], error[1]));
  }

  /** {@code work}'s row, or the row {@code failed} makes of {@code [message, column]}. */
  private Row answer(Supplier<Row> work, Function<Object[], Row> failed) {
    return budget.run(() -> {
      try {
        return work.get();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        int column = FailureHeadline.column(e);
        return failed.apply(new Object[] {withoutPrefix(FailureHeadline.of(e)),
            column > 0 ? column : null});
      }
    }, () -> failed.apply(new Object[] {timedOut(), null}));
  }

  private String timedOut() {
    BatchLine.Settings none = new BatchLine.Settings(List.of(), 1, false, false, false);
    return BatchLine.timedOut(0, "", none, budget.seconds()).error();
  }

  private static String withoutPrefix(String headline) {
    return headline.replaceFirst("^error: ", "");
  }
}
