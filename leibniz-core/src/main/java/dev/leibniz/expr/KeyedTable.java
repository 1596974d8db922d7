package dev.leibniz.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An insertion-ordered table from expressions to slots, for gathering like terms and powers of
 * one base. Small tables (most sums and products have a handful of operands) are searched
 * linearly, which beats hashing whole subtrees; past {@link #LINEAR_LIMIT} keys a hash index is
 * built so large sums stay linear in their size.
 */
final class KeyedTable {
  private static final int LINEAR_LIMIT = 12;

  private final List<Expr> keys;
  private Map<Expr, Integer> index;

  KeyedTable(int expected) {
    keys = new ArrayList<>(Math.max(4, expected));
  }

  /** The slot of {@code key}, adding it (at slot {@link #size()}) if it is new. */
  int slotOf(Expr key) {
    if (index == null) {
      for (int i = 0; i < keys.size(); i++) {
        Expr k = keys.get(i);
        if (Compound.same(k, key)) return i;
      }
      keys.add(key);
      if (keys.size() > LINEAR_LIMIT) {
        index = new HashMap<>(keys.size() * 4);
        for (int i = 0; i < keys.size(); i++) index.putIfAbsent(keys.get(i), i);
      }
      return keys.size() - 1;
    }
    Integer slot = index.putIfAbsent(key, keys.size());
    if (slot != null) return slot;
    keys.add(key);
    return keys.size() - 1;
  }

  int size() {
    return keys.size();
  }

  Expr key(int slot) {
    return keys.get(slot);
  }

  /** The slot of an existing key, or -1. */
  int find(Expr key) {
    if (index != null) return index.getOrDefault(key, -1);
    for (int i = 0; i < keys.size(); i++) if (keys.get(i).equals(key)) return i;
    return -1;
  }
}
