package dev.leibniz.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output (UTF-8) as a {@link PrintWriter} that remembers why a write failed. A reader
 * that went away, as when {@code leibniz batch big.txt | head} has read its ten lines, closes the
 * pipe: for a Unix filter that is a normal end, so {@link Main} stops quietly with the status the
 * run had. Any other failure, a full disk, loses answers and is reported.
 */
final class StandardOutput extends PrintWriter {
  private final Recorder recorder;

  /** Writes to {@code out}, through a buffer: call {@link #flush()} to be sure it is written. */
  StandardOutput(OutputStream out) {
    this(new Recorder(out));
  }

  private StandardOutput(Recorder recorder) {
    super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), false);
    this.recorder = recorder;
  }

  /** True if a write failed because the reading end of the pipe was closed. */
  boolean readerGone() {
    IOException failure = recorder.failure;
    return failure != null && isClosedPipe(failure);
  }

  /**
   * True for the error a write to a closed pipe gets (EPIPE; the JVM ignores SIGPIPE, so the
   * write fails instead of the process ending), whose message Linux and macOS both spell
   * "Broken pipe".
   */
  static boolean isClosedPipe(IOException e) {
    String message = e.getMessage();
    return message != null && message.contains("Broken pipe");
  }

  /** Passes bytes through, keeping the first failure. */
  private static final class Recorder extends FilterOutputStream {
    private volatile IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw record(e);
      }
    }

    private IOException record(IOException e) {
      if (failure == null) failure = e;
      return e;
    }
  }
}
