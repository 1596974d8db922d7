package dev.leibniz.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token of the lexer or one name of a run, with the piece a name reads as: a reserved
 * function name is typed FUNCTION before a group, its argument, and BARE_FUNCTION elsewhere
 * (an error the builder names). The lexer makes every token one ({@link TokenPool}), so a run
 * that is one name keeps its token. Its text is taken from the input when asked.
 */
final class PieceToken extends CommonToken {
  private static final long serialVersionUID = 1L;
  transient NameSplitter.Piece piece;

  /** A token with no fields set yet: {@link #lexed} sets them all. */
  PieceToken() {
    super(Token.INVALID_TYPE);
  }

  PieceToken(int type, String text) {
    super(type, text);
  }

  /**
   * Makes this the token the lexer emits: every field set, as a new token's would be. The
   * source, the same for every token of a lexer, is stored only when it differs: a pooled token
   * is old, and under G1 a store into an old object costs a memory fence (see the grammar's
   * parser members).
   */
  PieceToken lexed(Pair<TokenSource, CharStream> source, int type, String text, int channel,
      int start, int stop, int line, int charPositionInLine) {
    if (this.source != source) this.source = source;
    this.type = type;
    this.text = text;
    this.channel = channel;
    this.start = start;
    this.stop = stop;
    this.line = line;
    this.charPositionInLine = charPositionInLine;
    this.index = -1;
    this.piece = null;
    return this;
  }

  /** Makes this the token of {@code piece} of the run {@code run}, a token of the lexer. */
  PieceToken pieceOf(PieceToken run, NameSplitter.Piece piece) {
    int offset = piece.offset();
    lexed(run.source, run.type, piece.text(), run.channel, run.start + offset,
        run.start + offset + piece.text().length() - 1, run.line,
        run.charPositionInLine + offset);
    this.index = run.index;
    return this;
  }

  /** Gives this token its index in the line's token stream; its type, for the stream's array. */
  int at(int tokenIndex) {
    this.index = tokenIndex;
    return type;
  }

  /** This token, reading as {@code piece}; {@code beforeGroup} if a group follows it. */
  PieceToken reads(NameSplitter.Piece piece, boolean beforeGroup) {
    this.piece = piece;
    if (piece.isFunction()) {
      setType(beforeGroup ? LeibnizParser.FUNCTION : LeibnizParser.BARE_FUNCTION);
    }
    return this;
  }
}
