package dev.leibniz.codegen;

import java.util.List;

/**
 * What C and Java spell alike: statements ending in a semicolon, braces around a function's
 * body, the gradient written into the array argument, {@code test ? a : b}.
 */
abstract class BraceSyntax implements Syntax {
  @Override
  public String closing(List<String> gradient, String value) {
    StringBuilder out = new StringBuilder();
    for (int j = 0; j < gradient.size(); j++) {
      out.append("  gradient[").append(j).append("] = ").append(gradient.get(j)).append(";\n");
    }
    return out.append("  return ").append(value).append(";\n}\n").toString();
  }

  @Override
  public String statement(String name, char op, String value, boolean declare) {
    String assign = op == '=' ? " = " : " " + op + "= ";
    return "  " + (declare ? "double " : "") + name + assign + value + ";";
  }

  @Override
  public String returns(String value) {
    return "return " + value + ";";
  }

  @Override
  public String conditional(String test, String then, String otherwise) {
    return test + " ? " + then + " : " + otherwise;
  }

  @Override
  public String helperDefinition(String signature, String body) {
    return "static double " + signature + " {\n  " + body.replace("\n", "\n  ") + "\n}\n";
  }
}
