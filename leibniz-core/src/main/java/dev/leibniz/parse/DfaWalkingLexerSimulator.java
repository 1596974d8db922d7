package dev.leibniz.parse;

import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.LexerAction;
import org.antlr.v4.runtime.atn.LexerActionExecutor;
import org.antlr.v4.runtime.atn.LexerSkipAction;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.Pair;

/**
 * ANTLR's lexer simulator, with a walk of the generated lexer's DFA that makes a
 * {@link LineCharStream}'s next token in local variables, and with the DFA's moves on end of
 * input remembered.
 *
 * <p>The walk ({@link #nextToken}, which the grammar's lexer asks first): ANTLR's own match
 * reads each character through the stream's interface, and at every accepting character
 * records the state, index, line and column in an object of its own; its lexer then stores the
 * token in a field. Both live as long as the lexer, so under G1, the JVM's default collector,
 * each of those stores can cost a memory fence (see the grammar's parser members). The walk
 * reads the line's code-point array and keeps the last accepting state in a local: the same
 * longest match, the same token type (the accepting state's prediction), WS skipped as the
 * grammar's skip action would, the same index, line and column after. Whenever the DFA has no
 * move yet on the way (a move never made, the first token of a fresh DFA) or no state accepts
 * (ANTLR's error path), the walk leaves everything as it found it and ANTLR's lexer makes the
 * token, adding the missing moves for the next time. ANTLR keeps moves on the symbols 0 to 127
 * only, so a token at a character above 127 is always ANTLR's to make.
 *
 * <p>A walked token leaves the lexer's own fields as they were ({@code _token}, {@code _type},
 * {@code _tokenStartCharIndex} and the like, and {@code _hitEOF} even after EOF): nothing here
 * reads them, and the lexer is reset for every line. Ask the token, not the lexer.
 *
 * <p>The moves on end of input: ANTLR caches a DFA move only for the symbols 0 to 127 (an
 * array per state), so the move on EOF, which every line's last token makes, was computed again
 * for every line from the state's ATN configurations: a new configuration set and a walk over
 * the state's transitions, some 600 bytes per line. The grammar's lexer has no predicates, so a
 * move depends on the state and the symbol alone, exactly as for the moves ANTLR keeps: this
 * keeps the EOF ones too, by DFA state number, and beside each the state it was made from, so
 * that a renumbered DFA (another lexer mode, a cleared DFA) can never be answered with a stale
 * move. One instance serves one thread's lexer; the DFA itself stays the generated lexer's,
 * shared.
 */
final class DfaWalkingLexerSimulator extends LexerATNSimulator {
  /** The end (exclusive) of the match {@link #walk} found last. */
  private int walked;
  /** The move on EOF of each DFA state met so far, by state number; null where not known. */
  private DFAState[] eofMoves = new DFAState[64];
  /** The state each of {@link #eofMoves} was made from. */
  private DFAState[] eofFrom = new DFAState[64];

  DfaWalkingLexerSimulator(LeibnizLexer lexer) {
    super(lexer, lexer.getATN(), LeibnizLexer._decisionToDFA, LeibnizLexer._sharedContextCache);
  }

  /**
   * The lexer's next token when the DFA knows every move to it and past the blanks before it,
   * made by {@code factory} as ANTLR's lexer would make it (the same type, indices, line and
   * column; no text, the default channel); or null, with nothing changed past those blanks,
   * when ANTLR's lexer is to make it. The lexer is in its default mode and has not emitted EOF.
   * Unlike ANTLR's, this sets none of the lexer's fields: under G1, storing the token into the
   * lexer, which lives as long as its thread, would cost a memory fence per token.
   */
  Token nextToken(CharStream stream, TokenFactory<?> factory,
      Pair<TokenSource, CharStream> source) {
    if (!(stream instanceof LineCharStream input)) return null;
    while (true) {
      int start = input.index();
      if (start >= input.size()) {
        return factory.create(source, Token.EOF, null, Token.DEFAULT_CHANNEL, start, start - 1,
            line, charPositionInLine);
      }
      DFAState accepted = walk(input, Lexer.DEFAULT_MODE);
      if (accepted == null) return null;
      LexerActionExecutor actions = accepted.lexerActionExecutor;
      boolean skipped = actions != null && isSkipAlone(actions);
      if (actions != null && !skipped) return null;
      int tokenLine = line;
      int tokenColumn = charPositionInLine;
      advance(input, Lexer.DEFAULT_MODE, start, walked);
      if (!skipped) {
        return factory.create(source, accepted.prediction, null, Token.DEFAULT_CHANNEL, start,
            walked - 1, tokenLine, tokenColumn);
      }
    }
  }

  /**
   * The accepting state of the longest match at the stream's index by the DFA's known moves
   * alone, as ANTLR's match would find it, with its end in {@link #walked}; or null when ANTLR
   * is to match the token. Changes nothing else.
   */
  private DFAState walk(LineCharStream input, int mode) {
    DFAState s = decisionToDFA[mode].s0;
    if (s == null || s.isAcceptState) return null;
    int[] codePoints = input.codePoints();
    int size = input.size();
    DFAState accepted = null;
    int end = -1;
    for (int i = input.index(); ; ) {
      DFAState target;
      boolean atEof = i >= size;
      if (atEof) {
        target = knownEofMove(s);
      } else {
        int c = codePoints[i];
        DFAState[] edges = s.edges;
        if (c < MIN_DFA_EDGE || c > MAX_DFA_EDGE || edges == null) return null;
        target = edges[c - MIN_DFA_EDGE];
      }
      if (target == null) return null;
      if (target == ERROR) break;
      if (!atEof) i++;
      if (target.isAcceptState) {
        accepted = target;
        end = i;
        if (atEof) break;
      }
      s = target;
    }
    walked = end;
    return accepted;
  }

  /**
   * Moves past a token matched from {@code start} to {@code end} (exclusive), as ANTLR's
   * accepting a match does: the stream's index, and the line and column ANTLR counts.
   */
  private void advance(LineCharStream input, int mode, int start, int end) {
    this.mode = mode;
    this.startIndex = start;
    int[] codePoints = input.codePoints();
    for (int i = start; i < end; i++) {
      if (codePoints[i] == '\n') {
        line++;
        charPositionInLine = 0;
      } else {
        charPositionInLine++;
      }
    }
    input.seek(end);
  }

  /** True if the lexer actions are the grammar's skip alone (WS's). */
  private static boolean isSkipAlone(LexerActionExecutor actions) {
    LexerAction[] all = actions.getLexerActions();
    return all.length == 1 && all[0] == LexerSkipAction.INSTANCE;
  }

  /** The remembered move from {@code s} on EOF, or null if none is. */
  private DFAState knownEofMove(DFAState s) {
    int n = s.stateNumber;
    return n >= 0 && n < eofMoves.length && eofFrom[n] == s ? eofMoves[n] : null;
  }

  /**
   * The move from {@code s} on {@code t}, which ANTLR's DFA does not have yet: on EOF the move
   * remembered here when there is one. ANTLR looks in its DFA first and calls this only when
   * that has no move.
   */
  @Override
  protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
    int n = s.stateNumber;
    if (t != IntStream.EOF || n < 0) return super.computeTargetState(input, s, t);
    if (n >= eofMoves.length) {
      eofMoves = Arrays.copyOf(eofMoves, Math.max(2 * n, 64));
      eofFrom = Arrays.copyOf(eofFrom, eofMoves.length);
    }
    if (eofFrom[n] == s) return eofMoves[n];
    DFAState target = super.computeTargetState(input, s, t);
    eofMoves[n] = target;
    eofFrom[n] = s;
    return target;
  }
}
