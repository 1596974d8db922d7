package dev.leibniz.graph;

import dev.leibniz.expr.MathFunction;
import java.util.List;

/**
 * A {@link Tape} whose sweeps, once it has been used {@link #WARM_UP} times, run as generated
 * bytecode ({@link BytecodeCompiler}): straight-line code of its graph, what a person would
 * write for the gradient by hand, which the JIT compiles as such, with the runs that repeat
 * (an MLP layer's units) written as loops where the code is large ({@link SweepPlan}). The tape
 * stays as the interpreter: for the first calls (a class costs more than a few evaluations), for
 * graphs whose code would exceed {@link #LARGEST_CODE} bytes, and at every point where the
 * compiled code hands back (something not finite, a function on its kink, a partial the tape
 * would take by tangents), so the answers there are the tape's own. Elsewhere they agree with
 * the tape to rounding.
 *
 * <p>Thread-confined like the tape; {@link #copy()} shares the compiled class.
 */
public final class CompiledTape {
  /** Calls (values or gradients) before the sweeps are compiled. */
  public static final int WARM_UP = 64;
  /**
   * The most bytecode (estimated, loops included) compiled once warm; beyond it the tape
   * interprets. The JIT takes the longer to compile the more code there is: F4's straight code
   * of 13,005 nodes (730 KB) ran below the tape's speed for tens of seconds on a loaded machine
   * (BENCHMARKS.md). This bound is F4's straight code at 5,000 nodes; F4 with loops is 2 KB at
   * any size.
   */
  public static final int LARGEST_CODE = 280_000;
  /** Beyond this, the class would outgrow the class file's limits (constant pool, indices). */
  private static final int LIMIT = 30_000;

  /** The compiled class, shared by the copies; made once, by whichever copy gets there first. */
  private static final class Shared {
    private final SweepPlan.Loops loops;
    /** Whether code over {@link #LARGEST_CODE} is left to the tape. */
    private final boolean bounded;
    private volatile CompiledSweeps sweeps;
    private volatile boolean refused;
    private StraightLine line;

    Shared(SweepPlan.Loops loops, boolean bounded) {
      this.loops = loops;
      this.bounded = bounded;
    }

    /** The compiled sweeps, or null where the code is too large for them. */
    synchronized CompiledSweeps compile(Tape tape) {
      if (sweeps == null && !refused) {
        line = SweepUnroller.unroll(tape);
        SweepPlan plan = SweepPlan.of(line, loops);
        refused = bounded && plan.bytes() > LARGEST_CODE;
        if (!refused) sweeps = BytecodeCompiler.compile(plan);
      }
      return sweeps;
    }
  }

  private final Tape tape;
  private final Shared shared;
  private boolean compilable;
  private CompiledSweeps sweeps;
  private int calls;
  private double[] values;
  private double[] adjoints;
  private double[] temps;
  /** Whether the tape answered the last gradient (so that its kinks are the answer's). */
  private boolean tapeAnswered;

  private CompiledTape(Tape tape, Shared shared) {
    this.tape = tape;
    this.shared = shared;
    this.compilable = tape.size() <= LIMIT;
  }

  /** A compiled tape that interprets until it is warm. */
  public static CompiledTape of(Tape tape) {
    return new CompiledTape(tape, new Shared(SweepPlan.Loops.WHERE_LARGE, true));
  }

  /**
   * A compiled tape with its bytecode made now, whatever the size of its code, for graphs up to
   * 30,000 nodes, for tests and benchmarks.
   *
   * @throws IllegalArgumentException for a larger graph
   */
  public static CompiledTape compiledNow(Tape tape) {
    return compiledNow(tape, true);
  }

  /**
   * As {@link #compiledNow(Tape)}, with the repeated runs of large sweeps written as loops or,
   * for {@code loops} false, as the straight-line code they stand for: for benchmarks that
   * measure one against the other.
   */
  public static CompiledTape compiledNow(Tape tape, boolean loops) {
    return compiledNow(tape, loops ? SweepPlan.Loops.WHERE_LARGE : SweepPlan.Loops.NEVER);
  }

  /** As {@link #compiledNow(Tape)}, with loops where {@code loops} says. */
  static CompiledTape compiledNow(Tape tape, SweepPlan.Loops loops) {
    if (tape.size() > LIMIT) {
      throw new IllegalArgumentException("graph of " + tape.size() + " nodes");
    }
    CompiledTape t = new CompiledTape(tape, new Shared(loops, false));
    t.attach(t.shared.compile(tape));
    return t;
  }

  /** A copy for another thread, sharing the compiled class. */
  public CompiledTape copy() {
    CompiledTape t = new CompiledTape(tape.copy(), shared);
    if (shared.sweeps != null) t.attach(shared.sweeps);
    return t;
  }

  /** The interpreter behind it, for the printers. */
  public Tape tape() {
    return tape;
  }

  /** Whether the sweeps run as bytecode now. */
  public boolean isCompiled() {
    return sweeps != null;
  }

  /** The variables, in the order a point lists their values. */
  public List<String> variables() {
    return tape.variables();
  }

  /** As {@link Tape#value}. */
  public double value(double[] point) {
    if (ready(point)) {
      double y = sweeps.value(point, values);
      if (y == y) return y;
    }
    return tape.value(point);
  }

  /** As {@link Tape#gradient(double[], double[])}. */
  public double gradient(double[] point, double[] out) {
    if (ready(point)) {
      double y = sweeps.gradient(point, values, adjoints, temps, out);
      if (y == y) {
        tapeAnswered = false;
        return y;
      }
    }
    tapeAnswered = true;
    return tape.gradient(point, out);
  }

  /** As {@link Tape#kink}, after {@link #gradient}. */
  public MathFunction kink(int j) {
    return tapeAnswered ? tape.kink(j) : null;
  }

  /** Whether the bytecode may take this call: compiled (or now warm) and a point of the right size. */
  private boolean ready(double[] point) {
    if (sweeps == null) {
      if (!compilable || ++calls < WARM_UP) return false;
      CompiledSweeps compiled = shared.compile(tape);
      if (compiled == null) {
        compilable = false;
        return false;
      }
      attach(compiled);
    }
    if (point.length != tape.variables().size()) {
      throw new IllegalArgumentException("expected " + tape.variables().size() + " values, got "
          + point.length);
    }
    return true;
  }

  private void attach(CompiledSweeps compiled) {
    values = new double[tape.size()];
    adjoints = new double[tape.size()];
    temps = new double[Math.max(1, shared.line.temps())];
    sweeps = compiled;
  }
}
