package dev.leibniz.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token of the lexer or one name of a run, with the piece a name reads as: a reserved
 * function name is typed FUNCTION before a group, its argument, and BARE_FUNCTION elsewhere
 * (an error the builder names). The lexer makes every token one ({@link #FACTORY}), so a run
 * that is one name keeps its token.
 */
final class PieceToken extends CommonToken {
  private static final long serialVersionUID = 1L;
  transient NameSplitter.Piece piece;

  private PieceToken(Pair<TokenSource, CharStream> source, int type, int channel, int start,
      int stop) {
    super(source, type, channel, start, stop);
  }

  private PieceToken(int type, String text) {
    super(type, text);
  }

  /** The token of {@code piece} of the run {@code run}. */
  PieceToken(Token run, NameSplitter.Piece piece) {
    super(run);
    int offset = piece.offset();
    setText(piece.text());
    setStartIndex(run.getStartIndex() + offset);
    setStopIndex(run.getStartIndex() + offset + piece.text().length() - 1);
    setCharPositionInLine(run.getCharPositionInLine() + offset);
  }

  /** This token, reading as {@code piece}; {@code beforeGroup} if a group follows it. */
  PieceToken reads(NameSplitter.Piece piece, boolean beforeGroup) {
    this.piece = piece;
    if (piece.isFunction()) {
      setType(beforeGroup ? LeibnizParser.FUNCTION : LeibnizParser.BARE_FUNCTION);
    }
    return this;
  }

  /** Makes the lexer's tokens {@link PieceToken}s, their text taken from the input when asked. */
  static final TokenFactory<PieceToken> FACTORY = new TokenFactory<>() {
    @Override
    public PieceToken create(Pair<TokenSource, CharStream> source, int type, String text,
        int channel, int start, int stop, int line, int charPositionInLine) {
      PieceToken t = new PieceToken(source, type, channel, start, stop);
      t.setLine(line);
      t.setCharPositionInLine(charPositionInLine);
      if (text != null) t.setText(text);
      return t;
    }

    @Override
    public PieceToken create(int type, String text) {
      return new PieceToken(type, text);
    }
  };
}
