package dev.leibniz.graph;

import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.graph.StraightLine.Check;
import dev.leibniz.graph.StraightLine.Step;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Writes a {@link StraightLine} as a hidden class implementing {@link CompiledSweeps}: the forward
 * and backward sweeps as straight-line bytecode over the work arrays, with literals for the
 * constants and the functions called through class-data constants, so the JIT sees the code a
 * person would write and inlines {@code Math.tanh} where the tape dispatches per node. The code
 * is cut into methods of at most {@link #CHUNK_BYTES} bytes, below HotSpot's limit for compiling
 * a method (8,000 bytes), and {@code gradient} calls them in order.
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

  /** The sweeps of {@code line}, with its repeated runs as loops, loaded as a hidden class. */
  static CompiledSweeps compile(StraightLine line) {
    return compile(line, true);
  }

  /**
   * The sweeps of {@code line} loaded as a hidden class; with {@code loops}, each run of items
   * that repeats with constant strides ({@link LoopRoller}) is written as a loop.
   */
  static CompiledSweeps compile(StraightLine line, boolean loops) {
    ScalarWriter scalars = new ScalarWriter(line);
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    cw.visit(V17, ACC_FINAL | ACC_SUPER, NAME, null, "java/lang/Object",
        new String[] {"dev/leibniz/graph/CompiledSweeps"});
    constructor(cw);
    List<Item> forwardItems = forwardItems(line);
    List<Item> backwardItems = backwardItems(line);
    if (loops) {
      forwardItems = rolled(forwardItems, scalars);
      backwardItems = rolled(backwardItems, scalars);
    }
    List<List<Item>> forward = chunks(forwardItems, scalars);
    List<List<Item>> backward = chunks(backwardItems, scalars);
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

  /** The items with each run that repeats with constant strides replaced by a loop. */
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
      rolled.addAll(items.subList(next, run.start()));
      List<Item> body = List.copyOf(items.subList(run.start(), run.start() + run.period()));
      rolled.add(new LoopItem(body, run.count(), run.strides()));
      next = run.start() + run.length();
    }
    rolled.addAll(items.subList(next, n));
    return rolled;
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

  private static List<List<Item>> chunks(List<Item> items, ScalarWriter scalars) {
    List<List<Item>> chunks = new ArrayList<>();
    List<Item> current = new ArrayList<>();
    int bytes = 0;
    for (Item item : items) {
      int size = scalars.size(item);
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
    MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, name, ScalarWriter.CHUNK, null,
        null);
    mv.visitCode();
    ScalarWriter.clearChecks(mv);
    for (Item item : items) scalars.write(mv, item);
    ScalarWriter.totalChecks(mv);
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
    mv.visitMethodInsn(INVOKESTATIC, NAME, target, ScalarWriter.CHUNK, false);
    mv.visitInsn(DRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** The forward chunks, NaN unless all is finite, the backward chunks, the same, the value. */
  private static void sweep(ClassWriter cw, String name, int forward, int backward,
      StraightLine line, ScalarWriter scalars) {
    MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, name, ScalarWriter.CHUNK, null,
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
      mv.visitMethodInsn(INVOKESTATIC, NAME, prefix + k, ScalarWriter.CHUNK, false);
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
