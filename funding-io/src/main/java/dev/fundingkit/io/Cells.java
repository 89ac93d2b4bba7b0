package dev.fundingkit.io;

/**
 * Quoting of cell and header text for error messages: a message is one line and short, whatever
 * the file holds. Stateless.
 */
final class Cells {

  /** Longest cell text echoed in a message; longer text is cut and its length given. */
  static final int MAX_SHOWN = 40;

  private Cells() {}

  /**
   * The text in single quotes, with control and non-printable characters escaped as
   * {@code \\uXXXX}, cut after {@link #MAX_SHOWN} characters ({@code 'abc…' (10485760 chars)}),
   * and described as binary when most of it is not text.
   */
  static String quote(CharSequence text) {
    int n = text.length();
    if (n > 0 && isBinary(text)) {
      return "binary data (" + n + " chars)";
    }
    StringBuilder sb = new StringBuilder(Math.min(n, MAX_SHOWN) + 16).append('\'');
    int shown = Math.min(n, MAX_SHOWN);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfffd) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append(n > shown ? "…'" : "'");
    if (n > shown) {
      sb.append(" (").append(n).append(" chars)");
    }
    return sb.toString();
  }

  private static boolean isBinary(CharSequence text) {
    int n = Math.min(text.length(), 256);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || c == 0xfffd) {
        bad++;
      }
    }
    return bad * 10 > n;
  }
}
