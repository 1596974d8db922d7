package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.graph.LoopRoller.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search for loops over sequences of items given by shape and indices: where a run starts and
 * stops, which period it takes, and that nothing is rolled without a constant stride.
 */
class LoopRollerTest {
  /** Items of one shape, each with one index. */
  private static int[][] single(int... indices) {
    int[][] out = new int[indices.length][];
    for (int i = 0; i < indices.length; i++) out[i] = new int[] {indices[i]};
    return out;
  }

  @Test
  void aConstantStrideIsOneLoop() {
    List<Run> runs = LoopRoller.runs(new int[6], single(10, 13, 16, 19, 22, 25));
    assertEquals(1, runs.size());
    Run run = runs.get(0);
    assertEquals(List.of(0, 1, 6), List.of(run.start(), run.period(), run.count()));
    assertArrayEquals(new int[] {3}, run.strides()[0]);
  }

  /** Item 6 breaks the stride: the run stops before it, and a new one starts after it. */
  @Test
  void aStrideThatBreaksMidRunEndsTheRun() {
    List<Run> runs = LoopRoller.runs(new int[12], single(0, 1, 2, 3, 4, 5, 40, 7, 8, 9, 10, 11));
    assertEquals(2, runs.size());
    assertEquals(List.of(0, 1, 6), List.of(runs.get(0).start(), runs.get(0).period(),
        runs.get(0).count()));
    assertEquals(List.of(7, 1, 5), List.of(runs.get(1).start(), runs.get(1).period(),
        runs.get(1).count()));
  }

  /** A different shape breaks a run as a different stride does. */
  @Test
  void aShapeThatChangesMidRunEndsTheRun() {
    int[] shape = {0, 0, 0, 0, 0, 1, 0, 0, 0};
    List<Run> runs = LoopRoller.runs(shape, single(0, 1, 2, 3, 4, 5, 6, 7, 8));
    assertEquals(1, runs.size());
    assertEquals(List.of(0, 1, 5), List.of(runs.get(0).start(), runs.get(0).period(),
        runs.get(0).count()));
  }

  @Test
  void noRepetitionIsNoLoop() {
    int[] shape = {0, 1, 2, 3, 4, 5, 6, 7};
    assertTrue(LoopRoller.runs(shape, single(0, 1, 2, 3, 4, 5, 6, 7)).isEmpty());
    // one shape, but no stride: no run
    assertTrue(LoopRoller.runs(new int[8], single(5, 3, 9, 1, 4, 4, 8, 2)).isEmpty());
    // three repetitions are too few
    assertTrue(LoopRoller.runs(new int[3], single(0, 1, 2)).isEmpty());
  }

  /**
   * A block of two shapes, with one index fixed (stride 0), one rising by 6 and one falling by 1
   * per repetition, as an MLP's units are; the block starts after two items of other shapes.
   */
  @Test
  void aBlockOfSeveralItemsRepeatsWithAStrideForEachIndex() {
    int[] shape = {7, 8, 1, 2, 1, 2, 1, 2, 1, 2, 9};
    int[][] indices = {{0}, {0}, {18, 1}, {30}, {18, 7}, {29}, {18, 13}, {28}, {18, 19}, {27},
        {0}};
    List<Run> runs = LoopRoller.runs(shape, indices);
    assertEquals(1, runs.size());
    Run run = runs.get(0);
    assertEquals(List.of(2, 2, 4), List.of(run.start(), run.period(), run.count()));
    assertArrayEquals(new int[] {0, 6}, run.strides()[0]);
    assertArrayEquals(new int[] {-1}, run.strides()[1]);
  }

  /** Period 1 covers the first four items, period 4 all sixteen: period 4 wins. */
  @Test
  void theRunCoveringTheMostItemsWins() {
    int[][] indices = single(0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23, 30, 31, 32, 33);
    List<Run> runs = LoopRoller.runs(new int[16], indices);
    assertEquals(1, runs.size());
    assertEquals(List.of(0, 4, 4), List.of(runs.get(0).start(), runs.get(0).period(),
        runs.get(0).count()));
    assertArrayEquals(new int[] {10}, runs.get(0).strides()[3]);
  }

  /**
   * Alternating shapes {@code a0 b0 a1 b1 ...} roll as period 2; periods 4 and 8 cover as many
   * items, and the shortest period wins the tie.
   */
  @Test
  void alternatingShapesRollTogetherInTheShortestPeriod() {
    int[] shape = new int[16];
    int[][] indices = new int[16][];
    for (int i = 0; i < 16; i++) {
      shape[i] = i % 2;
      indices[i] = new int[] {i / 2, 100 + i / 2};
    }
    List<Run> runs = LoopRoller.runs(shape, indices);
    assertEquals(1, runs.size());
    assertEquals(List.of(0, 2, 8), List.of(runs.get(0).start(), runs.get(0).period(),
        runs.get(0).count()));
  }
}
