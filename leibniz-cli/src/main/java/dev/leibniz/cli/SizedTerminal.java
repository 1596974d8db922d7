package dev.leibniz.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * A terminal whose size the line editor can use. Some terminals, pipes and serial lines report
 * a width or height of 0 (or less), which means "unknown"; JLine takes it literally and cuts the
 * prompt to {@code >....}. Such a side is read as the usual 80 columns or 24 rows, and every
 * other call goes to the terminal itself. The terminal is asked afresh each time, so a real size
 * reported after a resize is used as it comes.
 *
 * <pre>{@code
 * Terminal t = SizedTerminal.of(TerminalBuilder.builder().system(true).build());
 * t.getWidth();   // 80 where the terminal says 0
 * }</pre>
 */
final class SizedTerminal {
  static final int DEFAULT_COLUMNS = 80;
  static final int DEFAULT_ROWS = 24;

  private SizedTerminal() {}

  /** {@code reported} with a side of 0 or less taken as unknown: 80 columns, 24 rows. */
  static Size usable(Size reported) {
    int columns = reported.getColumns() > 0 ? reported.getColumns() : DEFAULT_COLUMNS;
    int rows = reported.getRows() > 0 ? reported.getRows() : DEFAULT_ROWS;
    return new Size(columns, rows);
  }

  /** {@code terminal}, its size (and buffer size, width and height) made {@link #usable}. */
  static Terminal of(Terminal terminal) {
    InvocationHandler sized = (proxy, method, args) -> {
      switch (method.getName()) {
        case "getSize":
          return usable(terminal.getSize());
        case "getBufferSize":
          return usable(terminal.getBufferSize());
        case "getWidth":
          return usable(terminal.getSize()).getColumns();
        case "getHeight":
          return usable(terminal.getSize()).getRows();
        default:
          return forward(terminal, method, args);
      }
    };
    return (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(),
        new Class<?>[] {Terminal.class}, sized);
  }

  /** Calls {@code method} on {@code terminal}, throwing what it throws. */
  private static Object forward(Terminal terminal, Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(terminal, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
