package dev.leibniz.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Starts a REPL: at a terminal the line editor ({@link ReplTerminal}); on a pipe a plain loop
 * that prints only results, one per line, with no prompt, banner or escape code, errors on
 * standard error, and ends with exit status 1 if any line failed.
 */
final class Repl {
  private Repl() {}

  /** Runs a session reading {@code in} until its end or {@code :quit}; the exit code. */
  static int run(InputStream in, PrintWriter out, PrintWriter err) {
    if (in == System.in && System.console() != null) {
      return ReplTerminal.run(new ReplSession(true));
    }
    return pipe(new ReplSession(false), in, out, err);
  }

  /** The loop for input that is not a terminal. */
  static int pipe(ReplSession session, InputStream in, PrintWriter out, PrintWriter err) {
    boolean anyFailed = false;
    try (InputLines lines = InputLines.of(in)) {
      String line;
      while (!session.finished() && (line = lines.next()) != null) {
        String reply = session.handle(line);
        if (session.failed()) {
          anyFailed = true;
          err.println(reply);
          err.flush();
        } else if (!reply.isEmpty()) {
          out.println(reply);
          // A reader that went away (| head) ends the session: nobody reads the rest.
          if (out.checkError()) break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return anyFailed ? Main.EXIT_ERROR : 0;
  }
}
