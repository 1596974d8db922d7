package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;

/**
 * The parser's own rule entry and exit, match and consume (the grammar's parser members), taken
 * when no parse tree is built and no listener is attached, leave every rule context with the
 * same start and stop tokens, and the parser in the same states, as ANTLR's general path that a
 * listener forces: each rule's exit is recorded as "rule start..stop -> state after". Both
 * parse with SLL prediction, as the scalar reader's first stage does.
 */
class LeanRuleEntryTest {
  private static final List<String> LINES = List.of("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)",
      "-x - -y*-z", "2x(x+1)^-2", "a/b(c) + sin (x)^2'", "(x, y) + 3", "x^y^z", "x where x: 1");

  @Test
  void theLeanPathRecordsWhatTheGeneralPathRecords() {
    for (String line : LINES) {
      assertEquals(exits(line, false), exits(line, true), line);
    }
  }

  @Test
  void aRuleEndsAtItsLastTokenAndTheStartRuleAtEof() {
    List<String> exits = new ArrayList<>();
    for (String exit : exits("x*y", false)) exits.add(exit.substring(0, exit.indexOf(" ->")));
    assertEquals(List.of("power 0..0", "power 2..2", "product 0..2", "sum 0..2", "start 0..3"),
        exits);
  }

  /** Each rule's exit in order, with or without a listener attached. */
  private static List<String> exits(String line, boolean withListener) {
    List<String> exits = new ArrayList<>();
    LineTokenStream tokens = new LineTokenStream(new RunSplittingTokenSource(
        new LeibnizLexer(LineCharStream.of(line)), line, Set.of()));
    LeibnizParser parser = new LeibnizParser(tokens) {
      @Override
      public void exitRule() {
        ParserRuleContext ctx = getContext();
        // The lean path keeps its contexts out of _ctx; ANTLR's path keeps the current one there.
        if (withListener) assertSame(ctx, _ctx, line);
        else assertNull(_ctx, line);
        super.exitRule();
        exits.add(ruleNames[ctx.getRuleIndex()] + " " + ctx.getStart().getTokenIndex() + ".."
            + ctx.getStop().getTokenIndex() + " -> " + getState());
      }
    };
    parser.setTokenStream(tokens);
    parser.setBuildParseTree(false);
    // The scalar reader's first stage, the one that takes the lean path.
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    if (withListener) parser.addParseListener(new Quiet());
    parser.start();
    return exits;
  }

  /** A listener that does nothing: attached, it sends the parser down ANTLR's own path. */
  private static final class Quiet implements ParseTreeListener {
    @Override public void visitTerminal(TerminalNode node) {}
    @Override public void visitErrorNode(ErrorNode node) {}
    @Override public void enterEveryRule(ParserRuleContext ctx) {}
    @Override public void exitEveryRule(ParserRuleContext ctx) {}
  }
}
