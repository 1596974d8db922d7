package dev.leibniz.spark;

import dev.leibniz.BatchLine;
import dev.leibniz.CommonSubexpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An answer as a Parquet row: the fields of {@code leibniz batch --format jsonl}
 * ({@link BatchLine#FIELDS}), in its order, typed, null where the JSON record has null (a line
 * with vectors or matrices has a shape and a layout, no simplify, and its several derivatives in
 * partials as a scalar line has; a failed line its error and,
 * when it points at one, its column); {@code check.ok} is null when a check was skipped, as in
 * JSON.
 */
final class ParquetRecords {
  private ParquetRecords() {}

  static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("line", DataTypes.LongType, false),
      DataTypes.createStructField("input", DataTypes.StringType, false),
      DataTypes.createStructField("variable", DataTypes.StringType, true),
      DataTypes.createStructField("derivative", DataTypes.StringType, true),
      DataTypes.createStructField("latex", DataTypes.StringType, true),
      DataTypes.createStructField("simplify", DataTypes.StringType, true),
      DataTypes.createStructField("shape", DataTypes.StringType, true),
      DataTypes.createStructField("layout", DataTypes.StringType, true),
      DataTypes.createStructField("partials",
          DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true),
      DataTypes.createStructField("cse", DataTypes.createStructType(new StructField[] {
          DataTypes.createStructField("bindings", strings(), false),
          DataTypes.createStructField("results", strings(), false)}), true),
      DataTypes.createStructField("check", DataTypes.createStructType(new StructField[] {
          DataTypes.createStructField("ok", DataTypes.BooleanType, true),
          DataTypes.createStructField("summary", DataTypes.StringType, false)}), true),
      DataTypes.createStructField("error", DataTypes.StringType, true),
      DataTypes.createStructField("column", DataTypes.IntegerType, true)});

  /** The row of {@code answer}, in {@link #SCHEMA}. */
  static Row of(BatchLine a) {
    if (a.isError()) {
      return RowFactory.create(a.number(), a.input(), a.variable(), null, null, a.simplify(),
          null, null, null, null, null, a.error(), a.errorColumn() > 0 ? a.errorColumn() : null);
    }
    Map<String, String> several = a.severalPartials();
    Object partials = several == null ? null
        : scala.jdk.javaapi.CollectionConverters.asScala(several);
    CommonSubexpressions cse = a.cse();
    Row cseRow = null;
    if (cse != null) {
      List<String> bindings = new ArrayList<>();
      for (CommonSubexpressions.Binding b : cse.bindings()) bindings.add(b.toString());
      cseRow = RowFactory.create(bindings.toArray(new String[0]),
          cse.results().toArray(new String[0]));
    }
    Row check = a.checkSummary() == null ? null : RowFactory.create(a.checkOk(), a.checkSummary());
    return RowFactory.create(a.number(), a.input(), a.variable(), a.derivative(), a.latex(),
        a.simplify(), a.shape(), a.layout(), partials, cseRow, check, null, null);
  }

  private static org.apache.spark.sql.types.DataType strings() {
    return DataTypes.createArrayType(DataTypes.StringType, false);
  }
}
