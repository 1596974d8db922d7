package dev.leibniz.graph;

import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DCONST_1;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.SIPUSH;

import org.objectweb.asm.MethodVisitor;

/**
 * Pushes a constant in the shortest instruction the JVM has for it: an int as {@code iconst_n}
 * (-1 to 5), {@code bipush}, {@code sipush} or a constant-pool entry; a double as
 * {@code dconst_0} (positive zero only: -0.0 has other bits), {@code dconst_1} or a constant-pool
 * entry.
 */
final class ConstantPush {
  private ConstantPush() {}

  /** Pushes the int {@code i} in the shortest instruction. */
  static void integer(MethodVisitor mv, int i) {
    if (i >= -1 && i <= 5) {
      mv.visitInsn(ICONST_0 + i);
    } else if (i >= Byte.MIN_VALUE && i <= Byte.MAX_VALUE) {
      mv.visitIntInsn(BIPUSH, i);
    } else if (i >= Short.MIN_VALUE && i <= Short.MAX_VALUE) {
      mv.visitIntInsn(SIPUSH, i);
    } else {
      mv.visitLdcInsn(i);
    }
  }

  /** Pushes the double {@code d} in the shortest instruction. */
  static void real(MethodVisitor mv, double d) {
    if (Double.doubleToRawLongBits(d) == 0) {
      mv.visitInsn(DCONST_0);
    } else if (d == 1) {
      mv.visitInsn(DCONST_1);
    } else {
      mv.visitLdcInsn(d);
    }
  }
}
