package dev.leibniz;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text an expression was read from (with the names it was read with), and its input as
 * written ({@link AsWritten}), read from it at the first question at a point and kept. An
 * expression and everything derived from it (its derivatives, its simplified form) share one,
 * so the text is read once however many of them are evaluated. Every thread that reads it
 * reads the same (its fields other than the cache are final, as are AsWritten's), so a race on
 * the cache only reads it twice.
 */
final class WrittenInput {
  private final String text;
  /** The names the text was read with ({@link Expression#parse(String, Map)}); empty if none. */
  private final Map<String, Expression> names;
  private AsWritten read;

  private WrittenInput(String text, Map<String, Expression> names) {
    this.text = text;
    this.names = names;
  }

  /** The input of {@link Expression#parse(String)}. */
  static WrittenInput of(String text) {
    return new WrittenInput(text, Map.of());
  }

  /** The input of {@link Expression#parse(String, Map)} (a key may map to null). */
  static WrittenInput of(String text, Map<String, Expression> names) {
    return new WrittenInput(text, Collections.unmodifiableMap(new HashMap<>(names)));
  }

  /** The input as written, read on first use. */
  AsWritten asWritten() {
    AsWritten written = read;
    if (written == null) {
      written = names.isEmpty() ? null : NamedParse.asWritten(text, names);
      if (written == null) written = AsWritten.read(text, Map.of(), List.of());
      read = written;
    }
    return written;
  }
}
