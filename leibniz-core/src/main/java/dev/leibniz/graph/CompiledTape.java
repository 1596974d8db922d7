package dev.leibniz.graph;

import dev.leibniz.expr.MathFunction;
import java.util.List;

/**
 * A {@link Tape} whose sweeps, once it has been used {@link #WARM_UP} times, run as generated
 * bytecode ({@link BytecodeCompiler}): straight-line code of its graph, what a person would
 * write for the gradient by hand, which the JIT compiles as such. The tape stays as the
 * interpreter: for the first calls (a class costs more than a few evaluations), for graphs of
 * more than {@link #LARGEST} nodes, and at every point where the compiled code hands back
 * (something not finite, a function on its kink, a partial the tape would take by tangents), so
 * the answers there are the tape's own. Elsewhere they agree with the tape to rounding.
 *
 * <p>Thread-confined like the tape; {@link #copy()} shares the compiled class.
 */
public final class CompiledTape {
  /** Calls (values or gradients) before the sweeps are compiled. */
  public static final int WARM_UP = 64;
  /**
   * The largest graph compiled to bytecode once warm; beyond it the tape interprets. Straight-line
   * code grows with the graph, and the JIT takes the longer to compile it: F4 at 1000 units
   * (13,005 nodes) runs below the tape's speed for tens of seconds on a loaded machine before
   * it reaches 1.5x the hand-written gradient (BENCHMARKS.md).
   */
  public static final int LARGEST = 5_000;
  /** Beyond this, the class would outgrow the class file's limits (constant pool, indices). */
  private static final int LIMIT = 30_000;

  /** The compiled class, shared by the copies; made once, by whichever copy gets there first. */
  private static final class Shared {
    /** Whether repeated runs become loops; false only to measure the straight code. */
    private final boolean loops;
    private volatile CompiledSweeps sweeps;
    private StraightLine line;

    Shared(boolean loops) {
      this.loops = loops;
    }

    synchronized CompiledSweeps compile(Tape tape) {
      if (sweeps == null) {
        line = SweepUnroller.unroll(tape);
        sweeps = BytecodeCompiler.compile(line, loops);
      }
      return sweeps;
    }
  }

  private final Tape tape;
  private final Shared shared;
  private final boolean compilable;
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
    this.compilable = tape.size() <= LARGEST;
  }

  /** A compiled tape that interprets until it is warm. */
  public static CompiledTape of(Tape tape) {
    return new CompiledTape(tape, new Shared(true));
  }

  /**
   * A compiled tape with its bytecode made now, whatever the size up to 30,000 nodes, for tests
   * and benchmarks.
   *
   * @throws IllegalArgumentException for a larger graph
   */
  public static CompiledTape compiledNow(Tape tape) {
    return compiledNow(tape, true);
  }

  /**
   * As {@link #compiledNow(Tape)}, with the repeated runs written as loops or, for
   * {@code loops} false, as the straight-line code they stand for: for benchmarks that measure
   * one against the other.
   */
  public static CompiledTape compiledNow(Tape tape, boolean loops) {
    CompiledTape t = new CompiledTape(tape, new Shared(loops));
    if (tape.size() > LIMIT) {
      throw new IllegalArgumentException("graph of " + tape.size() + " nodes");
    }
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
      attach(shared.compile(tape));
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
