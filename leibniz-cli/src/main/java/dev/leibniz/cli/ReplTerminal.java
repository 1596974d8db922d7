package dev.leibniz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The REPL at a terminal, a thin JLine loop around {@link ReplSession}: line editing, history
 * kept in {@code ~/.leibniz_history} with reverse search (Ctrl-R), Tab completion of function
 * names, commands, names and the variables seen so far ({@link ReplCompleter}). Ctrl-C drops
 * the line being typed, and stops a line computing ({@link ReplWorker}) with the session kept;
 * Ctrl-D or {@code :quit} leaves.
 */
final class ReplTerminal {
  private static final String BANNER =
      Main.VERSION + ": type an expression to differentiate it, :help for commands, "
          + "Ctrl-D to leave.";

  private ReplTerminal() {}

  /**
   * Runs {@code session} at the system terminal until Ctrl-D or {@code :quit}; exit code 0. A
   * terminal that reports no width or height is edited as 80 by 24 ({@link SizedTerminal}).
   */
  static int run(ReplSession session) {
    try (Terminal terminal = SizedTerminal.of(TerminalBuilder.builder().system(true).build())) {
      LineReader reader = reader(terminal, session,
          Path.of(System.getProperty("user.home"), ".leibniz_history"));
      PrintWriter out = terminal.writer();
      ReplWorker worker = new ReplWorker();
      // Ctrl-C while a line computes stops the line; while typing, readLine handles it.
      terminal.handle(Terminal.Signal.INT, signal -> worker.interrupt());
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
        String reply = worker.handle(session, line);
        // The terminal has echoed "^C" where the cursor was: the message goes below it.
        if (reply.equals(ReplWorker.INTERRUPTED)) out.println();
        if (!reply.isEmpty()) out.println(reply);
        out.flush();
      }
      reader.getHistory().save();
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line editor at {@code terminal} for {@code session}, its history in {@code history}. */
  static LineReader reader(Terminal terminal, ReplSession session, Path history) {
    return LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("leibniz")
        .parser(new ReplCompleter.WordParser())
        .completer(new ReplCompleter(session))
        .variable(LineReader.HISTORY_FILE, history)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
  }
}
