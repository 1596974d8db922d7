package dev.leibniz.graph;

import static org.objectweb.asm.Opcodes.DADD;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DLOAD;
import static org.objectweb.asm.Opcodes.DSTORE;
import static org.objectweb.asm.Opcodes.DSUB;
import static org.objectweb.asm.Opcodes.DUP2;

import org.objectweb.asm.MethodVisitor;

/**
 * The frame of a chunk method, {@code static double chunk(p, v, a, t, out)}: the local slot of
 * each array it takes (the point, node values, adjoints, temporaries and gradient) and, after
 * them, the check sums it returns in total. A check adds {@code x - x} for a value x: 0 when x is
 * finite, NaN when it is not, so the sweep compares one total with 0 to know that every value it
 * checked was finite ({@link BytecodeCompiler}).
 */
final class ChunkFrame {
  private ChunkFrame() {}

  /** The descriptor of a chunk: {@code (p, v, a, t, out) -> check sum}. */
  static final String CHUNK = "([D[D[D[D[D)D";
  static final int P = 0;
  static final int V = 1;
  static final int A = 2;
  static final int T = 3;
  static final int OUT = 4;
  /** The first of {@link #SUMS} check sums, two slots each (doubles). */
  static final int SUM = 5;
  /**
   * Check sums kept in turn, so that the additions form four short chains rather than one long
   * one that would hold back the sweep.
   */
  static final int SUMS = 4;

  /**
   * Takes x from the stack: {@code sum_k += x - x}, k the check sum whose turn it is, the
   * {@code turn}-th check of the chunk.
   */
  static void addCheck(MethodVisitor mv, int turn) {
    int sum = SUM + 2 * (turn % SUMS);
    mv.visitInsn(DUP2);
    mv.visitInsn(DSUB);
    mv.visitVarInsn(DLOAD, sum);
    mv.visitInsn(DADD);
    mv.visitVarInsn(DSTORE, sum);
  }

  /** Sets the check sums to 0 at the start of a chunk. */
  static void clearChecks(MethodVisitor mv) {
    for (int k = 0; k < SUMS; k++) {
      mv.visitInsn(DCONST_0);
      mv.visitVarInsn(DSTORE, SUM + 2 * k);
    }
  }

  /** Leaves the total of the check sums on the stack, at the end of a chunk. */
  static void totalChecks(MethodVisitor mv) {
    mv.visitVarInsn(DLOAD, SUM);
    for (int k = 1; k < SUMS; k++) {
      mv.visitVarInsn(DLOAD, SUM + 2 * k);
      mv.visitInsn(DADD);
    }
  }
}
