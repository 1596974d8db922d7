package dev.leibniz.matrix;

import dev.leibniz.error.LeibnizException;

/**
 * Chooses the derivative by the shapes (LANGUAGE.md): a scalar by a vector or matrix is the
 * gradient, shaped as the variable ({@link MatrixGradient}); a vector by a vector the Jacobian,
 * KxD ({@link MatrixJacobian}); anything by a scalar keeps the expression's shape
 * ({@link MatrixTangent}). {@link Layout#NUMERATOR} transposes a gradient by a vector or
 * matrix, as the recitation notes write it. A matrix by a matrix, or a vector by a matrix, is
 * a tensor and out of scope.
 */
public final class MatrixDerivatives {
  /** Where a derivative's rows and columns go. */
  public enum Layout {
    /** The gradient has the variable's shape (PyTorch's {@code .grad}, matrixcalculus.org). */
    GRADIENT,
    /** A scalar by an NxM matrix is MxN, by a vector a row vector (the recitation notes). */
    NUMERATOR
  }

  private MatrixDerivatives() {}

  /** The derivative of {@code f} by {@code variable} of shape {@code shape}. */
  public static MatrixExpr of(MatrixExpr f, String variable, Shape shape, Layout layout) {
    Shape fs = f.shape();
    if (shape.isScalar()) {
      return fs.isScalar() ? MatrixGradient.of(f, variable, shape) : MatrixTangent.of(f, variable);
    }
    if (fs.isScalar()) {
      MatrixExpr g = MatrixGradient.of(f, variable, shape);
      return layout == Layout.NUMERATOR ? MatrixBuild.transpose(g) : g;
    }
    if (fs.isVector() && shape.isVector()) return MatrixJacobian.of(f, variable, shape);
    throw new LeibnizException("d/d" + variable + " of a " + ShapeRules.noun(fs) + " by a "
        + ShapeRules.noun(shape) + " is " + tensor(fs, shape) + ", which matrix notation cannot "
        + "write: out of scope; differentiate a scalar of it, e.g. sum(...) or norm2(...)^2");
  }

  /**
   * What a derivative of an {@code fs} by a {@code shape} is when matrix notation cannot write
   * it ({@code "a matrix by a vector (a tensor of order 3)"}), or null when it can: anything by
   * a scalar, a scalar by anything, a vector by a vector.
   */
  public static String tensor(Shape fs, Shape shape) {
    if (shape.isScalar() || fs.isScalar() || fs.isVector() && shape.isVector()) return null;
    return fs.isVector() ? "a vector by a matrix (a tensor of order 3)"
        : shape.isVector() ? "a matrix by a vector (a tensor of order 3)"
        : "a matrix by a matrix (a tensor of order 4)";
  }
}
