package dev.leibniz.spark;

import dev.leibniz.error.LeibnizException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code leibniz batch} on Spark: differentiates every line of a text file (one expression a
 * line), or the expression column of JSON Lines or Parquet, and writes one record per line with
 * the fields of {@code leibniz batch --format jsonl}: as JSON Lines, byte for byte the line batch
 * writes for it (part files in line order), or as Parquet ({@link ParquetRecords}).
 *
 * <pre>
 * spark-submit --class dev.leibniz.spark.DifferentiateJob leibniz-spark-0.1.0.jar \
 *     formulas.txt derivatives/ --simplify none --check
 * </pre>
 *
 * <p>Without spark-submit it runs on the embedded local master, {@code local[*]}. Spark does the
 * rest: partitions, scheduling, retries (the output is committed per task, so a task that
 * fails and runs again writes its lines once), storage. A bad line is an error record, never a
 * failed task; a line past {@code --timeout} gets the timeout error and its task goes on. The
 * exit status is 0 when the job ran (whatever the lines said: read the {@code error} field), 1
 * if it could not run, 2 for a wrong option.
 */
public final class DifferentiateJob {
  private DifferentiateJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageException | LeibnizException e) {
      System.err.println("error: " + e.getMessage() + "\n" + JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("leibniz differentiate");
    if (options.master != null) conf.setMaster(options.master);
    else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    int status = 0;
    try {
      run(spark, options);
    } catch (JobOptions.UsageException e) {
      System.err.println("error: " + e.getMessage());
      status = 2;
    } catch (Exception e) {
      // Spark's own failures (no such input, output exists; some are checked exceptions
      // thrown from Scala): one line, no stack trace.
      System.err.println("error: " + firstLine(e.getMessage()));
      status = 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** Differentiates {@code options.input} into {@code options.output} on {@code spark}. */
  static void run(SparkSession spark, JobOptions options) {
    JavaRDD<Row> lines = JobInput.lines(spark, options);
    if ("parquet".equals(options.format)) {
      JavaRDD<Row> rows = lines.mapPartitions(new LineAnswers<>(options, ParquetRecords::of));
      spark.createDataFrame(rows, ParquetRecords.SCHEMA).write().parquet(options.output);
    } else {
      JavaRDD<String> json = lines.mapPartitions(new LineAnswers<>(options, a -> a.toJson()));
      spark.createDataset(json.rdd(), Encoders.STRING()).write().text(options.output);
    }
  }

  private static String firstLine(String message) {
    if (message == null) return "the job failed";
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
