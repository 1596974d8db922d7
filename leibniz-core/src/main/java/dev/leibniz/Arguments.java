package dev.leibniz;

/** The facade's guard against null arguments: a clear message naming the argument. */
final class Arguments {
  private Arguments() {}

  /**
   * {@code value}, if it is not null.
   *
   * @throws IllegalArgumentException {@code "<name> must not be null"} if it is
   */
  static <T> T notNull(T value, String name) {
    if (value == null) throw new IllegalArgumentException(name + " must not be null");
    return value;
  }

  /**
   * {@code value}, if it is at least 1 (a count of points to check at).
   *
   * @throws IllegalArgumentException {@code "<name> must be at least 1, not 0"} if it is not
   */
  static int positive(int value, String name) {
    if (value < 1) throw new IllegalArgumentException(name + " must be at least 1, not " + value);
    return value;
  }

  /**
   * Checks that {@code array} has one slot per variable of a compiled expression.
   *
   * @throws IllegalArgumentException naming the array, its length and the expected length
   */
  static void oneSlotPerVariable(double[] array, String name, java.util.List<String> variables) {
    notNull(array, name);
    if (array.length != variables.size()) {
      throw new IllegalArgumentException(name + " has " + array.length + " slot"
          + (array.length == 1 ? "" : "s") + ", expected " + variables.size()
          + ", one per variable " + variables);
    }
  }

  /**
   * Checks that {@code index} is the position of a variable of a compiled expression.
   *
   * @throws IllegalArgumentException naming the index and the valid range:
   *     {@code variable index 5 is not in 0..1, one per variable [x, z]}
   */
  static int variableIndex(int index, java.util.List<String> variables) {
    if (index < 0 || index >= variables.size()) {
      throw new IllegalArgumentException("variable index " + index + " is not in "
          + (variables.isEmpty() ? "any range: there are no variables"
              : "0.." + (variables.size() - 1) + ", one per variable " + variables));
    }
    return index;
  }
}
