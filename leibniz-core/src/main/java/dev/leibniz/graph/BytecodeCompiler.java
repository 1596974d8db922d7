package dev.leibniz.graph;

import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.graph.StraightLine.Check;
import dev.leibniz.graph.StraightLine.Step;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Writes a {@link StraightLine} as a hidden class implementing {@link CompiledSweeps}: the forward
 * and backward sweeps as straight-line bytecode over the work arrays, with literals for the
 * constants and the functions called through class-data constants, so the JIT sees the code a
 * person would write and inlines {@code Math.tanh} where the tape dispatches per node. The code
 * is cut into methods of at most {@link #CHUNK_BYTES} bytes, below HotSpot's limit for compiling
 * a method (8,000 bytes), and {@code gradient} calls them in order. In a large sweep, each run
 * of items that repeats with constant index strides is one loop ({@link SweepPlan},
 * {@link LoopWriter}), as a person writes a layer of units.
 *
 * <p>Each method adds {@code x - x} over what it computes into one sum, 0 while all is finite,
 * NaN as soon as something is not: the checks cost one subtraction and one addition per node.
 */
final class BytecodeCompiler {
  /** Where the estimated code of one method stops growing. */
  static final int CHUNK_BYTES = 6000;
  private static final String NAME = "dev/leibniz/graph/CompiledSweeps$Generated";

  private BytecodeCompiler() {}

  /** {@code ln f} for {@code f > 0}, 0 where {@code f^g = power = 0}, NaN otherwise. */
  static double powerLog(double f, double power) {
    return f > 0 ? Math.log(f) : power == 0 ? 0 : Double.NaN;
  }

  /** The sweeps of {@code line}, loaded as a hidden class, loops where they are large. */
  static CompiledSweeps compile(StraightLine line) {
    return compile(SweepPlan.of(line, SweepPlan.Loops.WHERE_LARGE));
  }

  /** The sweeps of {@code plan}, loaded as a hidden class. */
  static CompiledSweeps compile(SweepPlan plan) {
    StraightLine line = plan.line();
    ScalarWriter scalars = plan.scalars();
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    cw.visit(V17, ACC_FINAL | ACC_SUPER, NAME, null, "java/lang/Object",
        new String[] {"dev/leibniz/graph/CompiledSweeps"});
    constructor(cw);
    List<List<Item>> forward = chunks(plan.forward());
    List<List<Item>> backward = chunks(plan.backward());
    for (int k = 0; k < forward.size(); k++) chunk(cw, "forward" + k, forward.get(k), scalars);
    for (int k = 0; k < backward.size(); k++) chunk(cw, "backward" + k, backward.get(k), scalars);
    entryPoints(cw, forward.size(), backward.size(), line, scalars);
    cw.visitEnd();
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup()
          .defineHiddenClassWithClassData(cw.toByteArray(), scalars.functions(), true);
      return (CompiledSweeps) lookup.findConstructor(lookup.lookupClass(),
          MethodType.methodType(void.class)).invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("could not load the compiled gradient", e);
    }
  }

  /** One unit of straight-line code: a step, a check, a kink test or a gradient slot. */
  interface Item {}

  record StepItem(Step step) implements Item {}

  record CheckItem(Check check) implements Item {}

  record KinkItem(int argument) implements Item {}

  /** {@code sum += x - x} for a variable's value x. */
  record FiniteItem(int variable) implements Item {}

  /** {@code out[variable] = g_variable}, or 0 when the variable has no adjoint. */
  record OutItem(int variable, boolean hasAdjoint) implements Item {}

  /**
   * {@code count} repetitions of {@code body}, the item {@code j}'s index {@code k} advancing by
   * {@code strides[j][k]} each time ({@link LoopRoller.Run}).
   */
  record LoopItem(List<Item> body, int count, int[][] strides) implements Item {}

  private static List<List<Item>> chunks(List<Item> items) {
    List<List<Item>> chunks = new ArrayList<>();
    List<Item> current = new ArrayList<>();
    int bytes = 0;
    for (Item item : items) {
      int size = CodeSize.of(item);
      if (bytes + size > CHUNK_BYTES && !current.isEmpty()) {
        chunks.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(item);
      bytes += size;
    }
    if (!current.isEmpty()) chunks.add(current);
    return chunks;
  }

  private static void constructor(ClassWriter cw) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** {@code static double name(p, v, a, t, out)}: the items, returning their check sum. */
  private static void chunk(ClassWriter cw, String name, List<Item> items, ScalarWriter scalars) {
    MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, name, ChunkFrame.CHUNK, null,
        null);
    mv.visitCode();
    ChunkFrame.clearChecks(mv);
    for (Item item : items) scalars.write(mv, item);
    ChunkFrame.totalChecks(mv);
    mv.visitInsn(DRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /**
   * {@code value(p, v)} and {@code gradient(p, v, a, t, out)}, each calling a static method of
   * the chunks' layout (locals p, v, a, t, out), which calls the chunks in order.
   */
  private static void entryPoints(ClassWriter cw, int forward, int backward, StraightLine line,
      ScalarWriter scalars) {
    sweep(cw, "sweepValue", forward, 0, line, scalars);
    sweep(cw, "sweepGradient", forward, backward, line, scalars);
    delegate(cw, "value", "([D[D)D", "sweepValue", 2);
    delegate(cw, "gradient", "([D[D[D[D[D)D", "sweepGradient", 5);
  }

  private static void delegate(ClassWriter cw, String name, String descriptor, String target,
      int arguments) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, name, descriptor, null, null);
    mv.visitCode();
    for (int slot = 1; slot <= 5; slot++) {
      if (slot <= arguments) {
        mv.visitVarInsn(ALOAD, slot);
      } else {
        mv.visitInsn(ACONST_NULL);
      }
    }
    mv.visitMethodInsn(INVOKESTATIC, NAME, target, ChunkFrame.CHUNK, false);
    mv.visitInsn(DRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** The forward chunks, NaN unless all is finite, the backward chunks, the same, the value. */
  private static void sweep(ClassWriter cw, String name, int forward, int backward,
      StraightLine line, ScalarWriter scalars) {
    MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, name, ChunkFrame.CHUNK, null,
        null);
    mv.visitCode();
    callChunks(mv, "forward", forward);
    returnNaNUnlessZero(mv);
    if (backward > 0) {
      callChunks(mv, "backward", backward);
      returnNaNUnlessZero(mv);
    }
    scalars.write(mv, new Scalar.NodeValue(line.output()));
    mv.visitInsn(DRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** Calls {@code prefix0 .. prefix(count-1)}, leaving the sum of their results on the stack. */
  private static void callChunks(MethodVisitor mv, String prefix, int count) {
    mv.visitInsn(DCONST_0);
    for (int k = 0; k < count; k++) {
      for (int slot = 0; slot < 5; slot++) mv.visitVarInsn(ALOAD, slot);
      mv.visitMethodInsn(INVOKESTATIC, NAME, prefix + k, ChunkFrame.CHUNK, false);
      mv.visitInsn(DADD);
    }
  }

  /** With a check sum on the stack: returns NaN unless it is 0. */
  private static void returnNaNUnlessZero(MethodVisitor mv) {
    Label fine = new Label();
    mv.visitInsn(DCONST_0);
    mv.visitInsn(DCMPL);
    mv.visitJumpInsn(IFEQ, fine);
    mv.visitLdcInsn(Double.NaN);
    mv.visitInsn(DRETURN);
    mv.visitLabel(fine);
  }

}
