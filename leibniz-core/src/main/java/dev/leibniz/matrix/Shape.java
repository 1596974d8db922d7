package dev.leibniz.matrix;

/**
 * The shape of a value: rows by columns. A column vector of N entries is Nx1 and written
 * {@code N}, a row vector {@code 1xN}, a scalar 1x1 ({@code scalar} in a shape tag).
 *
 * <pre>{@code
 * Shape.parse("3x4").toString();   // 3x4
 * Shape.of(4, 1).toString();       // 4
 * }</pre>
 */
public record Shape(int rows, int columns) {
  /** The shape of a scalar. */
  public static final Shape SCALAR = new Shape(1, 1);

  /** Sizes this large are refused: the numeric proof builds matrices of them. */
  public static final int MAX_SIZE = 10_000;

  public Shape {
    if (rows < 1 || columns < 1) throw new IllegalArgumentException("sizes must be positive");
  }

  /** {@code rows x columns}. */
  public static Shape of(int rows, int columns) {
    return rows == 1 && columns == 1 ? SCALAR : new Shape(rows, columns);
  }

  /** A column vector of {@code n} entries. */
  public static Shape column(int n) {
    return of(n, 1);
  }

  /**
   * Reads {@code N}, {@code RxC} (or {@code R×C}); null if the text is not a shape or a size is
   * not a positive integer up to {@link #MAX_SIZE}.
   */
  public static Shape parse(String text) {
    String t = text.strip().replace('\u00D7', 'x').replace(" ", "");
    int x = t.indexOf('x');
    Integer rows = size(x < 0 ? t : t.substring(0, x));
    Integer columns = x < 0 ? Integer.valueOf(1) : size(t.substring(x + 1));
    return rows == null || columns == null ? null : of(rows, columns);
  }

  private static Integer size(String digits) {
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int n = Integer.parseInt(digits);
    return n >= 1 && n <= MAX_SIZE ? n : null;
  }

  public boolean isScalar() {
    return rows == 1 && columns == 1;
  }

  /** Nx1 or 1xN with N > 1. */
  public boolean isVector() {
    return !isScalar() && (rows == 1 || columns == 1);
  }

  public boolean isSquare() {
    return rows == columns;
  }

  /** The number of entries. */
  public int size() {
    return rows * columns;
  }

  public Shape transposed() {
    return of(columns, rows);
  }

  /** {@code 3x4}, {@code 4} for a column vector, {@code 1x4} for a row, {@code scalar}. */
  @Override
  public String toString() {
    if (isScalar()) return "scalar";
    return columns == 1 ? Integer.toString(rows) : rows + "x" + columns;
  }

  /** {@code 3x4}, a column vector {@code 4}, a scalar {@code 1x1}: as declared. */
  public String declared() {
    return isScalar() ? "1x1" : toString();
  }
}
