package dev.leibniz.print;

import java.util.Map;
import java.util.Set;

/**
 * Variable names in LaTeX: Greek names become their commands ({@code theta} is
 * {@code \theta}, {@code θ} too), and a trailing number or {@code _subscript} becomes a
 * subscript ({@code x1} is {@code x_{1}}, {@code w_2} is {@code w_{2}}).
 */
final class LatexNames {
  /** Greek names that have a LaTeX command of the same name. */
  private static final Set<String> GREEK = Set.of(
      "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
      "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
      "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi",
      "Omega", "varphi", "vartheta", "varepsilon");

  /** Greek letters stored as the letter itself, and names without a command of their own. */
  private static final Map<String, String> SPECIAL = Map.of(
      "omicron", "o", "Omicron", "O", "\u03b3", "\\gamma", "\u03c2", "\\varsigma");

  private LatexNames() {}

  /** Appends the LaTeX form of the variable {@code name} to {@code out}. */
  static void variable(String name, StringBuilder out) {
    int split = name.indexOf('_');
    int subscript = split + 1;
    if (split < 0) {
      split = name.length();
      while (split > 1 && Character.isDigit(name.charAt(split - 1))) split--;
      subscript = split;
    }
    stem(name.substring(0, split), out);
    if (subscript < name.length()) {
      out.append("_{").append(name, subscript, name.length()).append('}');
    }
  }

  private static void stem(String stem, StringBuilder out) {
    String special = SPECIAL.get(stem);
    if (special != null) {
      out.append(special);
    } else if (GREEK.contains(stem)) {
      out.append('\\').append(stem);
    } else {
      out.append(stem);
    }
  }
}
