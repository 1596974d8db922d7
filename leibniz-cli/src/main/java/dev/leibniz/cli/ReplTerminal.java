package dev.leibniz.cli;

import dev.leibniz.Leibniz;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The REPL at a terminal, a thin JLine loop around {@link ReplSession}: line editing, history
 * kept in {@code ~/.leibniz_history} with reverse search (Ctrl-R), Tab completion of function
 * names, commands, names and the variables seen so far. Ctrl-C drops the line being typed;
 * Ctrl-D or {@code :quit} leaves.
 */
final class ReplTerminal {
  private static final String BANNER =
      Main.VERSION + ": type an expression to differentiate it, :help for commands, "
          + "Ctrl-D to leave.";

  private ReplTerminal() {}

  /** Runs {@code session} at the system terminal until Ctrl-D or {@code :quit}; exit code 0. */
  static int run(ReplSession session) {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("leibniz")
          .parser(new WordParser())
          .completer(new WordCompleter(session))
          .variable(LineReader.HISTORY_FILE,
              Path.of(System.getProperty("user.home"), ".leibniz_history"))
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .build();
      PrintWriter out = terminal.writer();
      out.println(BANNER);
      while (!session.finished()) {
        String line;
        try {
          line = reader.readLine(session.prompt());
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          break;
        }
        String reply = session.handle(line);
        if (!reply.isEmpty()) out.println(reply);
        out.flush();
      }
      reader.getHistory().save();
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits a line into words for completion at every character that cannot be part of a name,
   * and knows no quotes or escapes, which expressions never use.
   */
  private static final class WordParser extends DefaultParser {
    WordParser() {
      setQuoteChars(new char[0]);
      setEscapeChars(new char[0]);
    }

    @Override
    public boolean isDelimiterChar(CharSequence buffer, int pos) {
      char c = buffer.charAt(pos);
      return !(Character.isLetterOrDigit(c) || c == '_' || c == ':');
    }
  }

  /** Completes commands at the start of a line, else function names, names and variables. */
  private static final class WordCompleter implements Completer {
    private final ReplSession session;

    WordCompleter(ReplSession session) {
      this.session = session;
    }

    @Override
    public void complete(LineReader reader, org.jline.reader.ParsedLine line,
        List<Candidate> candidates) {
      if (line.wordIndex() == 0 && line.word().startsWith(":")) {
        for (String c : ReplCommands.NAMES) candidates.add(new Candidate(c));
        return;
      }
      for (String f : Leibniz.functionNames()) {
        // A function always takes a group: complete "si" to "sin(" and leave the line open.
        candidates.add(new Candidate(f + "(", f, "functions", null, null, null, false));
      }
      for (String w : session.words()) {
        candidates.add(new Candidate(w, w, "names", null, null, null, false));
      }
    }
  }
}
