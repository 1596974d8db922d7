package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.parse.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text written by someone else, or by nobody: random bytes, broken UTF-8, control characters,
 * megabyte lines, unknown names, unbalanced groups. Each gets a {@code ParseException} with a
 * column, or a correct answer — never another exception, never a hang.
 */
class HostileInputTest {
  /** The alphabet of the acceptance suite's garbage lines: expression characters and noise. */
  static final String GARBAGE =
      "xyz0123456789+-*/^()<>[]{}.,;eEpisnlogcqrt \t\\@#$%&_=!?'\"|~`é∂λ";

  @BeforeAll
  static void warmUp() {
    Leibniz.derivative("sin(x)*x^2", "x");
  }

  @Test
  void randomBytesDecodedWithReplacementGetAnErrorOrAnAnswer() {
    Random random = new Random(20240607);
    HangGuard.run(() -> {
      for (int i = 0; i < 3000; i++) {
        byte[] bytes = new byte[random.nextInt(48)];
        random.nextBytes(bytes);
        Pipeline.run(new String(bytes, StandardCharsets.UTF_8));
      }
    });
  }

  @Test
  void garbageLinesLikeTheAcceptanceSuiteGetAnErrorOrAnAnswer() {
    Random random = new Random(7);
    HangGuard.run(() -> {
      for (int i = 0; i < 5000; i++) Pipeline.run(randomText(random, GARBAGE, random.nextInt(61)));
    });
  }

  /** Bytes that are not UTF-8, decoded with U+FFFD, inside otherwise good expressions. */
  @ParameterizedTest
  @ValueSource(strings = {"c3 28", "ff", "fe ff", "c0 af", "e0 80 af", "ed a0 80", "f4 90 80 80",
      "80", "f0 9f 98", "ef bb bf"})
  void invalidUtf8IsAnErrorAtItsColumn(String hex) {
    byte[] bad = hexBytes(hex);
    for (String[] around : new String[][] {{"", ""}, {"x+", ""}, {"sin(", ")"}, {"x", "y"}}) {
      byte[] prefix = around[0].getBytes(StandardCharsets.UTF_8);
      byte[] suffix = around[1].getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[prefix.length + bad.length + suffix.length];
      System.arraycopy(prefix, 0, all, 0, prefix.length);
      System.arraycopy(bad, 0, all, prefix.length, bad.length);
      System.arraycopy(suffix, 0, all, prefix.length + bad.length, suffix.length);
      String text = new String(all, StandardCharsets.UTF_8);
      Pipeline.Outcome outcome = HangGuard.call(() -> Pipeline.run(text));
      if (text.contains("\uFFFD")) assertNotNull(outcome.error(), Pipeline.describe(text));
    }
  }

  /** Lone surrogates and characters outside the BMP, which ANTLR counts as one code point. */
  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "x+\uDC00", "\uD835\uDC65", "x+\uD835\uDC65", "(\uD83D\uDE00",
      "\uD83D\uDE00)", "\uD83D\uDE00\uD83D\uDE00(x", "sin(\uD835\uDC65)"})
  void surrogatesAreAnErrorWithAColumn(String text) {
    assertNotNull(HangGuard.call(() -> Pipeline.run(text))
        .error());
  }

  static Stream<Character> controlCharacters() {
    Stream.Builder<Character> all = Stream.builder();
    for (char c = 0; c < 0x20; c++) all.add(c);
    for (char c : new char[] {0x7f, 0x85, 0xa0, 0x2028, 0x2029, 0xfeff, 0x200b, 0xfffd}) {
      all.add(c);
    }
    return all.build();
  }

  @ParameterizedTest
  @MethodSource("controlCharacters")
  void controlCharactersAreSkippedAsSpaceOrAnErrorWithAColumn(char c) {
    for (String text : new String[] {c + "", c + "x", "x" + c, "x" + c + "y", "sin(" + c + "x)",
        "x^" + c + "2", "(" + c + ")", c + "(x"}) {
      Pipeline.Outcome outcome = HangGuard.call(() -> Pipeline.run(text));
      if (outcome.parsed()) {
        assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c),
            () -> "accepted a non-space character in " + Pipeline.describe(text));
      }
    }
  }

  @Test
  void aMegabyteLineOfASumIsDifferentiated() {
    String line = "x+".repeat(512 * 1024) + "x";
    String derivative = HangGuard.call(() -> Leibniz.derivative(line, "x"));
    assertEquals(Integer.toString(512 * 1024 + 1), derivative);
  }

  /** Found at the very end of a long line, without a caret line as long as the input. */
  @Test
  void aLongLineEndingInAnOperatorIsAnErrorAtItsEnd() {
    String line = "x+".repeat(64 * 1024);
    ParseException e = assertThrows(ParseException.class,
        () -> HangGuard.call(() -> Expression.parse(line)));
    assertEquals("expression ends too early", e.getMessage());
    assertEquals(line.length() + 1, e.column());
    for (String shown : e.display().split("\n")) {
      assertTrue(shown.length() < 200, "no long line in the display: " + shown.length());
    }
  }

  @Test
  void aMegabyteLineOfJunkIsAnErrorWithAColumn() {
    Random random = new Random(1);
    for (int i = 0; i < 3; i++) {
      String junk = randomText(random, GARBAGE, 1 << 20);
      Pipeline.Outcome outcome = HangGuard.call(() -> Pipeline.run(junk));
      assertNotNull(outcome.error());
    }
    byte[] bytes = new byte[1 << 20];
    random.nextBytes(bytes);
    String decoded = new String(bytes, StandardCharsets.UTF_8);
    assertNotNull(HangGuard.call(() -> Pipeline.run(decoded)).error());
  }

  /** Valid tokens for 128 KiB, and the one mistake at the very end. */
  @Test
  void aLongLineWithAMistakeAtTheEndIsFoundThere() {
    String good = "sin(x)*y+".repeat(14_500);
    String line = good + "(x";
    ParseException e = assertThrows(ParseException.class,
        () -> HangGuard.call(() -> Expression.parse(line)));
    assertEquals("missing ')'", e.getMessage());
    assertEquals(line.length() + 1, e.column());
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo(x)", "sine(x)", "Sin(x)", "SIN(x)", "lg(x)", "arcsinus(x)",
      "xyzzy", "f(x)", "sinx", "sin x", "log(1,2,3)", "ln()", "sqrt", "pi(x)", "e(x)",
      "theta(x)", "gamma", "digamma x", "x'", "d/dx x", "x!", "x % 2", "x == 1", "x=1",
      "x;y", "x, y", "1,5", "$x", "#", "x @ y", "∂x", "λ(x)", "alpha_", "w__2", "x_é", "2x1",
      "x.y", "1..2", "1.2.3", "..", "1e", "1e+", "1e-x", "e-", "0x1F", "1_000"})
  void unknownNamesAndNotationAreAnErrorOrAnAnswer(String text) {
    HangGuard.call(() -> Pipeline.run(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"(x", "x)", "((x)", "(x))", "(x]", "[x)", "{x>", "<x}", ")(", "][",
      "sin(x", "sin(x))", "sin)x(", "(", ")", "((((((", "))))))", "([)]", "{[<(x)>]", "x^(2",
      "e^<x", "ln<x)", "log(2,(x)", "(()", "<>", "x>y", "x<y", "<<x>", "x<y>z>", "((x)+(y)",
      "(x+y))*(z"})
  void unbalancedGroupsAreAnErrorWithAColumn(String text) {
    Pipeline.Outcome outcome = HangGuard.call(() -> Pipeline.run(text));
    assertNull(outcome.printed(), () -> Pipeline.describe(text) + " parsed as "
        + outcome.printed());
  }

  static Stream<String> deepInputs() {
    int n = 60_000;
    return Stream.of(
        "(".repeat(n) + "x" + ")".repeat(n),
        "[".repeat(n) + "x" + "]".repeat(n),
        "sin(".repeat(n) + "x" + ")".repeat(n),
        "(".repeat(n) + "x",
        "x" + "^x".repeat(n),
        "x" + "**x".repeat(n),
        "-".repeat(n) + "x",
        "x^" + "-".repeat(n) + "x",
        "<{[(".repeat(n / 4) + "x" + ")]}>".repeat(n / 4),
        "(x+".repeat(n) + "x" + ")".repeat(n));
  }

  @ParameterizedTest
  @MethodSource("deepInputs")
  void sixtyThousandNestedLevelsAreRefusedWhereTheyPassTheLimit(String text) {
    ParseException e = assertThrows(ParseException.class,
        () -> HangGuard.call(() -> Expression.parse(text)));
    assertTrue(e.getMessage().startsWith("nesting deeper than"), e.getMessage());
    // The work done: refused where the level past the limit opens (at most four characters a
    // level), not after reading all 60,000 levels.
    assertTrue(e.column() > 0 && e.column() <= 4 * (nestingLimit(e) + 1) + 2, e.headline());
  }

  /** The limit that {@code e} names: {@code nesting deeper than 500 levels} gives 500. */
  private static int nestingLimit(ParseException e) {
    return Integer.parseInt(e.getMessage().replaceAll("\\D+", " ").strip().split(" ")[0]);
  }

  @Test
  void aSumOfOneHundredThousandTermsIsDifferentiated() {
    String line = String.join("+", java.util.Collections.nCopies(100_000, "sin(x)"));
    String derivative = HangGuard.call(() -> Leibniz.derivative(line, "x"));
    assertEquals("100000*cos(x)", derivative);
  }

  @Test
  void aSumOfOneHundredThousandDistinctTermsIsDifferentiatedTermByTerm() {
    StringBuilder line = new StringBuilder();
    for (int k = 1; k <= 100_000; k++) line.append(k == 1 ? "" : "+").append("x").append(k)
        .append("*x");
    String derivative = HangGuard.call(() -> Leibniz.derivative(line.toString(), "x"));
    assertTrue(derivative.startsWith("x1 + x2 + x3 + "), derivative.substring(0, 40));
    // d/dx (x_k*x) = x_k: one term out for each term in, every one of them.
    Set<String> terms = new HashSet<>(List.of(derivative.split(" \\+ ")));
    assertEquals(100_000, terms.size(), "distinct terms in the derivative");
    for (int k = 1; k <= 100_000; k++) assertTrue(terms.contains("x" + k), "x" + k);
  }

  @Test
  void hugePowersAreNeverExpanded() {
    String derivative = HangGuard.call(() -> Leibniz.derivative("x^1000000*(x+1)^1000", "x"));
    // Simplified: the common factor 1000*x^999999*(x + 1)^999 pulled out, nothing expanded.
    assertEquals("1000*x^999999*(x + 1)^999*(1001*x + 1000)", derivative);
    for (double x : new double[] {0.9999, 0.99995}) {
      // The product rule by hand: 10^6*x^999999*(x + 1)^1000 + 1000*x^10^6*(x + 1)^999.
      double byHand = 1e6 * Math.pow(x, 999_999) * Math.pow(x + 1, 1000)
          + 1000 * Math.pow(x, 1_000_000) * Math.pow(x + 1, 999);
      double value = Leibniz.evaluate(derivative, Map.of("x", x));
      assertEquals(byHand, value, 1e-9 * Math.abs(byHand), "at x = " + x);
    }
    assertEquals("2^65536*x^(2^65536 - 1)",
        HangGuard.call(() -> Leibniz.derivative("x^(2^65536)", "x")));
  }

  /** {@code --order 1000} of a product of ten factors: the size limit stops it. */
  @Test
  void theThousandthDerivativeOfTenFactorsStopsAtTheSizeLimit() {
    Expression f = Expression.parse(
        "sin(x)*cos(x)*tan(x)*ln(x)*e^x*sqrt(x)*x^2*atan(x)*sinh(x)*erf(x)");
    dev.leibniz.error.LeibnizException e = assertThrows(dev.leibniz.error.LeibnizException.class,
        () -> HangGuard.call(() -> f.derivative("x", 1000)));
    assertEquals("result exceeds 1,000,000 nodes", e.getMessage());
  }

  /** A polynomial product of ten factors has a thousandth derivative, and it is 0. */
  @Test
  void theThousandthDerivativeOfTenLinearFactorsIsZero() {
    Expression f = Expression.parse("x*(x+1)*(x+2)*(x+3)*(x+4)*(x+5)*(x+6)*(x+7)*(x+8)*(x+9)");
    Expression d = HangGuard.call(() -> f.derivative("x",
        1000));
    assertEquals("0", d.toString());
    assertEquals("3628800", HangGuard.call(() -> f.derivative("x", 10).toString()));
  }

  static String randomText(Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return sb.toString();
  }

  private static byte[] hexBytes(String hex) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    return bytes;
  }
}
