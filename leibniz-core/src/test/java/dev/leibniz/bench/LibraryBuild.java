package dev.leibniz.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One build of the library, loaded by a class loader of its own from its classes directory and
 * the libraries it needs, and called through reflection: the three steps of the mix
 * ({@code ExprParser.parse}, {@code Differentiator.derivative}, {@code PlainPrinter.print}).
 * Trees are {@code Object}s here, as they belong to the build's own classes.
 */
final class LibraryBuild {
  /** The build's own class loader, for harnesses that call more of it. */
  final ClassLoader loader;
  private final Method parse;
  private final Method derivative;
  private final Method print;

  /** Loads the build at {@code classes}, with the jars of {@code libraries} (a class path). */
  LibraryBuild(String classes, String libraries) throws ReflectiveOperationException {
    List<URL> urls = new ArrayList<>();
    try {
      urls.add(Path.of(classes).toUri().toURL());
      for (String jar : libraries.split(":")) urls.add(Path.of(jar).toUri().toURL());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
    loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Class<?> expr = loader.loadClass("dev.leibniz.expr.Expr");
    parse = loader.loadClass("dev.leibniz.parse.ExprParser").getMethod("parse", String.class);
    derivative = loader.loadClass("dev.leibniz.diff.Differentiator")
        .getMethod("derivative", expr, String.class);
    print = loader.loadClass("dev.leibniz.print.PlainPrinter").getMethod("print", expr);
  }

  /** The tree of {@code line}; the refusal is thrown as the build threw it. */
  Object parse(String line) throws Exception {
    return call(parse, line);
  }

  Object derivative(Object tree, String variable) throws Exception {
    return call(derivative, tree, variable);
  }

  String print(Object tree) throws Exception {
    return (String) call(print, tree);
  }

  /** The tree of every line the build reads; lines it refuses are left out. */
  List<Object> parseAll(List<String> lines) throws Exception {
    List<Object> trees = new ArrayList<>();
    for (String line : lines) {
      try {
        trees.add(parse(line));
      } catch (RuntimeException refused) {
        // a line the language refuses has no tree
      }
    }
    return trees;
  }

  /**
   * The lines the build reads and differentiates by x, y and z, and twice by x: the workload of
   * the phases after the parse, so that every phase has work for each line. The mix has 46 lines
   * the library refuses since 2026-11-30 (a constant outside its domain such as
   * {@code log(sin(5))}, a negative constant to a varying power such as {@code sin(3+7)^x}).
   */
  List<String> differentiableLines(List<String> lines) throws Exception {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      try {
        Object tree = parse(line);
        derivative(tree, "y");
        derivative(tree, "z");
        derivative(derivative(tree, "x"), "x");
        kept.add(line);
      } catch (RuntimeException refused) {
        // no derivative to time
      }
    }
    return kept;
  }

  /** What {@code step} returns, or the text of its refusal ({@link #refusal}). */
  static String outcome(Callable<String> step) throws Exception {
    try {
      return step.call();
    } catch (RuntimeException refused) {
      return refusal(refused);
    }
  }

  /** The text of a refusal: its class and message, with the column where it has one. */
  private static String refusal(RuntimeException e) {
    try {
      return e.getClass().getSimpleName() + ": " + e.getClass().getMethod("display").invoke(e);
    } catch (ReflectiveOperationException noDisplay) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static Object call(Method method, Object... args) throws Exception {
    try {
      return method.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) throw cause;
      throw e;
    }
  }
}
