package dev.leibniz.parse;

import java.util.Arrays;

/**
 * Values by spelling, found from a stretch of a line's characters without taking that stretch
 * as a String: the token source looks up each run of letters it has read before ({@code xz},
 * {@code ln}, {@code sin}) by its place in the line, so a known run costs no allocation. Keys
 * hash as {@link String#hashCode} does; the table is open-addressed and, when it holds
 * {@link #MOST} spellings, forgets them all at once. One instance serves one thread.
 */
final class SpellingTable<V> {
  /** The most spellings kept; the table is never more than half full. */
  static final int MOST = 4096;
  private static final int MASK = 2 * MOST - 1;

  private final String[] keys = new String[2 * MOST];
  private final Object[] values = new Object[2 * MOST];
  private int size;

  /** The value of the spelling {@code text[start, end)}, or null. */
  V get(String text, int start, int end) {
    int length = end - start;
    int h = 0;
    for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
    for (int slot = spread(h); ; slot = (slot + 1) & MASK) {
      String key = keys[slot];
      if (key == null) return null;
      if (key.length() == length && text.regionMatches(start, key, 0, length)) {
        @SuppressWarnings("unchecked")
        V value = (V) values[slot];
        return value;
      }
    }
  }

  /** The value of {@code spelling}, or null. */
  V get(String spelling) {
    return get(spelling, 0, spelling.length());
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
    keys[slot] = spelling;
    values[slot] = value;
    size++;
  }

  /** The first slot for hash {@code h}: its high bits folded in, as {@link java.util.HashMap}. */
  private static int spread(int h) {
    return (h ^ (h >>> 16)) & MASK;
  }
}
