package dev.leibniz;

import dev.leibniz.codegen.CodeGenerator;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.graph.Tape;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The languages {@link Expression#codegen} writes. */
public enum Language {
  JAVA, C, PYTHON;

  /**
   * The language of that name, in any case: {@code java}, {@code c} or {@code python}.
   *
   * @throws LeibnizException naming the languages there are
   */
  public static Language named(String name) {
    for (Language l : values()) {
      if (l.name().equalsIgnoreCase(Arguments.notNull(name, "language"))) return l;
    }
    throw new LeibnizException("no language '" + name + "': expected one of " + names());
  }

  /** The names, lower case, separated by commas: {@code java, c, python}. */
  public static String names() {
    return Arrays.stream(values()).map(l -> l.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  String generate(Tape tape, String name, String doc) {
    switch (this) {
      case JAVA: return CodeGenerator.java(tape, name, doc);
      case C: return CodeGenerator.c(tape, name, doc);
      case PYTHON: return CodeGenerator.python(tape, name, doc);
      default: throw new IllegalStateException("unhandled " + this);
    }
  }
}
