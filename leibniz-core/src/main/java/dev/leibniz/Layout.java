package dev.leibniz;

/**
 * Where the rows and columns of a derivative by a vector or matrix go (LANGUAGE.md).
 */
public enum Layout {
  /** The gradient has the variable's shape (PyTorch's {@code .grad}, matrixcalculus.org). */
  GRADIENT,
  /**
   * The recitation notes' layout: a scalar by an NxM matrix gives MxN, by a vector a row
   * vector; a vector by a vector is the Jacobian in both.
   */
  NUMERATOR;

  dev.leibniz.matrix.MatrixDerivatives.Layout inner() {
    return this == GRADIENT ? dev.leibniz.matrix.MatrixDerivatives.Layout.GRADIENT
        : dev.leibniz.matrix.MatrixDerivatives.Layout.NUMERATOR;
  }
}
