package dev.leibniz.cli;

import dev.leibniz.error.LeibnizException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The derivative operators a REPL line may open with: {@code d/dx EXPR}, {@code d2/dx2 EXPR}
 * (also {@code d^2/dx^2}), {@code d/dx d/dz EXPR}. The operators apply right to left, like the
 * mathematics they spell: {@code d/dx d/dz f} is d/dx of (d/dz of f), the chain {@code [z, x]}.
 *
 * @param chain the variables to differentiate by, in the order they apply
 * @param rest the expression after the operators, possibly empty
 */
record Operators(List<String> chain, String rest) {
  private static final Pattern OPERATOR = Pattern.compile(
      "d(?:\\^?(\\d+))?/d(\\p{L}[\\p{L}\\p{N}_]*?)(?:(\\^?)(\\d+))?(?=[\\s(<\\[{]|$)\\s*");

  Operators {
    chain = List.copyOf(chain);
  }

  /** Splits the operators off {@code line}; no operators gives an empty chain. */
  static Operators split(String line) {
    List<List<String>> operators = new ArrayList<>();
    Matcher m = OPERATOR.matcher(line);
    int at = 0;
    while (m.find(at) && m.start() == at) {
      operators.add(operator(m));
      at = m.end();
    }
    List<String> chain = new ArrayList<>();
    for (int i = operators.size() - 1; i >= 0; i--) chain.addAll(operators.get(i));
    return new Operators(chain, line.substring(at).strip());
  }

  private static List<String> operator(Matcher m) {
    String above = m.group(1);
    String variable = m.group(2);
    String below = m.group(4);
    if (above == null && below != null && m.group(3).isEmpty()) {
      // "d/dx1": the digits belong to the name ("d/dx^2" would be an order).
      variable += below;
      below = null;
    }
    if (above == null) above = below;
    int order = above == null ? 1 : Integer.parseInt(above);
    if (below != null && Integer.parseInt(below) != order) {
      throw new LeibnizException("'" + m.group().strip() + "' has order " + above + " above and "
          + below + " below");
    }
    if (order < 1 || order > 100) {
      throw new LeibnizException("the order of '" + m.group().strip() + "' must be 1 to 100");
    }
    return Collections.nCopies(order, Names.variable(variable));
  }
}
