package dev.leibniz.spark;

import dev.leibniz.BatchLine;
import java.util.Arrays;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The lines a job answers, as rows {@code (line, input)}, numbered from 1 as
 * {@code leibniz batch} numbers them, blank and comment lines left out (batch's JSON Lines
 * leave them out too). Nothing is collected to the driver: the numbering
 * ({@code zipWithIndex}) only counts each partition's rows.
 *
 * <p>Text is read as batch reads it: UTF-8 with invalid bytes replaced, only LF ends a line
 * (a CR before it is dropped, a lone CR stays inside its line), a byte-order mark at the start
 * dropped; the file is split into {@code --partitions} pieces in file order. JSON Lines and
 * Parquet give the expression in column {@code --column} and the number in {@code line} when
 * there is such a column, else the row's position in the input, from 1.
 */
final class JobInput {
  private JobInput() {}

  private static final String BOM = "\uFEFF";

  static JavaRDD<Row> lines(SparkSession spark, JobOptions options) {
    JavaRDD<Row> numbered = "text".equals(options.inputFormat)
        ? text(spark, options) : table(spark, options);
    return numbered.filter(row -> BatchLine.hasExpression(row.getString(1)));
  }

  private static JavaRDD<Row> text(SparkSession spark, JobOptions options) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JobConf conf = new JobConf(sc.hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n");
    TextInputFormat.setInputPaths(conf, options.input);
    int partitions = options.partitions > 0 ? options.partitions : 2 * sc.defaultParallelism();
    JavaRDD<String> raw = sc.hadoopRDD(conf, TextInputFormat.class, LongWritable.class,
        Text.class, partitions).map(record -> record._2().toString());
    return raw.zipWithIndex().map(pair -> {
      long number = pair._2() + 1;
      String line = pair._1();
      if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
      if (number == 1 && line.startsWith(BOM)) line = line.substring(1);
      return RowFactory.create(number, line);
    });
  }

  private static JavaRDD<Row> table(SparkSession spark, JobOptions options) {
    Dataset<Row> table = "jsonl".equals(options.inputFormat)
        ? spark.read().json(options.input) : spark.read().parquet(options.input);
    String column = options.column;
    if (!Arrays.asList(table.columns()).contains(column)) {
      throw new JobOptions.UsageException("the input has no column " + column + " (--column)");
    }
    if (Arrays.asList(table.columns()).contains("line") && !"line".equals(column)) {
      return table.selectExpr("CAST(line AS BIGINT)", "CAST(`" + column + "` AS STRING)")
          .javaRDD().map(row -> RowFactory.create(row.getLong(0), text(row.getString(1))));
    }
    return table.selectExpr("CAST(`" + column + "` AS STRING)").javaRDD().zipWithIndex()
        .map(pair -> RowFactory.create(pair._2() + 1, text(pair._1().getString(0))));
  }

  /** A missing expression is an empty line: passed over. */
  private static String text(String value) {
    return value == null ? "" : value;
  }
}
