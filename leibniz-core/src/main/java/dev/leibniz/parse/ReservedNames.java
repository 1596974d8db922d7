package dev.leibniz.parse;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.MathFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reserved words a run of letters is split by: function names (with their aliases, plus
 * {@code sqrt}, {@code exp} and {@code log}), the constants {@code e} and {@code pi}, and the
 * Greek letter names, which are variables ({@code gamma} is the function, not the letter).
 * Each inverse hyperbolic function is also read under its ISO 80000-2 name ({@code arsinh},
 * {@code arcosh}, …, the spelling the LaTeX printer uses) beside its {@code arc…} alias.
 */
final class ReservedNames {
  /** What a reserved word stands for. */
  enum Kind { FUNCTION, CONSTANT, GREEK }

  /** A reserved word: its kind and, for functions and constants, what it names. */
  record Word(String text, Kind kind, MathFunction function, Constant constant) {}

  /**
   * Pseudo-functions that are not {@link MathFunction}s: they build powers and quotients; the
   * reductions and algebra functions of vectors and matrices ({@code sum}, {@code tr}, ...) are
   * reserved too.
   */
  static final String SQRT = "sqrt";
  static final String EXP = "exp";

  static final List<String> GREEK_NAMES = List.of(
      "alpha", "beta", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
      "mu", "nu", "xi", "omicron", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
      "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega");

  /** Unicode Greek letters and the names they are stored under; γ keeps its letter. */
  private static final String GREEK_LETTERS = "αβγδεζηθικλμνξοπρσςτυφχψωϑϕΓΔΘΛΞΠΣΦΨΩ";
  private static final String[] GREEK_LETTER_NAMES = {
    "alpha", "beta", "γ", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon",
    "phi", "chi", "psi", "omega", "theta", "phi", "Gamma", "Delta", "Theta", "Lambda", "Xi",
    "Pi", "Sigma", "Phi", "Psi", "Omega"};

  private static final Map<String, Word> WORDS = new HashMap<>();
  /** The reserved words of two or more letters under their lower-case spelling. */
  private static final Map<String, List<Word>> BY_LOWER_CASE = new HashMap<>();
  private static final int LONGEST;

  static {
    for (MathFunction f : MathFunction.values()) {
      WORDS.put(f.canonicalName(), new Word(f.canonicalName(), Kind.FUNCTION, f, null));
      for (String alias : f.aliases()) {
        WORDS.put(alias, new Word(alias, Kind.FUNCTION, f, null));
        String iso = isoInverseHyperbolic(alias);
        if (iso != null) WORDS.put(iso, new Word(iso, Kind.FUNCTION, f, null));
      }
    }
    WORDS.put(SQRT, new Word(SQRT, Kind.FUNCTION, null, null));
    WORDS.put(EXP, new Word(EXP, Kind.FUNCTION, null, null));
    for (dev.leibniz.matrix.Reduction r : dev.leibniz.matrix.Reduction.values()) {
      WORDS.put(r.word(), new Word(r.word(), Kind.FUNCTION, null, null));
    }
    for (Constant c : Constant.values()) {
      WORDS.put(c.symbol(), new Word(c.symbol(), Kind.CONSTANT, null, c));
    }
    for (String g : GREEK_NAMES) WORDS.put(g, new Word(g, Kind.GREEK, null, null));
    LONGEST = WORDS.keySet().stream().mapToInt(String::length).max().orElse(1);
    for (Word w : WORDS.values()) {
      if (w.text().length() < 2) continue;
      BY_LOWER_CASE.computeIfAbsent(w.text().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(w);
    }
    BY_LOWER_CASE.values().forEach(ws -> ws.sort((a, b) -> b.text().compareTo(a.text())));
  }

  private ReservedNames() {}

  /** {@code arcsinh} gives {@code arsinh} (area, not arc): the ISO name; other aliases null. */
  private static String isoInverseHyperbolic(String alias) {
    boolean inverseHyperbolic = alias.startsWith("arc") && alias.endsWith("h");
    return inverseHyperbolic ? "ar" + alias.substring(3) : null;
  }

  /**
   * The reserved words that the longest stretch of {@code run} at {@code from} spells with
   * other capitals ({@code Ln}, {@code PI}, {@code SIN}), if that stretch is longer than
   * {@code exactLength}, the reserved word read there as written; else an empty list. Lower
   * case first: {@code GAMMA} gives gamma, Gamma.
   */
  static List<Word> miscapitalisedAt(String run, int from, int exactLength) {
    for (int len = Math.min(LONGEST, run.length() - from); len > Math.max(exactLength, 1);
        len--) {
      List<Word> words = BY_LOWER_CASE.get(run.substring(from, from + len)
          .toLowerCase(Locale.ROOT));
      if (words != null) return words;
    }
    return List.of();
  }

  /** The longest reserved word starting at {@code from} in {@code run}, or null. */
  static Word longestAt(String run, int from) {
    for (int len = Math.min(LONGEST, run.length() - from); len >= 2; len--) {
      Word w = WORDS.get(run.substring(from, from + len));
      if (w != null) return w;
    }
    return run.charAt(from) == 'e' ? WORDS.get("e") : null;
  }

  /** True if {@code name} is a function name the language reserves. */
  /**
   * What {@code name} is reserved as ({@code "a function"}, {@code "a constant"}, {@code "a
   * reserved word"} for {@code where}), or null for a name free to declare or assign; Greek
   * names are variables, so free.
   */
  static String reservedAs(String name) {
    if (name.equals("where")) return "a reserved word";
    Word w = WORDS.get(name);
    if (w == null || w.kind() == Kind.GREEK) return null;
    return w.kind() == Kind.FUNCTION ? "a function" : "a constant";
  }

  static boolean isFunction(String name) {
    Word w = WORDS.get(name);
    return w != null && w.kind() == Kind.FUNCTION;
  }

  /** All reserved function names, for completion and help. */
  static List<String> functionNames() {
    return WORDS.values().stream().filter(w -> w.kind() == Kind.FUNCTION).map(Word::text)
        .sorted().toList();
  }

  /**
   * The stored name of a single Greek letter ({@code θ} is {@code theta}, {@code π} is the
   * constant {@code pi}); letters without a name of their own keep their letter.
   */
  static String greekLetterName(char c) {
    int i = GREEK_LETTERS.indexOf(c);
    return i >= 0 ? GREEK_LETTER_NAMES[i] : String.valueOf(c);
  }
}
