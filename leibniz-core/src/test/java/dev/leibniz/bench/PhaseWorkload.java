package dev.leibniz.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@link PhaseSideBySide} times of one build: one step of the mix's pipeline over two
 * inputs (the mix, and the lecture example 10,000 times), every input prepared beforehand by
 * the same build, and a hash of the step's outcomes over the mix, on which the builds must
 * agree. {@link #pass} runs the step once over one input and returns a sink the caller adds
 * up, so nothing is optimised away.
 */
abstract class PhaseWorkload {
  private static final int LECTURE_REPEATS = 10_000;

  /** The row labels, one per input. */
  final String[] inputs;
  /** Passes over every input in one child JVM, of which the last {@link #measured} count. */
  final int passes;
  final int measured;

  private PhaseWorkload(String[] inputs, int passes, int measured) {
    this.inputs = inputs;
    this.passes = passes;
    this.measured = measured;
  }

  /** The workload of {@code phase}: {@code parse}, {@code diff} or {@code print}. */
  static PhaseWorkload named(String phase) {
    switch (phase) {
      case "parse": return new Parse();
      case "diff": return new Diff();
      case "print": return new Print();
      default: throw new IllegalArgumentException("no phase '" + phase
          + "' (parse, diff or print)");
    }
  }

  /** Prepares the inputs with {@code build} and returns the hash of the mix's outcomes. */
  abstract long prepare(LibraryBuild build) throws Exception;

  /** The items of each input, once {@link #prepare}d. */
  List<? extends List<?>> items;

  /** How many items input {@code k} has. */
  final int size(int k) {
    return items.get(k).size();
  }

  /** One pass of the step over input {@code k}. */
  abstract long pass(int k) throws Exception;

  /**
   * {@code ExprParser.parse}: the mix's 10,000 lines and the lecture example; the outcome of a
   * line is its tree as printed, or the refusal with its column. The parse takes some 200,000
   * lines to reach its steady speed on a busy machine, hence 40 passes.
   */
  private static final class Parse extends PhaseWorkload {
    private List<List<String>> lines;
    private LibraryBuild build;

    Parse() {
      super(new String[] {"mix parse", "lecture parse"}, 40, 15);
    }

    @Override
    long prepare(LibraryBuild build) throws Exception {
      this.build = build;
      List<String> mix = Workloads.mix();
      lines = List.of(mix, Collections.nCopies(LECTURE_REPEATS, Workloads.LECTURE));
      items = lines;
      long hash = 0;
      for (String line : mix) {
        hash = 31 * hash + LibraryBuild.outcome(() -> build.parse(line).toString()).hashCode();
      }
      return hash;
    }

    @Override
    long pass(int k) throws Exception {
      long sink = 0;
      for (String line : lines.get(k)) {
        try {
          sink += System.identityHashCode(build.parse(line)) & 1;
        } catch (RuntimeException refused) {
          sink--;
        }
      }
      return sink;
    }
  }

  /**
   * {@code Differentiator.derivative} by x of the mix's trees and the lecture's; the outcomes
   * are every mix line's derivatives by x, y and z as printed, or the error each raises.
   */
  private static final class Diff extends PhaseWorkload {
    private List<List<Object>> trees;
    private LibraryBuild build;

    Diff() {
      super(new String[] {"mix d/dx", "lecture d/dx"}, 40, 15);
    }

    @Override
    long prepare(LibraryBuild build) throws Exception {
      this.build = build;
      List<Object> mix = build.parseAll(build.differentiableLines(Workloads.mix()));
      Object lecture = build.parse(Workloads.LECTURE);
      trees = List.of(mix, Collections.nCopies(LECTURE_REPEATS, lecture));
      items = trees;
      long hash = 0;
      for (Object tree : mix) {
        for (String v : List.of("x", "y", "z")) {
          hash = 31 * hash
              + LibraryBuild.outcome(() -> build.print(build.derivative(tree, v))).hashCode();
        }
      }
      return hash;
    }

    @Override
    long pass(int k) throws Exception {
      long sink = 0;
      for (Object tree : trees.get(k)) {
        sink += System.identityHashCode(build.derivative(tree, "x")) & 1;
      }
      return sink;
    }
  }

  /**
   * {@code PlainPrinter.print} of the mix's derivatives by x, of the mix's trees and of the
   * lecture's derivative; the outcomes are the printed trees and their derivatives by x, y, z
   * and x twice. Printing is quick, hence 60 passes.
   */
  private static final class Print extends PhaseWorkload {
    private List<List<Object>> forms;
    private LibraryBuild build;

    Print() {
      super(new String[] {"mix d/dx print", "mix print", "lecture print"}, 60, 20);
    }

    @Override
    long prepare(LibraryBuild build) throws Exception {
      this.build = build;
      List<Object> trees = build.parseAll(build.differentiableLines(Workloads.mix()));
      List<Object> derivatives = new ArrayList<>();
      long hash = 0;
      for (Object tree : trees) {
        Object dx = build.derivative(tree, "x");
        derivatives.add(dx);
        Object[] printed = {tree, dx, build.derivative(tree, "y"), build.derivative(tree, "z"),
            build.derivative(dx, "x")};
        for (Object form : printed) hash = 31 * hash + build.print(form).hashCode();
      }
      Object lecture = build.derivative(build.parse(Workloads.LECTURE), "x");
      forms = List.of(derivatives, trees, Collections.nCopies(LECTURE_REPEATS, lecture));
      items = forms;
      return hash;
    }

    @Override
    long pass(int k) throws Exception {
      long sink = 0;
      for (Object form : forms.get(k)) sink += build.print(form).length();
      return sink;
    }
  }
}
