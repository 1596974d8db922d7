package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The arity rule is one rule, asked by both parsers: its words for each reduction. */
class ShapeRulesTest {
  @Test
  void arityNamesWhatEachTakes() {
    assertNull(ShapeRules.arity(Reduction.ONES, 1));
    assertNull(ShapeRules.arity(Reduction.ONES, 2));
    assertEquals("'ones' takes one or two sizes", ShapeRules.arity(Reduction.ONES, 3));
    assertEquals("'ones' takes one or two sizes", ShapeRules.arity(Reduction.ONES, 0));
    assertNull(ShapeRules.arity(Reduction.EYE, 1));
    assertEquals("'eye' takes one size", ShapeRules.arity(Reduction.EYE, 2));
    assertNull(ShapeRules.arity(Reduction.DOT, 2));
    assertEquals("'dot' takes two arguments", ShapeRules.arity(Reduction.DOT, 1));
    assertEquals("'det' takes one argument", ShapeRules.arity(Reduction.DET, 2));
  }
}
