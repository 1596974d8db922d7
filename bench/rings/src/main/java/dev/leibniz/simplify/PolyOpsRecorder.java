package dev.leibniz.simplify;

import java.io.PrintWriter;
import java.util.Map;
import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Records the polynomial operations the simplifier performs, as it performs them, without a hook
 * in its code: a Byte Buddy agent wraps {@code PolyGcd.gcd}, {@code Factorizer.factor} and
 * {@code Fraction.cancel} with advice that writes each outermost call's arguments (a gcd inside a
 * factorisation is recorded as a gcd too, since Rings would replace it as well; a gcd inside a
 * gcd is not). Each line: {@code set kind arity polynomials...}, tab-separated, in
 * {@link PolyText}'s notation; a cancel's denominator factors are {@code poly^multiplicity}.
 */
public final class PolyOpsRecorder {
  private static PrintWriter out;
  private static String set = "none";
  private static final int[] depth = new int[3];
  private static final long[] counts = new long[3];

  private PolyOpsRecorder() {}

  /** Installs the agent; call before the simplifier's classes are first used. */
  public static void install(PrintWriter sink) {
    out = sink;
    new AgentBuilder.Default()
        .disableClassFormatChanges()
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        .type(ElementMatchers.named("dev.leibniz.simplify.PolyGcd"))
        .transform((b, type, loader, module, domain) -> b.visit(
            Advice.to(GcdAdvice.class).on(ElementMatchers.named("gcd")
                .and(ElementMatchers.takesArguments(2)))))
        .type(ElementMatchers.named("dev.leibniz.simplify.Factorizer"))
        .transform((b, type, loader, module, domain) -> b.visit(
            Advice.to(FactorAdvice.class).on(ElementMatchers.named("factor"))))
        .type(ElementMatchers.named("dev.leibniz.simplify.Fraction"))
        .transform((b, type, loader, module, domain) -> b.visit(
            Advice.to(CancelAdvice.class).on(ElementMatchers.named("cancel"))))
        .installOn(ByteBuddyAgent.install());
  }

  /** The name of the workload whose operations follow ("textbook", "mix", "large"). */
  public static void startSet(String name) {
    set = name;
  }

  /** Operations recorded so far: gcd, factor, cancel. */
  public static long[] counts() {
    return counts.clone();
  }

  public static void enter(int kind, Object a, Object b) {
    if (depth[kind]++ > 0) return;
    counts[kind]++;
    StringBuilder line = new StringBuilder(set).append('\t');
    if (kind == 0) {
      Poly pa = (Poly) a;
      line.append("gcd\t").append(pa.arity()).append('\t').append(PolyText.write(pa))
          .append('\t').append(PolyText.write((Poly) b));
    } else if (kind == 1) {
      Poly p = (Poly) a;
      line.append("factor\t").append(p.arity()).append('\t').append(PolyText.write(p));
    } else {
      Fraction f = (Fraction) a;
      line.append("cancel\t").append(f.numerator().arity()).append('\t')
          .append(PolyText.write(f.numerator()));
      for (Map.Entry<Poly, Integer> e : f.denominator().entrySet()) {
        line.append('\t').append(PolyText.write(e.getKey())).append('^').append(e.getValue());
      }
    }
    out.println(line);
  }

  public static void exit(int kind) {
    depth[kind]--;
  }

  /** Advice inlined into PolyGcd.gcd. */
  public static final class GcdAdvice {
    @Advice.OnMethodEnter
    static void enter(@Advice.Argument(0) Object a, @Advice.Argument(1) Object b) {
      PolyOpsRecorder.enter(0, a, b);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    static void exit() {
      PolyOpsRecorder.exit(0);
    }
  }

  /** Advice inlined into Factorizer.factor. */
  public static final class FactorAdvice {
    @Advice.OnMethodEnter
    static void enter(@Advice.Argument(0) Object p) {
      PolyOpsRecorder.enter(1, p, null);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    static void exit() {
      PolyOpsRecorder.exit(1);
    }
  }

  /** Advice inlined into Fraction.cancel. */
  public static final class CancelAdvice {
    @Advice.OnMethodEnter
    static void enter(@Advice.This Object fraction) {
      PolyOpsRecorder.enter(2, fraction, null);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    static void exit() {
      PolyOpsRecorder.exit(2);
    }
  }
}
