package dev.leibniz.graph;

/**
 * The kinds of node a {@link Tape} holds, as small integers so the sweeps can run over an
 * {@code int[]}. Each constant's comment gives the node's value in terms of its operands
 * {@code u, v, u_1 ... u_n}, its constant {@code c} and its operand weights {@code w_i}.
 *
 * <p>The {@link #rank} of a kind orders the nodes of one level of the graph; it is chosen so that
 * the lecture's example is numbered the way the lecture numbers it.
 */
final class Opcode {
  /** An input; its value comes from the point. */
  static final int VARIABLE = 0;
  /** A number or named constant: {@code c}. */
  static final int CONSTANT = 1;
  /** A scaled n-ary product: {@code c * u_1 * ... * u_n}. */
  static final int PRODUCT = 2;
  /** A reserved function of one argument: {@code f(u)}. */
  static final int FUNCTION = 3;
  /** The exponential: {@code e^u}. */
  static final int EXP = 4;
  /** A power with a constant exponent: {@code u^c}. */
  static final int POWER_CONSTANT = 5;
  /** A general power: {@code u^v}. */
  static final int POWER = 6;
  /** A scaled quotient: {@code c * u / v}. */
  static final int QUOTIENT = 7;
  /** A weighted n-ary sum: {@code c + w_1*u_1 + ... + w_n*u_n}. */
  static final int SUM = 8;

  private static final String[] NAMES = {
    "variable", "constant", "product", "function", "exp", "power", "power", "quotient", "sum"
  };

  private Opcode() {}

  /**
   * The order of kinds within one level: products, functions, exponentials, powers, quotients,
   * sums. The codes are numbered in this order.
   */
  static int rank(int opcode) {
    return opcode;
  }

  /** A word for the kind, as the DOT view shows it. */
  static String name(int opcode) {
    return NAMES[opcode];
  }

  /** True for kinds whose operands may be listed in any order. */
  static boolean isCommutative(int opcode) {
    return opcode == PRODUCT || opcode == SUM;
  }
}
