package dev.leibniz.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording and prints where the samples fall ({@code jdk.ExecutionSample}): the
 * methods on top of the stack (self time), the same with the JDK and library frames above them
 * up to the first of ours, and the methods anywhere on the stack (total time), each as a share
 * of all samples. {@code bench/profile} runs it after {@link ProfileMain}.
 */
public final class Hotspots {
  private Hotspots() {}

  public static void main(String[] args) throws IOException {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> callers = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
      if (e.getStackTrace() == null) continue;
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty()) continue;
      samples++;
      self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      callers.merge(callerChain(frames), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String m = name(f.getMethod());
        if (seen.add(m)) total.merge(m, 1, Integer::sum);
      }
    }
    System.out.printf("%,d samples%n%nself%n", samples);
    print(self, samples, top);
    System.out.printf("%nself, with the first callers outside the JDK%n");
    print(callers, samples, top);
    System.out.printf("%ntotal (self and callees)%n");
    print(total, samples, top);
  }

  /** {@code ExprBuilder.visitSum < ArrayList.grow < Arrays.copyOf}: JDK frames up to ours. */
  private static String callerChain(List<RecordedFrame> frames) {
    StringBuilder sb = new StringBuilder(name(frames.get(0).getMethod()));
    for (int i = 1; i < frames.size() && i < 6; i++) {
      String type = frames.get(i - 1).getMethod().getType().getName();
      if (type.startsWith("dev.leibniz")) break;
      sb.insert(0, name(frames.get(i).getMethod()) + " < ");
    }
    return sb.toString();
  }

  private static String name(RecordedMethod m) {
    String type = m.getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
  }

  private static void print(Map<String, Integer> counts, int samples, int top) {
    counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(top)
        .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples,
            e.getKey()));
  }
}
