package dev.leibniz.simplify;

import java.lang.reflect.Field;

/**
 * Lifts the simplifier's work budget for this thread, so that an operation timed on its own runs
 * to the end as Rings' does (the size limit, {@link FullSimplifier#MAX_TERMS}, still holds).
 */
final class Budgets {
  private static final ThreadLocal<long[]> LEFT;

  static {
    try {
      Field f = WorkBudget.class.getDeclaredField("LEFT");
      f.setAccessible(true);
      @SuppressWarnings("unchecked")
      ThreadLocal<long[]> left = (ThreadLocal<long[]>) f.get(null);
      LEFT = left;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("WorkBudget changed", e);
    }
  }

  private Budgets() {}

  static void unlimited() {
    LEFT.get()[0] = Long.MAX_VALUE / 2;
  }
}
