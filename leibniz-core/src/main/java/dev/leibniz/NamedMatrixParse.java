package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.MatrixSubstitution;
import dev.leibniz.matrix.Shape;
import dev.leibniz.matrix.ShapeRules;
import dev.leibniz.parse.MatrixParser;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line with vectors or matrices in which some whole words name expressions
 * ({@link MatrixExpression#parse(String, Map, Map)}), as {@link NamedParse} reads a scalar one:
 * each word, before the line's {@code where} clause, is read as one fresh name declared in its
 * expression's shape, then replaced by that expression's tree; so is an undeclared name that a
 * letter run splits off ({@code k} of {@code kv}). A name's expression keeps the
 * shapes of its own names: one that reads {@code x} as a scalar where the line declares
 * {@code x} a vector (or any other shape than the expression's) is refused at the word, never
 * read as the other.
 */
final class NamedMatrixParse {
  private static final Pattern LETTER_RUN = Pattern.compile("\\p{L}+");
  private static final Set<String> FUNCTIONS = Set.copyOf(Leibniz.functionNames());

  private NamedMatrixParse() {}

  /**
   * {@code text} under {@code shapes}, each whole word that is a key of {@code names}, and each
   * such key a letter run splits off, standing for its value; a key mapped to null is read as
   * one scalar name.
   */
  static MatrixExpression parse(String text, Map<String, Shape> shapes,
      Map<String, MatrixExpression> names) {
    refuseDeclared(text, names);
    WordEdit edit = WordEdit.of(text, MatrixParser.clauseStart(text), names.keySet());
    MatrixParser.Parsed p;
    try {
      p = MatrixParser.parse(edit.edited(), withPlaceholders(edit, shapes, names));
    } catch (LeibnizException e) {
      throw edit.inTextGiven(e);
    }
    Set<String> placeholders = new LinkedHashSet<>(edit.placeholders().values());
    Map<String, Shape> declared = new LinkedHashMap<>(p.shapes());
    declared.keySet().removeAll(placeholders);
    Set<String> written = new LinkedHashSet<>();
    MatrixExpression.collect(p.tree(), written);
    written.removeAll(placeholders);
    // Each word standing for a value, by the name it has in the tree: its placeholder, or, for
    // a name a letter run split off (k of kv), the name itself, as on a scalar line.
    Map<String, String> standIns = new LinkedHashMap<>(edit.placeholders());
    for (String n : Set.copyOf(written)) {
      if (names.get(n) != null) {
        standIns.put(n, n);
        written.remove(n);
        declared.remove(n);
      }
    }
    if (standIns.isEmpty()) return new MatrixExpression(p.tree(), p.shapes());
    Map<String, Shape> fromNames = new LinkedHashMap<>();
    Map<String, MatrixExpr> replacements = new HashMap<>();
    standIns.forEach((word, placeholder) -> {
      MatrixExpression value = names.get(word);
      if (value == null) {
        replacements.put(placeholder, new MatrixExpr.Name(word, Shape.SCALAR));
        return;
      }
      for (String n : value.variables()) {
        Shape own = value.shapes().getOrDefault(n, Shape.SCALAR);
        Shape here = declared.containsKey(n) ? declared.get(n)
            : written.contains(n) ? Shape.SCALAR : fromNames.get(n);
        if (here != null && !here.equals(own)) {
          throw new LeibnizException("'" + word + "' reads " + n + " as a " + ShapeRules.noun(own)
              + ", but " + n + " is a " + ShapeRules.noun(here) + " on this line", text,
              column(text, edit, word));
        }
        fromNames.put(n, own);
      }
      replacements.put(placeholder, value.tree());
    });
    fromNames.forEach((n, s) -> {
      if (!s.isScalar()) declared.putIfAbsent(n, s);
    });
    MatrixExpr tree = MatrixSubstitution.apply(p.tree(), replacements);
    // A value put in place of its name may make a constant outside a domain: ln(c), c = -1.
    String first = standIns.keySet().iterator().next();
    MatrixParser.requireConstantsDefined(tree, text, column(text, edit, first));
    return new MatrixExpression(tree, declared);
  }

  /**
   * The column of {@code word} in {@code text}: where it stands as a whole word, else where a
   * letter run first writes it.
   */
  private static int column(String text, WordEdit edit, String word) {
    int column = edit.column(word);
    if (column > 0) return column;
    Matcher run = LETTER_RUN.matcher(text);
    while (run.find()) {
      int at = run.group().indexOf(word);
      // not inside a function's name: the q of sqrt, the c of cos
      if (at >= 0 && !FUNCTIONS.contains(run.group())) return run.start() + at + 1;
    }
    return 1;
  }

  /**
   * Refuses a {@code where} clause that declares a word standing for an expression
   * ({@code d/dx f where f: 3} after {@code f := x^2}): the declaration could only be ignored.
   */
  static void refuseDeclared(String text, Map<String, ?> names) {
    if (names.isEmpty()) return;
    MatrixParser.declaredColumns(text).forEach((name, column) -> {
      if (names.get(name) != null) {
        throw new LeibnizException("'" + name + "' stands for an expression; a where clause "
            + "cannot declare it", text, column);
      }
    });
  }

  /** True if {@code text} writes {@code name} as a whole word before its {@code where} clause. */
  static boolean writes(String text, String name) {
    return !WordEdit.used(text, MatrixParser.clauseStart(text), Set.of(name)).isEmpty();
  }

  /**
   * True if {@code text} is a line with vectors or matrices once each whole word of
   * {@code names} stands for its value ({@link MatrixExpression#declaresNonScalar}): it is one
   * read with the words as names of their values' shapes, or it uses a word whose value was read
   * with vectors or matrices (declares one, used or not: {@code ans} after a matrix line is one
   * of its lines), or has a name {@code shapes} declare one (which a scalar value reads as a
   * scalar: the matrix reader refuses that, rather than the scalar one reading it silently).
   */
  static boolean declaresNonScalar(String text, Map<String, Shape> shapes, Collection<String> by,
      Map<String, MatrixExpression> names) {
    WordEdit edit = WordEdit.of(text, MatrixParser.clauseStart(text), names.keySet());
    Map<String, Shape> withNames = withPlaceholders(edit, shapes, names);
    if (MatrixParser.declaresNonScalar(edit.edited(), withNames, by)) return true;
    Set<String> words = new LinkedHashSet<>(edit.placeholders().keySet());
    words.addAll(splitOffRuns(edit, withNames, names));
    for (String word : words) {
      MatrixExpression value = names.get(word);
      if (value == null) continue;
      for (Shape own : value.shapes().values()) if (!own.isScalar()) return true;
      for (String n : value.variables()) {
        if (!shapes.getOrDefault(n, Shape.SCALAR).isScalar()) return true;
      }
    }
    return false;
  }

  /**
   * The names with a value that a letter run of the edited text splits off (its whole words are
   * placeholders already), as the matrix reader reads them; none where it does not read the text.
   */
  private static Set<String> splitOffRuns(WordEdit edit, Map<String, Shape> withNames,
      Map<String, MatrixExpression> names) {
    if (!anyInALongerRun(edit.edited(), names)) return Set.of(); // no second reading needed
    Set<String> used = new LinkedHashSet<>();
    try {
      MatrixExpression.collect(MatrixParser.parse(edit.edited(), withNames).tree(), used);
    } catch (LeibnizException unread) {
      return Set.of(); // the reader that reads the line will say why
    }
    used.removeIf(n -> names.get(n) == null);
    return used;
  }

  /** True if a name with a value is written inside a longer letter run of {@code text}. */
  private static boolean anyInALongerRun(String text, Map<String, MatrixExpression> names) {
    Matcher run = LETTER_RUN.matcher(text);
    while (run.find()) {
      String letters = run.group();
      for (Map.Entry<String, MatrixExpression> name : names.entrySet()) {
        if (name.getValue() != null && letters.length() > name.getKey().length()
            && letters.contains(name.getKey())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code shapes}, each placeholder declared in its value's shape (a scalar for null), and each
   * name with a value in its value's shape, so that one a letter run splits off reads as the
   * value it stands for, as a whole word does, whatever {@code shapes} say of it.
   */
  private static Map<String, Shape> withPlaceholders(WordEdit edit, Map<String, Shape> shapes,
      Map<String, MatrixExpression> names) {
    Map<String, Shape> out = new LinkedHashMap<>(shapes);
    names.forEach((name, value) -> {
      if (value != null) out.put(name, value.tree().shape());
    });
    edit.placeholders().forEach((word, placeholder) -> {
      MatrixExpression value = names.get(word);
      out.put(placeholder, value == null ? Shape.SCALAR : value.tree().shape());
    });
    return out;
  }
}
