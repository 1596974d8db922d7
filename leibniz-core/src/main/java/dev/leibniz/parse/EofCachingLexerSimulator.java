package dev.leibniz.parse;

import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer simulator, remembering its moves on end of input. ANTLR caches a DFA move
 * only for the symbols 0 to 127 (an array per state), so the move on EOF, which every line's
 * last token makes, was computed again for every line from the state's ATN configurations: a
 * new configuration set and a walk over the state's transitions, some 600 bytes per line. The
 * grammar's lexer has no predicates, so a move depends on the state and the symbol alone,
 * exactly as for the moves ANTLR keeps: this keeps the EOF ones too, by DFA state number. One
 * instance serves one thread's lexer; the DFA itself stays the generated lexer's, shared.
 */
final class EofCachingLexerSimulator extends LexerATNSimulator {
  /** The move on EOF of each DFA state met so far, by state number; null where not known. */
  private DFAState[] eofMoves = new DFAState[64];

  EofCachingLexerSimulator(LeibnizLexer lexer) {
    super(lexer, lexer.getATN(), LeibnizLexer._decisionToDFA, LeibnizLexer._sharedContextCache);
  }

  /**
   * The move from {@code s} on {@code t}, which ANTLR's DFA does not have yet: on EOF the move
   * remembered here when there is one. ANTLR looks in its DFA first and calls this only when
   * that has no move; its look-up is left as it is, so the hot loop over characters keeps its
   * one implementation (which both JITs then inline).
   */
  @Override
  protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
    int n = s.stateNumber;
    if (t != IntStream.EOF || n < 0) return super.computeTargetState(input, s, t);
    if (n >= eofMoves.length) eofMoves = Arrays.copyOf(eofMoves, Math.max(2 * n, 64));
    DFAState target = eofMoves[n];
    if (target == null) eofMoves[n] = target = super.computeTargetState(input, s, t);
    return target;
  }
}
