package dev.leibniz.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the loops in straight-line code: runs of items that repeat a block of {@code p} items
 * {@code m} times, each time with the same shape and with every array index advanced by its own
 * constant stride. Item {@code start + r*p + j} of a run is then item {@code start + j} with each
 * index {@code k} replaced by {@code index_k + r*stride_jk}, for {@code r = 0 ... m-1}: a loop
 * over {@code r} whose body is the run's first block computes exactly what the straight code
 * computes, in the same order. An MLP layer of n units is such a run (n copies of a unit's rows,
 * its parameters and nodes at a constant distance from the previous unit's), but nothing here
 * knows of layers: the runs are found in the sequence alone.
 *
 * <p>The search is greedy from the front: at each item it takes the run covering the most items
 * (the shortest period on a tie), among periods up to {@link #LONGEST_PERIOD} and runs of at
 * least {@link #FEWEST_REPEATS} blocks, and otherwise leaves the item as it is.
 */
final class LoopRoller {
  /** The longest block a loop's body repeats. */
  static final int LONGEST_PERIOD = 32;
  /** The fewest repetitions worth a loop. */
  static final int FEWEST_REPEATS = 4;

  /**
   * A loop: items {@code start ... start + period*count - 1} as {@code count} repetitions of
   * the first {@code period}; {@code strides[j][k]} is how far index {@code k} of body item
   * {@code j} moves from one repetition to the next.
   */
  record Run(int start, int period, int count, int[][] strides) {
    /** The number of items the loop replaces. */
    int length() {
      return period * count;
    }
  }

  private final int[] shape;
  private final int[][] indices;

  private LoopRoller(int[] shape, int[][] indices) {
    this.shape = shape;
    this.indices = indices;
  }

  /**
   * The runs of a sequence of items, in order and disjoint. Items of equal {@code shape} must
   * have index arrays of equal length.
   *
   * @param shape a number per item, equal for items whose code differs only in array indices
   * @param indices each item's array indices, in the order its code uses them
   */
  static List<Run> runs(int[] shape, int[][] indices) {
    LoopRoller roller = new LoopRoller(shape, indices);
    List<Run> runs = new ArrayList<>();
    int i = 0;
    while (i < shape.length) {
      Run best = null;
      for (int p = 1; p <= LONGEST_PERIOD && i + FEWEST_REPEATS * p <= shape.length; p++) {
        Run run = roller.runAt(i, p);
        if (run != null && (best == null || run.length() > best.length())) best = run;
      }
      if (best == null) {
        i++;
      } else {
        runs.add(best);
        i += best.length();
      }
    }
    return runs;
  }

  /** The run of period {@code p} at {@code start}, or null if it repeats too few times. */
  private Run runAt(int start, int p) {
    for (int j = 0; j < p; j++) {
      if (shape[start + p + j] != shape[start + j]) return null;
    }
    int[][] strides = new int[p][];
    for (int j = 0; j < p; j++) {
      int[] first = indices[start + j];
      int[] second = indices[start + p + j];
      strides[j] = new int[first.length];
      for (int k = 0; k < first.length; k++) strides[j][k] = second[k] - first[k];
    }
    int count = 2;
    while (start + (count + 1) * p <= shape.length && repeats(start, p, count, strides)) count++;
    return count >= FEWEST_REPEATS ? new Run(start, p, count, strides) : null;
  }

  /** Whether block {@code r} of the run at {@code start} is block 0 advanced {@code r} strides. */
  private boolean repeats(int start, int p, int r, int[][] strides) {
    for (int j = 0; j < p; j++) {
      int item = start + r * p + j;
      if (shape[item] != shape[start + j]) return false;
      int[] first = indices[start + j];
      int[] here = indices[item];
      for (int k = 0; k < first.length; k++) {
        if ((long) here[k] != first[k] + (long) r * strides[j][k]) return false;
      }
    }
    return true;
  }
}
