package dev.leibniz.graph;

import static org.objectweb.asm.Opcodes.ASM9;

import dev.leibniz.graph.BytecodeCompiler.Item;
import java.util.Arrays;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The code {@link ScalarWriter} writes for one item, split into its array indices and the rest:
 * two items whose {@link #key}s are equal have the same instructions but for the indices, so a
 * loop may write one of them for both with the indices computed ({@link LoopRoller}). The key is
 * the instruction sequence itself, recorded while the writer writes, so it cannot miss a
 * difference the code has: the check sums' locals, which the writer takes in turn and which are
 * all alike, are the one thing it leaves out.
 *
 * @param key the instructions, indices left out
 * @param indices the array indices, in the order the code pushes them
 */
record CodeShape(String key, int[] indices) {

  /** The shape of {@code item}'s code. */
  static CodeShape of(ScalarWriter writer, Item item) {
    Recorder recorder = new Recorder();
    writer.write(recorder, item, recorder);
    return new CodeShape(recorder.key.toString(), Arrays.copyOf(recorder.indices,
        recorder.count));
  }

  /** Records instructions as text, and the indices pushed through it apart. */
  private static final class Recorder extends MethodVisitor implements ScalarWriter.IndexPush {
    private final StringBuilder key = new StringBuilder();
    private int[] indices = new int[8];
    private int count;

    Recorder() {
      super(ASM9);
    }

    @Override
    public void push(MethodVisitor mv, int index) {
      if (count == indices.length) indices = Arrays.copyOf(indices, 2 * count);
      indices[count++] = index;
      key.append("# ");
    }

    @Override
    public void visitInsn(int opcode) {
      key.append(opcode).append(' ');
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
      key.append(opcode).append(':').append(operand).append(' ');
    }

    @Override
    public void visitVarInsn(int opcode, int var) {
      key.append(opcode).append(':').append(var < ChunkFrame.SUM ? var : "sum").append(' ');
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      key.append(opcode).append(":forward ");
    }

    @Override
    public void visitLabel(Label label) {
      key.append("label ");
    }

    @Override
    public void visitLdcInsn(Object value) {
      if (value instanceof Double d) {
        key.append("ldc:d").append(Long.toHexString(Double.doubleToRawLongBits(d)));
      } else if (value instanceof ConstantDynamic c) {
        key.append("ldc:").append(c.getName()).append(c.getDescriptor())
            .append(Arrays.toString(bootstrapArguments(c)));
      } else {
        key.append("ldc:").append(value.getClass().getSimpleName()).append(value);
      }
      key.append(' ');
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
        boolean isInterface) {
      key.append(opcode).append(':').append(owner).append('.').append(name).append(descriptor)
          .append(' ');
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
      throw unexpected();
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      throw unexpected();
    }

    @Override
    public void visitIincInsn(int var, int increment) {
      throw unexpected();
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
        Object... arguments) {
      throw unexpected();
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
      throw unexpected();
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
      throw unexpected();
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
      throw unexpected();
    }

    private static Object[] bootstrapArguments(ConstantDynamic c) {
      Object[] arguments = new Object[c.getBootstrapMethodArgumentCount()];
      for (int k = 0; k < arguments.length; k++) arguments[k] = c.getBootstrapMethodArgument(k);
      return arguments;
    }

    /** An instruction the writer does not write, so that no shape can leave one out. */
    private static IllegalStateException unexpected() {
      return new IllegalStateException("an instruction the shape does not record");
    }
  }
}
