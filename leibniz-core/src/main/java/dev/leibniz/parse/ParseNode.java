package dev.leibniz.parse;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The superclass of the generated parser's rule contexts (the ANTLR option
 * {@code contextSuperClass}, set in leibniz-core's pom.xml): a parse-tree node whose child list
 * starts with room for two, the usual count here, where ANTLR's starts with room for ten. Only
 * the matrix reader (and a scalar line's {@code where} clause) builds a parse tree; the scalar
 * reader's contexts never get children.
 */
public class ParseNode extends ParserRuleContext {
  private static final long serialVersionUID = 1L;

  public ParseNode() {}

  public ParseNode(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) children = new ArrayList<>(2);
    children.add(t);
    return t;
  }
}
