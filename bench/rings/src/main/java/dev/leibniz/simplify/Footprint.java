package dev.leibniz.simplify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What Rings would bring into leibniz-core: the jars of its dependency closure that leibniz-core
 * does not already have (commons-math3 it has), each with its size and the licence its pom
 * declares; and, beside them, the size of our own polynomial classes.
 * Usage: {@code Footprint CLASSPATH_FILE LEIBNIZ_CORE_JAR}.
 */
public final class Footprint {
  private static final List<String> RINGS_CLOSURE =
      List.of("/cc/redberry/", "/net/sf/trove4j/");
  private static final List<String> OURS =
      List.of("Poly", "PolyGcd", "LinearFactors", "Factorizer", "Fraction");

  private Footprint() {}

  public static void main(String[] args) throws IOException {
    long total = 0;
    for (String jar : Files.readString(Path.of(args[0])).trim().split(":")) {
      if (RINGS_CLOSURE.stream().noneMatch(jar::contains)) continue;
      long size = Files.size(Path.of(jar));
      total += size;
      System.out.printf("  %-40s %,10d bytes  %s%n", Path.of(jar).getFileName(), size,
          licence(Path.of(jar.replaceAll("\\.jar$", ".pom"))));
    }
    System.out.printf("  Rings and what it brings: %,d bytes in jars%n", total);
    long ours = 0;
    int classes = 0;
    try (ZipFile core = new ZipFile(args[1])) {
      for (Enumeration<? extends ZipEntry> e = core.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String name = entry.getName();
        if (!name.startsWith("dev/leibniz/simplify/")) continue;
        String simple = name.substring("dev/leibniz/simplify/".length()).replaceAll("[$.].*", "");
        if (OURS.contains(simple)) {
          ours += entry.getSize();
          classes++;
        }
      }
    }
    System.out.printf("  ours (%s): %d class files, %,d bytes%n", String.join(", ", OURS),
        classes, ours);
  }

  private static String licence(Path pom) throws IOException {
    if (!Files.exists(pom)) return "(no pom)";
    Matcher m = Pattern.compile("<license>\\s*<name>([^<]+)</name>")
        .matcher(Files.readString(pom, StandardCharsets.UTF_8));
    return m.find() ? m.group(1).trim() : "(no licence in pom)";
  }
}
