package dev.leibniz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One door: the Spark module reaches Leibniz only through the facade (dev.leibniz, its errors). */
class ImportRuleTest {
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.leibniz\\.(\\w+)");

  @Test
  void theSparkModuleReachesTheCoreOnlyThroughTheFacade() throws IOException {
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        files++;
        violations.addAll(violations(f.toString(), Files.readString(f)));
      }
    }
    assertTrue(files >= 8, "spark sources not found from " + Path.of("").toAbsolutePath());
    assertEquals(List.of(), violations);
  }

  @Test
  void theRuleCatchesAnInternalPackage() {
    assertEquals(List.of("A.java dev.leibniz.expr"), violations("A.java",
        "import dev.leibniz.expr.Expr;\nimport dev.leibniz.BatchLine;\n"
            + "import dev.leibniz.error.LeibnizException;\nimport dev.leibniz.spark.TimeBudget;"));
  }

  private static List<String> violations(String file, String source) {
    List<String> violations = new ArrayList<>();
    Matcher m = REFERENCE.matcher(source);
    while (m.find()) {
      String segment = m.group(1);
      boolean allowed = Character.isUpperCase(segment.charAt(0)) || segment.equals("error")
          || segment.equals("spark");
      if (!allowed) violations.add(file + " dev.leibniz." + segment);
    }
    return violations;
  }
}
