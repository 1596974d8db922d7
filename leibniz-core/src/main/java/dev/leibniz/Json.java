package dev.leibniz;

/**
 * Writes one JSON object, field after field (RFC 8259): strings are escaped so that any Java
 * string, lone surrogates and control characters included, becomes valid JSON. Public for the
 * front ends that write records of their own beside {@link BatchLine#toJson()} (the matrix batch).
 *
 * <pre>{@code
 * new Json().field("input", "x^2").field("error", null).end();  // {"input":"x^2","error":null}
 * }</pre>
 */
public final class Json {
  private final StringBuilder out = new StringBuilder("{");

  /** Adds a string field; null writes {@code null}. */
  public Json field(String name, String value) {
    return raw(name, value == null ? "null" : quote(value));
  }

  /** Adds a number field. */
  public Json field(String name, long value) {
    return raw(name, Long.toString(value));
  }

  /** Adds a {@code true} or {@code false} field. */
  public Json field(String name, boolean value) {
    return raw(name, Boolean.toString(value));
  }

  /** Adds a field whose value is already JSON. */
  public Json raw(String name, String json) {
    if (out.length() > 1) out.append(',');
    out.append(quote(name)).append(':').append(json);
    return this;
  }

  /** The object, closed. */
  public String end() {
    return out + "}";
  }

  /** {@code strings} as a JSON array of string literals. */
  public static String array(java.util.List<String> strings) {
    StringBuilder a = new StringBuilder("[");
    for (String s : strings) a.append(a.length() > 1 ? "," : "").append(quote(s));
    return a.append(']').toString();
  }

  /** {@code s} as a JSON string literal, quotes included. */
  public static String quote(String s) {
    StringBuilder q = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': q.append("\\\""); break;
        case '\\': q.append("\\\\"); break;
        case '\n': q.append("\\n"); break;
        case '\r': q.append("\\r"); break;
        case '\t': q.append("\\t"); break;
        case '\b': q.append("\\b"); break;
        case '\f': q.append("\\f"); break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || isLoneSurrogate(s, i)) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
      }
    }
    return q.append('"').toString();
  }

  /** True for a surrogate that is not half of a pair, which UTF-8 cannot encode. */
  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
