package dev.leibniz.expr;

import java.util.List;

/**
 * What a {@link Sum}, {@link Product}, {@link Power} or {@link Call} knows about its whole tree,
 * computed once in its constructor from its operands' own facts, so that no question below
 * walks the tree: its hash, its size as a tree and the variables it may contain.
 *
 * <p><b>Hash.</b> The hash of {@link TreeEquality}: the pre-order fold {@code h = 31*h + tag}
 * over the nodes, started at 1. The fold is linear in its start, {@code fold(h, s) =
 * h*31^|s| + fold(0, s)}, so a node keeps {@code 31^|s|} ({@link #hashScale}) beside its hash
 * and a parent combines its operands' in constant time each: the same number the walk computes.
 *
 * <p><b>Size.</b> The node count as a tree, {@code 1 + } the operands' sizes, saturating at
 * {@code Long.MAX_VALUE / 4} (a DAG can print exponentially larger than it is).
 *
 * <p><b>Variables.</b> A 64-bit mask, the union of {@link #variableBit} of every variable
 * below: a variable whose bit is clear does not occur in the tree, so a derivative by it is 0
 * without a walk. (A set bit may be another variable's: the mask only ever proves absence.)
 *
 * <p><b>Canonical.</b> True when a builder (the package-private paths behind {@link Expr#sum},
 * {@link Expr#product}, {@link Expr#power} and {@link Expr#call}) made this node from canonical
 * input and every operand is canonical. Numbers, constants and variables are canonical (a
 * number's value is always in lowest terms, so any {@link Num} equals what {@link Expr#num}
 * returns for its value; nothing compares numbers by identity). Such a
 * tree is a fixed point of the canonical rebuild ({@code Simplifier}), which can return it
 * without walking it. The public raw constructors, which build whatever they are given (display
 * forms, compiled graphs), make nodes that are not canonical, nor is any node above them.
 *
 * <p>These are classes rather than records because a record cannot keep such fields.
 */
abstract class Compound {
  private static final long MAX_SIZE = Long.MAX_VALUE / 4;
  /** The canonical bit's place in {@link #sizeAndCanonical}, above any size. */
  private static final long CANONICAL = 1L << 62;

  private final int hash;
  private final int hashScale;
  /**
   * The size, and the canonical bit at {@link #CANONICAL}: one word rather than a boolean of its
   * own, which would make every sum and product 8 bytes larger.
   */
  private final long sizeAndCanonical;
  private final long variables;

  /** A node of {@code operands}; {@code built} when a builder made it from canonical input. */
  Compound(int tag, Operands operands, boolean built) {
    int fold = tag;
    int scale = 31;
    long nodes = 1;
    long mask = 0;
    boolean operandsCanonical = true;
    for (int i = 0, n = operands.size(); i < n; i++) {
      Expr o = operands.get(i);
      if (o instanceof Compound c) {
        fold = fold * c.hashScale + (c.hash - c.hashScale);
        scale *= c.hashScale;
        nodes += c.size();
        mask |= c.variables;
        operandsCanonical &= c.canonical();
      } else {
        fold = fold * 31 + leafHash(o);
        scale *= 31;
        nodes++;
        mask |= leafVariables(o);
      }
    }
    this.hash = scale + fold;
    this.hashScale = scale;
    this.sizeAndCanonical = withBit(Math.min(nodes, MAX_SIZE), built && operandsCanonical);
    this.variables = mask;
  }

  Compound(int tag, Expr first, Expr second, boolean built) {
    int s1 = scaleOf(first);
    int s2 = scaleOf(second);
    int fold = (tag * s1 + foldOf(first, s1)) * s2 + foldOf(second, s2);
    this.hashScale = 31 * s1 * s2;
    this.hash = hashScale + fold;
    this.sizeAndCanonical = withBit(Math.min(1 + sizeOf(first) + sizeOf(second), MAX_SIZE),
        built && isCanonical(first) && isCanonical(second));
    this.variables = variablesOf(first) | variablesOf(second);
  }

  Compound(int tag, Expr only, boolean built) {
    int s = scaleOf(only);
    this.hashScale = 31 * s;
    this.hash = hashScale + tag * s + foldOf(only, s);
    this.sizeAndCanonical = withBit(Math.min(1 + sizeOf(only), MAX_SIZE),
        built && isCanonical(only));
    this.variables = variablesOf(only);
  }

  private static long withBit(long size, boolean canonical) {
    return canonical ? size | CANONICAL : size;
  }

  private long size() {
    return sizeAndCanonical & ~CANONICAL;
  }

  private boolean canonical() {
    return (sizeAndCanonical & CANONICAL) != 0;
  }

  /** The tag of a compound node in the hash fold: its kind, operand count and function. */
  static int tag(int kind, int arity, int function) {
    return (kind * 1_000_003 + arity) * 31 + function;
  }

  /** The hash of the tree, as {@link TreeEquality} defines it. */
  @Override
  public final int hashCode() {
    return hash;
  }

  /** {@code fold(0, pre-order)} of {@code e}, given its {@link #scaleOf scale}. */
  private static int foldOf(Expr e, int scale) {
    return e instanceof Compound c ? c.hash - scale : leafHash(e);
  }

  /** {@code e.hashCode()}, without a virtual call. */
  static int hashOf(Expr e) {
    return e instanceof Compound c ? c.hash : leafHash(e);
  }

  /**
   * {@code a.equals(b)}, with the kept hashes compared first: unequal hashes prove unequal
   * trees without the call of {@code equals} (an interface call over every node kind).
   */
  static boolean same(Expr a, Expr b) {
    return a == b || (hashOf(a) == hashOf(b) && a.equals(b));
  }

  /** A leaf's own {@code hashCode()}, without a virtual call: a record's is its component's. */
  private static int leafHash(Expr leaf) {
    if (leaf instanceof Var v) return v.name().hashCode();
    if (leaf instanceof Num n) return n.value().hashCode();
    return leaf.hashCode();
  }

  /** {@code 31^(nodes in e)}, wrapping: what the fold multiplies by across e. */
  private static int scaleOf(Expr e) {
    return e instanceof Compound c ? c.hashScale : 31;
  }

  /** Nodes in {@code e} as a tree, saturating at {@code Long.MAX_VALUE / 4}. */
  static long sizeOf(Expr e) {
    return e instanceof Compound c ? c.size() : 1;
  }

  /** True if {@code e} is a leaf or a compound node with the canonical bit ({@link Compound}). */
  static boolean isCanonical(Expr e) {
    return !(e instanceof Compound c) || c.canonical();
  }

  /** True if every one of {@code operands} {@link #isCanonical is canonical}. */
  static boolean allCanonical(List<Expr> operands) {
    for (int i = 0, n = operands.size(); i < n; i++) {
      Expr o = operands.get(i);
      if (o instanceof Compound c && !c.canonical()) return false;
    }
    return true;
  }

  /** The mask of the variables that may occur in {@code e}; 0 proves there are none. */
  static long variablesOf(Expr e) {
    return e instanceof Compound c ? c.variables : leafVariables(e);
  }

  private static long leafVariables(Expr leaf) {
    return leaf instanceof Var v ? variableBit(v.name()) : 0;
  }

  /** The bit of the variable {@code name} in a variables mask. */
  static long variableBit(String name) {
    return 1L << (name.hashCode() & 63);
  }
}
