package dev.leibniz.graph;

import dev.leibniz.graph.BytecodeCompiler.CheckItem;
import dev.leibniz.graph.BytecodeCompiler.Item;
import dev.leibniz.graph.BytecodeCompiler.LoopItem;
import dev.leibniz.graph.BytecodeCompiler.StepItem;

/**
 * An upper bound on the bytes of code {@link ScalarWriter} writes for an item, counted without
 * writing it: about a byte an operator, three for a call into {@code java.lang.Math}, eight for a
 * function called through its class-data constant, six for an array element or a literal. The
 * compiler cuts the sweeps into chunk methods by it, and {@link SweepPlan} decides by it whether
 * loops are worth rolling.
 */
final class CodeSize {
  private CodeSize() {}

  /** An upper bound on the bytes of an item's code. */
  static int of(Item item) {
    if (item instanceof LoopItem l) {
      int body = 16;
      for (Item i : l.body()) body += 2 * of(i); // each index computed: about twice the code
      return body;
    }
    if (item instanceof StepItem s) return 16 + of(s.step().value());
    if (item instanceof CheckItem c) return 24 + of(c.check().localDerivative());
    return 24;
  }

  private static int of(Scalar s) {
    if (s instanceof Scalar.Binary b) return 1 + of(b.left()) + of(b.right());
    if (s instanceof Scalar.Negation n) return 1 + of(n.operand());
    if (s instanceof Scalar.Apply a) return 8 + of(a.argument());
    if (s instanceof Scalar.Exp e) return 3 + of(e.argument());
    if (s instanceof Scalar.Sqrt r) return 3 + of(r.argument());
    if (s instanceof Scalar.Pow p) return 3 + of(p.base()) + of(p.exponent());
    if (s instanceof Scalar.PowerLog l) return 3 + of(l.base()) + of(l.power());
    return 6;
  }
}
