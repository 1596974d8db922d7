package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The samples of every node kind really cover every kind {@link Expr} permits. */
class NodeSamplesTest {
  @Test
  void theSamplesCoverEveryPermittedKind() {
    Set<Class<?>> permitted = Set.of(Expr.class.getPermittedSubclasses());
    Set<Class<?>> sampled = NodeSamples.ONE_OF_EACH.stream().map(Object::getClass)
        .collect(Collectors.toSet());
    assertEquals(permitted, sampled, Arrays.toString(Expr.class.getPermittedSubclasses()));
  }
}
