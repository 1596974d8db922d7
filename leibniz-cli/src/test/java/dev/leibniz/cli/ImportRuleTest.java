package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One door: the front end talks to the facade only, and the core never reaches up into it.
 * Reads the sources of both modules and fails naming each file and reference that breaks the
 * rule, whether an import or a fully qualified name in the code:
 * <ul>
 *   <li>a {@code dev.leibniz.cli} file may use {@code dev.leibniz} (the facade's classes),
 *       {@code dev.leibniz.error} and its own package, nothing else of the project;</li>
 *   <li>a file of a core package ({@code dev.leibniz.expr}, {@code parse}, {@code diff}, ...)
 *       may use neither the facade's package {@code dev.leibniz} nor {@code dev.leibniz.cli}.</li>
 * </ul>
 */
class ImportRuleTest {
  private static final Path CLI = Path.of("src/main/java");
  private static final Path CORE = Path.of("../leibniz-core/src/main/java");
  /** A reference to the project: the segment after {@code dev.leibniz.}, a package or a class. */
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.leibniz\\.(\\w+)");

  @Test
  void theCliReachesTheCoreOnlyThroughTheFacade() {
    List<Path> files = javaFiles(CLI.resolve("dev/leibniz/cli"));
    assertTrue(files.size() > 20, "cli sources not found from " + Path.of("").toAbsolutePath());
    List<String> violations = new ArrayList<>();
    for (Path f : files) violations.addAll(cliViolations(f.toString(), read(f)));
    assertEquals(List.of(), violations, "the cli reaches past the facade");
  }

  @Test
  void theCoreNeverReachesUpIntoTheFacadeOrTheCli() {
    Path root = CORE.resolve("dev/leibniz");
    List<Path> files = new ArrayList<>();
    for (Path f : javaFiles(root)) if (!f.getParent().equals(root)) files.add(f);
    assertTrue(files.size() > 40, "core sources not found from " + Path.of("").toAbsolutePath());
    List<String> violations = new ArrayList<>();
    for (Path f : files) violations.addAll(coreViolations(f.toString(), read(f)));
    assertEquals(List.of(), violations, "a core package reaches up");
  }

  /** The rule itself fails on each kind of reference it is meant to catch, and only on those. */
  @Test
  void theRuleCatchesImportsAndQualifiedNames() {
    assertEquals(List.of("A.java:2 dev.leibniz.expr", "A.java:4 dev.leibniz.graph"),
        cliViolations("A.java", "package dev.leibniz.cli;\nimport dev.leibniz.expr.Expr;\n"
            + "import dev.leibniz.Expression;\nclass A { dev.leibniz.graph.Tape t; "
            + "dev.leibniz.error.LeibnizException e; dev.leibniz.cli.Main m; }"));
    assertEquals(List.of("B.java:2 dev.leibniz.Expression", "B.java:3 dev.leibniz.cli"),
        coreViolations("B.java", "package dev.leibniz.diff;\nimport dev.leibniz.Expression;\n"
            + "class B { dev.leibniz.cli.Main m; dev.leibniz.expr.Expr e; "
            + "dev.leibniz.error.LeibnizException x; }"));
    assertEquals(List.of("C.java:1 dev.leibniz.Leibniz"),
        coreViolations("C.java", "import static dev.leibniz.Leibniz.parse;"));
  }

  /** Each reference of a cli source to a project package other than the allowed ones. */
  static List<String> cliViolations(String file, String source) {
    List<String> violations = new ArrayList<>();
    forEachReference(source, (line, segment) -> {
      boolean facadeClass = Character.isUpperCase(segment.charAt(0));
      boolean allowed = facadeClass || segment.equals("error") || segment.equals("cli");
      if (!allowed) violations.add(file + ":" + line + " dev.leibniz." + segment);
    });
    return violations;
  }

  /** Each reference of a core source to the facade's package or to the cli. */
  static List<String> coreViolations(String file, String source) {
    List<String> violations = new ArrayList<>();
    forEachReference(source, (line, segment) -> {
      boolean facadeClass = Character.isUpperCase(segment.charAt(0));
      if (facadeClass || segment.equals("cli")) {
        violations.add(file + ":" + line + " dev.leibniz." + segment);
      }
    });
    return violations;
  }

  private interface ReferenceSink {
    void accept(int line, String segment);
  }

  /** Each {@code dev.leibniz.X} outside the package declaration, with its line number. */
  private static void forEachReference(String source, ReferenceSink sink) {
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith("package ")) continue;
      Matcher m = REFERENCE.matcher(lines[i]);
      while (m.find()) sink.accept(i + 1, m.group(1));
    }
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
