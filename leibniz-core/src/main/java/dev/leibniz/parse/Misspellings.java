package dev.leibniz.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names that look like a reserved name but are not one, refused with the name meant, so that
 * {@code Ln(x)} or {@code tg(x)} never silently becomes a product of letters:
 * <ul>
 *   <li>a reserved word written with other capitals anywhere in a run of letters ({@code Ln},
 *       {@code SIN}, {@code PI*x}, {@code xExp(x)}); a single capital ({@code A}, {@code X},
 *       {@code E}) is a variable, and the Greek capitals ({@code Gamma}, {@code Pi}) are
 *       reserved as written;
 *   <li>a run that is a spelling of a function used in other countries or books ({@code lg},
 *       {@code tg}, {@code sh}, {@code arctg}, {@code argsh}, {@code sen}, …), in any
 *       capitals, when a group follows it, even after blanks: without one it stays a product
 *       ({@code ch} is c*h).
 * </ul>
 */
final class Misspellings {
  /** Foreign spelling to our function name. */
  private static final Map<String, String> FOREIGN = Map.ofEntries(
      Map.entry("lg", "log10"), Map.entry("lb", "log2"), Map.entry("ld", "log2"),
      Map.entry("sen", "sin"), Map.entry("tg", "tan"), Map.entry("ctg", "cot"),
      Map.entry("cotg", "cot"), Map.entry("cotan", "cot"), Map.entry("cosec", "csc"),
      Map.entry("arcsen", "asin"), Map.entry("arctg", "atan"), Map.entry("arcctg", "acot"),
      Map.entry("arccotg", "acot"), Map.entry("arccosec", "acsc"),
      Map.entry("sh", "sinh"), Map.entry("ch", "cosh"), Map.entry("th", "tanh"),
      Map.entry("tgh", "tanh"), Map.entry("cth", "coth"), Map.entry("ctgh", "coth"),
      Map.entry("cosech", "csch"), Map.entry("arsh", "asinh"), Map.entry("arch", "acosh"),
      Map.entry("arth", "atanh"), Map.entry("arcth", "acoth"), Map.entry("argsh", "asinh"),
      Map.entry("argch", "acosh"), Map.entry("argth", "atanh"), Map.entry("senh", "sinh"),
      Map.entry("cossec", "csc"), Map.entry("sgn", "sign"));

  private static final int LONGEST_FOREIGN =
      FOREIGN.keySet().stream().mapToInt(String::length).max().orElse(0);
  private static final String OPENERS = "(<[{";

  private Misspellings() {}

  /** The foreign spellings and the names they stand for, for tests and documentation. */
  static Map<String, String> foreignSpellings() {
    return FOREIGN;
  }

  /** True if the first character at or after {@code from} that is not blank opens a group. */
  static boolean opensGroup(String line, int from) {
    int i = from;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
    return i < line.length() && OPENERS.indexOf(line.charAt(i)) >= 0;
  }

  /**
   * The function {@code run} is a foreign spelling of ({@code tg} gives {@code tan}), in any
   * capitals, unless the function table has since taken the spelling as a name of its own; else
   * null. Such a run is refused when written as a call ({@link #foreignCall}).
   */
  static String foreignMeaning(String run) {
    if (run.length() > LONGEST_FOREIGN) return null;
    String meant = FOREIGN.get(run.toLowerCase(Locale.ROOT));
    return meant != null && !ReservedNames.isFunction(run) ? meant : null;
  }

  /** The refusal of {@code run}, a foreign spelling of {@code meant}, written as a call. */
  static ParseException foreignCall(String run, String meant, String line, int column) {
    return unknown("function", run, meant, line, column);
  }

  /**
   * Refuses a reserved word written with other capitals at {@code i} of {@code run}, where
   * {@code exact} (or null) is the reserved word read there as written.
   */
  static void refuseMiscapitalised(String run, int i, ReservedNames.Word exact, String line,
      int column) {
    List<ReservedNames.Word> meant = ReservedNames.miscapitalisedAt(run, i,
        exact == null ? 0 : exact.text().length());
    if (meant.isEmpty()) return;
    String written = run.substring(i, i + meant.get(0).text().length());
    StringBuilder names = new StringBuilder();
    boolean function = false;
    for (ReservedNames.Word w : meant) {
      if (names.length() > 0) names.append(" or ");
      names.append(w.text());
      function |= w.kind() == ReservedNames.Kind.FUNCTION;
    }
    throw unknown(function ? "function" : "name", written, names.toString(), line, column + i);
  }

  private static ParseException unknown(String what, String written, String meant, String line,
      int column) {
    return new ParseException("unknown " + what + " '" + written + "' \u2014 did you mean "
        + meant + "?", line, column);
  }
}
