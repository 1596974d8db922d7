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
 * @param scalars the writer the items are written with
 * @param forward the forward sweep's items
 * @param backward the backward sweep's items
 */
record SweepPlan(StraightLine line, ScalarWriter scalars, List<Item> forward,
    List<Item> backward) {

  /**
   * The straight code (both sweeps, estimated bytes) above which {@link Loops#WHERE_LARGE}
   * writes loops. Below it, straight code measured faster, as long as it stays in the
   * instruction cache; above, loops (InterleavedGradient, F4, compiled / straight: 1.13 at 40
   * units, 29 KB; 1.01 at 60, 43 KB; 0.99 at 80, 58 KB; 0.91 at 100, 72 KB; 0.74 at 1000).
   */
  static final int LOOPS_ABOVE = 36_000;

  /** Where repeated runs become loops. */
  enum Loops {
    /** Nowhere: the straight-line code, to measure loops against. */
    NEVER,
    /** Where the straight code of both sweeps exceeds {@link #LOOPS_ABOVE} bytes. */
    WHERE_LARGE,
    /** Everywhere, for tests that need loops in small graphs. */
    EVERYWHERE
  }

  /** The plan of {@code line}'s sweeps, with loops as {@code loops} says. */
  static SweepPlan of(StraightLine line, Loops loops) {
    ScalarWriter scalars = new ScalarWriter(line);
    List<Item> forward = forwardItems(line);
    List<Item> backward = backwardItems(line);
    boolean roll = loops == Loops.EVERYWHERE || loops == Loops.WHERE_LARGE
        && bytes(forward) + bytes(backward) > LOOPS_ABOVE;
    if (roll) {
      forward = rolled(forward, scalars);
      backward = rolled(backward, scalars);
    }
    return new SweepPlan(line, scalars, forward, backward);
  }

  /** An upper bound on the bytes of code of both sweeps. */
  int bytes() {
    return bytes(forward) + bytes(backward);
  }

  private static int bytes(List<Item> items) {
    int bytes = 0;
    for (Item item : items) bytes += CodeSize.of(item);
    return bytes;
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
      if (CodeSize.of(loop) > BytecodeCompiler.CHUNK_BYTES) continue;
      rolled.addAll(items.subList(next, run.start()));
      rolled.add(loop);
      next = run.start() + run.length();
    }
    rolled.addAll(items.subList(next, n));
    return rolled;
  }
}
