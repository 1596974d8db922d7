package dev.leibniz.spark;

import static dev.leibniz.spark.TestSpark.batch;
import static dev.leibniz.spark.TestSpark.sortedByLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet holds batch's fields, typed; read back as input, it gives batch's records again. */
class ParquetOutputTest {
  @TempDir
  Path dir;

  /** A Parquet row has the fields of every JSON record, in the same order. */
  @Test
  void theSchemaIsTheFieldsOfEveryRecord() {
    assertEquals(dev.leibniz.BatchLine.FIELDS, List.of(ParquetRecords.SCHEMA.fieldNames()));
  }

  @Test
  void parquetRowsHoldTheFieldsOfBatchRecords() throws IOException {
    Path input = dir.resolve("mix-60.txt");
    List<String> lines = new ArrayList<>(Files.readAllLines(TestSpark.mix10k()).subList(0, 60));
    lines.add("sin(x))");
    lines.add("x*y");
    Files.write(input, lines);
    String[] options = {"--check", "--cse", "--simplify", "none"};
    List<String> expected = batch(input, options);

    Path parquet = dir.resolve("out.parquet");
    List<String> args = new ArrayList<>(List.of(input.toString(), parquet.toString(), "--format",
        "parquet"));
    args.addAll(List.of(options));
    DifferentiateJob.run(TestSpark.session(), JobOptions.parse(args.toArray(new String[0])));
    List<Row> rows = TestSpark.session().read().parquet(parquet.toString()).orderBy("line")
        .collectAsList();

    ObjectMapper json = new ObjectMapper();
    assertEquals(expected.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode want = json.readTree(expected.get(i));
      JsonNode got = json.readTree(rows.get(i).json());
      for (Iterator<Map.Entry<String, JsonNode>> f = got.fields(); f.hasNext(); ) {
        Map.Entry<String, JsonNode> field = f.next();
        JsonNode value = want.has(field.getKey()) ? want.get(field.getKey()) : json.nullNode();
        assertEquals(value, field.getValue(), field.getKey() + " of " + expected.get(i));
      }
      for (Iterator<String> names = want.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        assertTrue(got.has(name), name + " missing from " + got);
      }
    }
    assertTrue(expected.get(61).contains("\"partials\":{\"x\":\"y\",\"y\":\"x\"}"), expected.get(61));

    // Batch's records in Parquet are an input with a line and an input column.
    Path again = dir.resolve("again");
    DifferentiateJob.run(TestSpark.session(), JobOptions.parse(parquet.toString(),
        again.toString(), "--check", "--cse", "--simplify", "none"));
    assertEquals(expected, sortedByLine(TestSpark.partFiles(again)));
  }
}
