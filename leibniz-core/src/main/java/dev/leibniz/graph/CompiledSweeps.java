package dev.leibniz.graph;

/**
 * The sweeps of one {@link StraightLine}, as a class {@link BytecodeCompiler} writes. Both
 * methods return NaN to hand the point back to the tape: where a node or a partial is not
 * finite, where a function sits on its kink, or where the tape would distrust its backward
 * sweep. Stateless: the caller owns the work arrays.
 */
interface CompiledSweeps {
  /** The output's value at {@code point}, node values into {@code values}; NaN: ask the tape. */
  double value(double[] point, double[] values);

  /**
   * The output's value at {@code point} and its gradient into {@code out}, with node values,
   * adjoints and temporaries in the given arrays; NaN: ask the tape (then {@code out} is junk).
   */
  double gradient(double[] point, double[] values, double[] adjoints, double[] temps,
      double[] out);
}
