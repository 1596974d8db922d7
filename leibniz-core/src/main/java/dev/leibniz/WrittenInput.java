package dev.leibniz;

import dev.leibniz.expr.Expr;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The input an expression was written as ({@link AsWritten}), read at the first question at a
 * point and kept: the text it was read from (with the names it was read with), or the input of
 * the expression it was substituted into, with the replacements applied. An expression and
 * everything derived from it (its derivatives, its simplified form) share one, so the text is
 * read once however many of them are evaluated. Every thread that reads it reads the same (the
 * reading is a pure function of final fields, as are AsWritten's), so a race on the cache only
 * reads it twice.
 */
final class WrittenInput {
  private final Supplier<AsWritten> reading;
  private AsWritten read;

  private WrittenInput(Supplier<AsWritten> reading) {
    this.reading = reading;
  }

  /** The input of {@link Expression#parse(String)}. */
  static WrittenInput of(String text) {
    return new WrittenInput(() -> AsWritten.read(text, Map.of(), List.of()));
  }

  /** The input of {@link Expression#parse(String, Map)} (a key may map to null). */
  static WrittenInput of(String text, Map<String, Expression> names) {
    Map<String, Expression> copy = Collections.unmodifiableMap(new HashMap<>(names));
    return new WrittenInput(() -> copy.isEmpty() ? AsWritten.read(text, Map.of(), List.of())
        : NamedParse.asWritten(text, copy));
  }

  /**
   * The input of {@code e} with each variable named in {@code replacements} (already read)
   * replaced by its expression ({@link Expression#substitute}): where {@code e} was written
   * (its own input, or for a tree the library built, that tree), with the replacements applied.
   */
  static WrittenInput substituted(Expression e, WrittenInput input,
      Map<String, Expression> replacements) {
    Map<String, Expression> copy = Map.copyOf(replacements);
    Expr tree = e.tree();
    return new WrittenInput(() -> (input == null ? AsWritten.of(tree) : input.asWritten())
        .substituted(copy));
  }

  /** The input as written, read on first use. */
  AsWritten asWritten() {
    AsWritten written = read;
    if (written == null) {
      written = reading.get();
      read = written;
    }
    return written;
  }
}
