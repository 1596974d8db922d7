package dev.leibniz.graph;

import static org.objectweb.asm.Opcodes.IADD;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.IF_ICMPLT;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.IMUL;
import static org.objectweb.asm.Opcodes.ISTORE;

import dev.leibniz.graph.BytecodeCompiler.LoopItem;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Writes a {@link LoopItem} inside a chunk method of {@link ScalarWriter}: a counted loop whose
 * body is the run's first block, each array index computed from the counter.
 */
final class LoopWriter {
  /** The counter {@code r} of a loop ({@link LoopItem}), an int after the check sums. */
  static final int COUNTER = ChunkFrame.SUM + 2 * ChunkFrame.SUMS;

  private LoopWriter() {}

  /**
   * {@code for (r = 0; r < count; r++) body}, each index of the body's item j pushed as
   * {@code index + r * strides[j][k]}: the run of items the loop stands for, in their order.
   */
  static void write(ScalarWriter writer, MethodVisitor mv, LoopItem loop) {
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, COUNTER);
    Label top = new Label();
    mv.visitLabel(top);
    for (int j = 0; j < loop.body().size(); j++) {
      writer.write(mv, loop.body().get(j), strided(loop.strides()[j]));
    }
    mv.visitIincInsn(COUNTER, 1);
    mv.visitVarInsn(ILOAD, COUNTER);
    ConstantPush.integer(mv, loop.count());
    mv.visitJumpInsn(IF_ICMPLT, top);
  }

  /** Pushes the k-th index i of an item as {@code i + r * strides[k]}. */
  private static ScalarWriter.IndexPush strided(int[] strides) {
    int[] next = {0};
    return (mv, index) -> {
      int stride = strides[next[0]++];
      ConstantPush.integer(mv, index);
      if (stride == 0) return;
      mv.visitVarInsn(ILOAD, COUNTER);
      if (stride != 1) {
        ConstantPush.integer(mv, stride);
        mv.visitInsn(IMUL);
      }
      mv.visitInsn(IADD);
    };
  }
}
