package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal that reports a width or height of 0 or less (some dumb terminals and pipes) is
 * edited as 80 columns by 24 rows, so the prompt is shown whole; a real size is kept.
 */
class SizedTerminalTest {
  @TempDir
  Path dir;

  @Test
  void aSideOfZeroOrLessIsUnknownAndReadAsTheDefault() {
    assertSize(80, 24, SizedTerminal.usable(new Size(0, 0)));
    assertSize(80, 40, SizedTerminal.usable(new Size(-1, 40)));
    assertSize(132, 24, SizedTerminal.usable(new Size(132, 0)));
    assertSize(100, 30, SizedTerminal.usable(new Size(100, 30)));
    assertSize(1, 1, SizedTerminal.usable(new Size(1, 1)));
  }

  @Test
  void theLineEditorShowsThePromptWholeOnATerminalOfNoSize() throws IOException {
    assertEquals("leibniz> x^2*sin(x)", edit(0, 0, true));
    assertEquals("leibniz> x^2*sin(x)", edit(80, 0, true));
    assertEquals("leibniz> x^2*sin(x)", edit(0, 24, true));
  }

  /** Without the fallback, JLine cuts the prompt on such a terminal: the fault this mends. */
  @Test
  void theTerminalAloneCutsThePrompt() throws IOException {
    assertEquals(">....", edit(0, 0, false).substring(0, 5));
  }

  @Test
  void theSizedTerminalAnswersEveryOtherCallItself() throws IOException {
    try (Terminal raw = terminal(new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), 0, 0)) {
      Terminal sized = SizedTerminal.of(raw);
      assertEquals(80, sized.getWidth());
      assertEquals(24, sized.getHeight());
      assertSize(80, 24, sized.getBufferSize());
      assertEquals(raw.getType(), sized.getType());
      assertEquals(raw.getName(), sized.getName());
      raw.setSize(new Size(120, 50));
      assertSize(120, 50, sized.getSize());
    }
  }

  /**
   * What the REPL's line editor shows when {@code x^2*sin(x)} is typed at a terminal of
   * {@code columns} by {@code rows}, {@link SizedTerminal} or not: the editor's last line, the
   * prompt and the line typed, with the escape codes and
   * other control characters dropped.
   */
  private String edit(int columns, int rows, boolean sized) throws IOException {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    // A pipe kept open while the line is read: the keys typed, then nothing (not an end).
    PipedOutputStream keys = new PipedOutputStream();
    PipedInputStream typed = new PipedInputStream(keys);
    try (Terminal raw = terminal(typed, shown, columns, rows); keys) {
      // Typed once the terminal echoes nothing: its reader thread starts as it is made, and
      // would echo keys already waiting, before the line editor shows its prompt.
      keys.write("x^2*sin(x)\r".getBytes(StandardCharsets.UTF_8));
      Terminal terminal = sized ? SizedTerminal.of(raw) : raw;
      LineReader reader = ReplTerminal.reader(terminal, new ReplSession(true),
          dir.resolve("history"));
      String line = reader.readLine("leibniz> ");
      assertEquals("x^2*sin(x)", line);
    }
    String text = shown.toString(StandardCharsets.UTF_8)
        .replaceAll("\u001b\\[[?0-9;]*[A-Za-z]|\u001b[=>]|[\\x00-\\x09\\x0b-\\x1f]", "")
        .strip();
    return text.substring(text.lastIndexOf('\n') + 1).strip();
  }

  /** An xterm on {@code in} and {@code out} that reports {@code columns} by {@code rows}. */
  private static Terminal terminal(InputStream in, OutputStream out, int columns, int rows)
      throws IOException {
    Terminal t = new ExternalTerminal("test", "xterm", in, out, StandardCharsets.UTF_8);
    t.setSize(new Size(columns, rows));
    // No echo of its own: the keys reach the terminal before the editor enters raw mode, and
    // its echo of them could interleave with the editor's line.
    t.echo(false);
    return t;
  }

  private static void assertSize(int columns, int rows, Size size) {
    assertEquals(columns + "x" + rows, size.getColumns() + "x" + size.getRows());
  }
}
