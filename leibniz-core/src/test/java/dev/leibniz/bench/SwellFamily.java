package dev.leibniz.bench;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The four families of issue 6 whose derivatives swell as n grows, written in the input
 * language. F1 to F3 are differentiated by x; F4, a scalar network, by each of its 6n
 * parameters ({@link #parameters}).
 */
public enum SwellFamily {
  /** {@code sin(x + 1)*sin(x + 2)*...*sin(x + n)}: the product rule makes n terms of n factors. */
  F1 {
    @Override
    public String text(int n) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1; k <= n; k++) {
        sb.append(k > 1 ? "*" : "").append("sin(x+").append(k).append(')');
      }
      return sb.toString();
    }
  },
  /** {@code sin(sin(...sin(x)))}, n deep: the chain rule repeats every inner level. */
  F2 {
    @Override
    public String text(int n) {
      return "sin(".repeat(n) + "x" + ")".repeat(n);
    }
  },
  /** {@code sum of x^k*e^(k*x)/(1 + x^k)}, k = 1..n: quotients whose derivatives do not cancel. */
  F3 {
    @Override
    public String text(int n) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1; k <= n; k++) {
        sb.append(k > 1 ? " + " : "").append("x^").append(k).append("*e^(").append(k)
            .append("*x)/(1+x^").append(k).append(')');
      }
      return sb.toString();
    }
  },
  /**
   * {@code sum_i w_i*tanh(v_ix1*x1 + ... + v_ix4*x4 + b_i)}, i = 1..n: a one-layer network with
   * four inputs and 6n parameters ({@code v_3x2} weighs input x2 in unit 3: a subscript is one
   * run of letters and digits).
   */
  F4 {
    @Override
    public String text(int n) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        sb.append(i > 1 ? " + " : "").append("w_").append(i).append("*tanh(");
        for (int j = 1; j <= MLP_INPUTS; j++) {
          sb.append("v_").append(i).append('x').append(j).append("*x").append(j).append('+');
        }
        sb.append("b_").append(i).append(')');
      }
      return sb.toString();
    }

    @Override
    public List<String> parameters(int n) {
      return mlpParameters(n);
    }
  };

  /** The inputs x1..x4 of F4. */
  public static final int MLP_INPUTS = 4;

  /** The sizes issue 6 measures. */
  public static final int[] SIZES = {5, 10, 20, 40, 80, 160, 320};

  /** The family member of size n, in the input language. */
  public abstract String text(int n);

  /** The member of size n, parsed. */
  public Expr expr(int n) {
    return ExprParser.parse(text(n));
  }

  /** The variables to differentiate by: x, or F4's 6n parameters. */
  public List<String> parameters(int n) {
    return List.of("x");
  }

  /** The derivative by each of {@link #parameters}, in that order. */
  public List<Expr> derivatives(Expr f, int n) {
    List<String> by = parameters(n);
    List<Expr> result = new ArrayList<>(by.size());
    for (String v : by) result.add(Differentiator.derivative(f, v));
    return result;
  }

  /**
   * F4's parameters, unit by unit: {@code w_i, v_ix1..v_ix4, b_i}; the layout of the first 6n
   * entries of a point in {@link MlpGradient}.
   */
  public static List<String> mlpParameters(int n) {
    List<String> names = new ArrayList<>(6 * n);
    for (int i = 1; i <= n; i++) {
      names.add("w_" + i);
      for (int j = 1; j <= MLP_INPUTS; j++) names.add("v_" + i + "x" + j);
      names.add("b_" + i);
    }
    return names;
  }

  /** F4's variables as a tape lists them: the 6n parameters, then x1..x4. */
  public static List<String> mlpVariables(int n) {
    List<String> names = mlpParameters(n);
    for (int j = 1; j <= MLP_INPUTS; j++) names.add("x" + j);
    return names;
  }
}
