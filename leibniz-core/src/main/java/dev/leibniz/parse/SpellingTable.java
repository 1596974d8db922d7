package dev.leibniz.parse;

import java.util.Arrays;

/**
 * Values by spelling, found from a stretch of the lexer's code points without taking that
 * stretch as a String: the token source looks up each run of letters it has read before
 * ({@code xz}, {@code ln}, {@code sin}) by its place in the line ({@link LineCharStream}), so a
 * known run costs no allocation, and the look-up reads arrays only (no String calls, which the
 * CLI's C1-compiled code does not inline). A run's characters are letters, digits and '_' of
 * the Basic Multilingual Plane (the grammar's NAME), so each is one code point and one char,
 * and keys hash as {@link String#hashCode} does. The table is open-addressed and, when it holds
 * {@link #MOST} spellings, forgets them all at once. One instance serves one thread.
 */
final class SpellingTable<V> {
  /** The most spellings kept; the table is never more than half full. */
  static final int MOST = 4096;
  private static final int MASK = 2 * MOST - 1;

  private final char[][] keys = new char[2 * MOST][];
  private final Object[] values = new Object[2 * MOST];
  private int size;

  /** The value of the spelling {@code codePoints[start, end)}, or null. */
  V get(int[] codePoints, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) h = 31 * h + codePoints[i];
    for (int slot = spread(h); ; slot = (slot + 1) & MASK) {
      char[] key = keys[slot];
      if (key == null) return null;
      if (spells(key, codePoints, start, end)) {
        @SuppressWarnings("unchecked")
        V value = (V) values[slot];
        return value;
      }
    }
  }

  /** Keeps {@code value} for {@code spelling}, which the table does not hold yet. */
  void put(String spelling, V value) {
    if (size == MOST) {
      Arrays.fill(keys, null);
      Arrays.fill(values, null);
      size = 0;
    }
    int slot = spread(spelling.hashCode());
    while (keys[slot] != null) slot = (slot + 1) & MASK;
    keys[slot] = spelling.toCharArray();
    values[slot] = value;
    size++;
  }

  /** True if {@code key} is the code points {@code codePoints[start, end)}. */
  private static boolean spells(char[] key, int[] codePoints, int start, int end) {
    if (key.length != end - start) return false;
    for (int i = 0; i < key.length; i++) if (key[i] != codePoints[start + i]) return false;
    return true;
  }

  /** The first slot for hash {@code h}: its high bits folded in, as {@link java.util.HashMap}. */
  private static int spread(int h) {
    return (h ^ (h >>> 16)) & MASK;
  }
}
