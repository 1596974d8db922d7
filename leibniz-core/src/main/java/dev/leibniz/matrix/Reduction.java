package dev.leibniz.matrix;

import java.util.HashMap;
import java.util.Map;

/**
 * The reductions and algebra functions of the language: {@code sum} of entries, the Euclidean
 * or Frobenius norm {@code norm2}, trace, determinant, inverse, {@code diag} (the diagonal
 * matrix of a vector), {@code dot(x, y) = x' y}, {@code softmax}, {@code logsumexp(x) =
 * ln(sum(exp(x)))}, and the constant arrays {@code ones(n)}, {@code ones(r, c)}, {@code eye(n)}.
 */
public enum Reduction {
  SUM("sum", 1), NORM2("norm2", 1), TR("tr", 1), DET("det", 1), INV("inv", 1),
  DIAG("diag", 1), DOT("dot", 2), SOFTMAX("softmax", 1), LOGSUMEXP("logsumexp", 1),
  ONES("ones", 0), EYE("eye", 0);

  private final String word;
  private final int arity;

  Reduction(String word, int arity) {
    this.word = word;
    this.arity = arity;
  }

  /** The name as written: {@code logsumexp}. */
  public String word() {
    return word;
  }

  /** Arguments taken; 0 for the constant arrays, which take sizes. */
  public int arity() {
    return arity;
  }

  /** True for {@code ones} and {@code eye}, whose arguments are sizes. */
  public boolean isConstantArray() {
    return arity == 0;
  }

  private static final Map<String, Reduction> BY_WORD = new HashMap<>();

  static {
    for (Reduction r : values()) BY_WORD.put(r.word, r);
  }

  /** The reduction called {@code word}, or null; allocates nothing (the parser asks per call). */
  public static Reduction named(String word) {
    return BY_WORD.get(word);
  }
}
