package dev.leibniz.graph;

import static dev.leibniz.graph.ChunkFrame.A;
import static dev.leibniz.graph.ChunkFrame.OUT;
import static dev.leibniz.graph.ChunkFrame.P;
import static dev.leibniz.graph.ChunkFrame.SUM;
import static dev.leibniz.graph.ChunkFrame.T;
import static dev.leibniz.graph.ChunkFrame.V;
import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.expr.MathFunction;
import dev.leibniz.graph.BytecodeCompiler.CheckItem;
import dev.leibniz.graph.BytecodeCompiler.FiniteItem;
import dev.leibniz.graph.BytecodeCompiler.Item;
import dev.leibniz.graph.BytecodeCompiler.KinkItem;
import dev.leibniz.graph.BytecodeCompiler.LoopItem;
import dev.leibniz.graph.BytecodeCompiler.OutItem;
import dev.leibniz.graph.BytecodeCompiler.StepItem;
import dev.leibniz.graph.StraightLine.Step;
import dev.leibniz.graph.StraightLine.Target;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Bytecode for the items of a {@link StraightLine} inside a chunk method
 * {@code static double chunk(double[] p, double[] v, double[] a, double[] t, double[] out)}: the
 * point, node values, adjoints, temporaries and gradient, with a local check sum. A variable's
 * value is read from the point, a constant is a literal, and a function is called through a
 * class-data constant ({@code ldc} of a dynamic constant), which the JIT treats as a constant and
 * so inlines. Array indices are pushed through an {@link IndexPush}: as constants, or inside a
 * loop computed from its counter ({@link LoopWriter}). The method's slots and check sums are
 * {@link ChunkFrame}'s; the size of each item's code, for cutting it into methods, is
 * {@link CodeSize}'s.
 */
final class ScalarWriter {
  private static final String OPERATOR = "java/util/function/DoubleUnaryOperator";
  private static final Handle CLASS_DATA_AT = new Handle(H_INVOKESTATIC,
      "java/lang/invoke/MethodHandles", "classDataAt",
      "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;I)"
          + "Ljava/lang/Object;", false);

  /** Pushes an array index: the index itself, or inside a loop the index of the iteration. */
  interface IndexPush {
    void push(MethodVisitor mv, int index);
  }

  /** Pushes the index as a constant. */
  static final IndexPush CONSTANT = ConstantPush::integer;

  private final StraightLine line;
  private IndexPush indices = CONSTANT;
  private int turn;
  private final Map<MathFunction, Integer> functionIndex = new EnumMap<>(MathFunction.class);
  private final List<DoubleUnaryOperator> functions = new ArrayList<>();

  ScalarWriter(StraightLine line) {
    this.line = line;
  }

  /** The class data: the functions the code calls, in the order of their constants. */
  List<DoubleUnaryOperator> functions() {
    return List.copyOf(functions);
  }

  /** Writes {@code item} with its array indices pushed by {@code push}. */
  void write(MethodVisitor mv, Item item, IndexPush push) {
    IndexPush saved = indices;
    indices = push;
    try {
      write(mv, item);
    } finally {
      indices = saved;
    }
  }

  void write(MethodVisitor mv, Item item) {
    if (item instanceof StepItem s) {
      step(mv, s.step());
    } else if (item instanceof CheckItem c) {
      // if (a[node] == 0) sum += local - local: NaN where the local derivative is not finite.
      Label skip = new Label();
      write(mv, c.check().adjoint());
      mv.visitInsn(DCONST_0);
      mv.visitInsn(DCMPL);
      mv.visitJumpInsn(IFNE, skip);
      write(mv, c.check().localDerivative());
      ChunkFrame.addCheck(mv, turn++);
      mv.visitLabel(skip);
    } else if (item instanceof KinkItem k) {
      // if (u == 0) sum = NaN: on a kink the tape names the function, so it answers.
      Label skip = new Label();
      write(mv, new Scalar.NodeValue(k.argument()));
      mv.visitInsn(DCONST_0);
      mv.visitInsn(DCMPL);
      mv.visitJumpInsn(IFNE, skip);
      mv.visitLdcInsn(Double.NaN);
      mv.visitVarInsn(DSTORE, SUM);
      mv.visitLabel(skip);
    } else if (item instanceof FiniteItem f) {
      write(mv, new Scalar.NodeValue(f.variable()));
      ChunkFrame.addCheck(mv, turn++);
    } else if (item instanceof LoopItem l) {
      LoopWriter.write(this, mv, l);
    } else if (item instanceof OutItem o) {
      if (o.hasAdjoint()) {
        array(mv, OUT, o.variable()); // a variable's adjoint is written into out directly
        ChunkFrame.addCheck(mv, turn++);
      } else {
        mv.visitVarInsn(ALOAD, OUT);
        index(mv, o.variable());
        mv.visitInsn(DCONST_0);
        mv.visitInsn(DASTORE);
      }
    } else {
      throw new IllegalStateException("unhandled " + item);
    }
  }

  private void step(MethodVisitor mv, Step s) {
    int array = s.target() == Target.VALUE ? V : s.target() == Target.TEMP ? T : adjoints(s.index());
    mv.visitVarInsn(ALOAD, array);
    index(mv, s.index());
    if (s.op() == '=') {
      write(mv, s.value());
    } else {
      mv.visitInsn(DUP2);
      mv.visitInsn(DALOAD);
      write(mv, s.value());
      mv.visitInsn(s.op() == '+' ? DADD : DMUL);
    }
    if (s.target() == Target.VALUE && line.checked()[s.index()]) {
      mv.visitInsn(DUP2_X2);
      mv.visitInsn(DASTORE);
      ChunkFrame.addCheck(mv, turn++);
    } else {
      mv.visitInsn(DASTORE);
    }
  }

  /** Leaves the value of {@code s} on the stack. */
  void write(MethodVisitor mv, Scalar s) {
    if (s instanceof Scalar.NodeValue n) {
      int i = n.node();
      if (i < line.variableCount()) {
        array(mv, P, i);
      } else if (line.isConstant()[i]) {
        ConstantPush.real(mv, line.constant()[i]);
      } else {
        array(mv, V, i);
      }
    } else if (s instanceof Scalar.Adjoint a) {
      array(mv, adjoints(a.node()), a.node());
    } else if (s instanceof Scalar.Temp t) {
      array(mv, T, t.index());
    } else if (s instanceof Scalar.Literal l) {
      ConstantPush.real(mv, l.value());
    } else if (s instanceof Scalar.Binary b) {
      write(mv, b.left());
      if (b.op() == '+' && b.right() instanceof Scalar.Negation n) {
        write(mv, n.operand()); // a + (-b) is a - b, exactly
        mv.visitInsn(DSUB);
      } else {
        write(mv, b.right());
        mv.visitInsn(arithmetic(b.op()));
      }
    } else if (s instanceof Scalar.Negation n) {
      write(mv, n.operand());
      mv.visitInsn(DNEG);
    } else if (s instanceof Scalar.Apply a) {
      mv.visitLdcInsn(new ConstantDynamic("_", "L" + OPERATOR + ";",
          CLASS_DATA_AT, functionIndex(a.function())));
      write(mv, a.argument());
      mv.visitMethodInsn(INVOKEINTERFACE, OPERATOR, "applyAsDouble", "(D)D", true);
    } else if (s instanceof Scalar.Exp e) {
      math(mv, "exp", "(D)D", e.argument());
    } else if (s instanceof Scalar.Sqrt r) {
      math(mv, "sqrt", "(D)D", r.argument());
    } else if (s instanceof Scalar.Pow p) {
      write(mv, p.base());
      math(mv, "pow", "(DD)D", p.exponent());
    } else if (s instanceof Scalar.PowerLog l) {
      write(mv, l.base());
      write(mv, l.power());
      mv.visitMethodInsn(INVOKESTATIC, "dev/leibniz/graph/BytecodeCompiler", "powerLog",
          "(DD)D", false);
    } else {
      throw new IllegalStateException("unhandled " + s);
    }
  }

  /** Where node {@code i}'s adjoint lives: a variable's in the gradient itself. */
  private int adjoints(int i) {
    return i < line.variableCount() ? OUT : A;
  }

  private void math(MethodVisitor mv, String name, String descriptor, Scalar lastArgument) {
    write(mv, lastArgument);
    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", name, descriptor, false);
  }

  private int functionIndex(MathFunction f) {
    return functionIndex.computeIfAbsent(f, key -> {
      functions.add(key.valueFunction());
      return functions.size() - 1;
    });
  }

  private static int arithmetic(char op) {
    switch (op) {
      case '+': return DADD;
      case '-': return DSUB;
      case '*': return DMUL;
      case '/': return DDIV;
      default: throw new IllegalStateException("unhandled operator " + op);
    }
  }

  private void array(MethodVisitor mv, int local, int index) {
    mv.visitVarInsn(ALOAD, local);
    index(mv, index);
    mv.visitInsn(DALOAD);
  }

  private void index(MethodVisitor mv, int i) {
    indices.push(mv, i);
  }
}
