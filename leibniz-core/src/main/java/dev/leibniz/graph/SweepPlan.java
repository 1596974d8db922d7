package dev.leibniz.graph;

import dev.leibniz.graph.BytecodeCompiler.CheckItem;
import dev.leibniz.graph.BytecodeCompiler.FiniteItem;
import dev.leibniz.graph.BytecodeCompiler.Item;
import dev.leibniz.graph.BytecodeCompiler.KinkItem;
import dev.leibniz.graph.BytecodeCompiler.LoopItem;
import dev.leibniz.graph.BytecodeCompiler.OutItem;
import dev.leibniz.graph.BytecodeCompiler.StepItem;
import dev.leibniz.graph.StraightLine.Check;
import dev.leibniz.graph.StraightLine.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link BytecodeCompiler} writes for a {@link StraightLine}: the items of the forward sweep
 * (finiteness checks of the variables, the steps) and of the backward sweep (kink tests, the
 * steps, the zero-adjoint checks, the gradient), with each run that repeats with constant index
 * strides ({@link LoopRoller}) written as one {@link LoopItem} where loops pay.
 *
 * @param line the straight-line sweeps
 * @param scalars the writer the items are measured and written with
 * @param forward the forward sweep's items
 * @param backward the backward sweep's items
 */
record SweepPlan(StraightLine line, ScalarWriter scalars, List<Item> forward,
    List<Item> backward) {

  /** Where repeated runs become loops. */
  enum Loops {
    /** Nowhere: the straight-line code, to measure loops against. */
    NEVER,
    /**
     * In a sweep whose straight code would not fit in one method
     * ({@link BytecodeCompiler#CHUNK_BYTES}); a smaller sweep runs faster straight (F4 at 10
     * units: 0.92 of the hand-written gradient straight, 1.12 looped, BENCHMARKS.md).
     */
    WHERE_LARGE,
    /** In every sweep, for tests that need loops in small graphs. */
    EVERYWHERE
  }

  /** The plan of {@code line}'s sweeps, with loops as {@code loops} says. */
  static SweepPlan of(StraightLine line, Loops loops) {
    ScalarWriter scalars = new ScalarWriter(line);
    return new SweepPlan(line, scalars, withLoops(forwardItems(line), scalars, loops),
        withLoops(backwardItems(line), scalars, loops));
  }

  /** An upper bound on the bytes of code of both sweeps. */
  int bytes() {
    return bytes(forward, scalars) + bytes(backward, scalars);
  }

  private static int bytes(List<Item> items, ScalarWriter scalars) {
    int bytes = 0;
    for (Item item : items) bytes += scalars.size(item);
    return bytes;
  }

  private static List<Item> withLoops(List<Item> items, ScalarWriter scalars, Loops loops) {
    boolean roll = loops == Loops.EVERYWHERE
        || loops == Loops.WHERE_LARGE && bytes(items, scalars) > BytecodeCompiler.CHUNK_BYTES;
    return roll ? rolled(items, scalars) : items;
  }

  static List<Item> forwardItems(StraightLine line) {
    List<Item> items = new ArrayList<>();
    for (int j = 0; j < line.variableCount(); j++) {
      if (line.checked()[j]) items.add(new FiniteItem(j));
    }
    for (Step s : line.forward()) items.add(new StepItem(s));
    return items;
  }

  static List<Item> backwardItems(StraightLine line) {
    List<Item> items = new ArrayList<>();
    for (int u : line.kinkArguments()) items.add(new KinkItem(u));
    boolean[] hasAdjoint = new boolean[line.size()];
    for (Step s : line.backward()) {
      items.add(new StepItem(s));
      if (s.target() == StraightLine.Target.ADJOINT) hasAdjoint[s.index()] = true;
    }
    for (Check c : line.checks()) items.add(new CheckItem(c));
    for (int j = 0; j < line.variableCount(); j++) items.add(new OutItem(j, hasAdjoint[j]));
    return items;
  }

  /**
   * The items with each run that repeats with constant strides replaced by a loop, unless the
   * loop would not fit in one method ({@link BytecodeCompiler#CHUNK_BYTES}), whose code the JIT
   * would then leave to the interpreter.
   */
  static List<Item> rolled(List<Item> items, ScalarWriter scalars) {
    int n = items.size();
    int[] shape = new int[n];
    int[][] indices = new int[n][];
    Map<String, Integer> shapes = new HashMap<>();
    for (int i = 0; i < n; i++) {
      CodeShape code = CodeShape.of(scalars, items.get(i));
      Integer known = shapes.putIfAbsent(code.key(), shapes.size());
      shape[i] = known == null ? shapes.size() - 1 : known;
      indices[i] = code.indices();
    }
    List<Item> rolled = new ArrayList<>();
    int next = 0;
    for (LoopRoller.Run run : LoopRoller.runs(shape, indices)) {
      List<Item> body = List.copyOf(items.subList(run.start(), run.start() + run.period()));
      LoopItem loop = new LoopItem(body, run.count(), run.strides());
      if (scalars.size(loop) > BytecodeCompiler.CHUNK_BYTES) continue;
      rolled.addAll(items.subList(next, run.start()));
      rolled.add(loop);
      next = run.start() + run.length();
    }
    rolled.addAll(items.subList(next, n));
    return rolled;
  }
}
