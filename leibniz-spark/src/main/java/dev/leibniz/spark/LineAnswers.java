package dev.leibniz.spark;

import dev.leibniz.BatchLine;
import java.io.Serializable;
import java.util.Iterator;
import java.util.function.LongConsumer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Answers the lines of one partition, rows {@code (line: long, input: string)} in, one record
 * per row out ({@link BatchLine}, written by {@code writer}), lazily: a row is read, answered
 * and handed on before the next is read, so a partition of any size runs in constant memory.
 * The settings are built once per partition and every row is answered on the task's own thread
 * (the parser is thread-confined and reused, as in {@code leibniz batch}), each within its
 * {@link TimeBudget}: a row past it gets the timeout answer and the partition goes on.
 *
 * @param <T> the output record: a JSON Lines string, or a Parquet row
 */
final class LineAnswers<T> implements FlatMapFunction<Iterator<Row>, T> {
  private static final long serialVersionUID = 1L;

  /** Turns an answer into the output record, on the executor. */
  interface Writer<T> extends Serializable {
    T write(BatchLine answer);
  }

  /**
   * Called with each line number before the line is answered, within its budget; null but in
   * tests, which use it to fail a task on purpose or to hold a line until the budget interrupts
   * it (the executor is in the test's JVM on a local master).
   */
  static volatile LongConsumer beforeEachLine;

  private final JobOptions options;
  private final Writer<T> writer;

  LineAnswers(JobOptions options, Writer<T> writer) {
    this.options = options;
    this.writer = writer;
  }

  @Override
  public Iterator<T> call(Iterator<Row> rows) {
    BatchLine.Settings settings = options.settings();
    TimeBudget budget = new TimeBudget(options.timeout);
    return new Iterator<T>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public T next() {
        Row row = rows.next();
        long number = row.getLong(0);
        String input = row.getString(1);
        LongConsumer hook = beforeEachLine;
        BatchLine answer = budget.run(() -> {
          if (hook != null) hook.accept(number);
          return BatchLine.answer(number, input, settings);
        },
            () -> BatchLine.timedOut(number, input, settings, budget.seconds()));
        return writer.write(answer);
      }
    };
  }
}
