package dev.fundingkit.io;

import java.util.Objects;

/**
 * Strict reading of decimal numbers from text: {@code 0.0001}, {@code -1.5e-05}, {@code .5}.
 *
 * <p>Stricter than {@link Double#parseDouble(String)} on purpose: that method also accepts
 * {@code NaN}, {@code Infinity}, hexadecimal floats and the suffixes {@code d}/{@code f}, none
 * of which belongs in a rate or a price. Surrounding blanks are ignored.
 *
 * <p>Stateless and thread-safe.
 */
public final class Decimals {

  /** Longest text read as a number (a double has 17 significant digits and a 3-digit exponent). */
  private static final int MAX_LENGTH = 400;

  private Decimals() {}

  /**
   * Reads a finite decimal number.
   *
   * @param text the text, such as {@code -0.00307} or {@code 2.583e-05}
   * @return the nearest double, with {@code -0.0} normalised to {@code 0.0}
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a plain decimal number (NaN,
   *     infinity, hexadecimal, empty) or its magnitude overflows a double
   */
  public static double parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty cell where a decimal number was expected");
    }
    // A number is short; the length check also keeps the pattern linear on a huge cell.
    if (s.length() > MAX_LENGTH || !isPlainDecimal(s)) {
      throw new IllegalArgumentException(Cells.quote(s) + " is not a decimal number");
    }
    double value = Double.parseDouble(s);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(Cells.quote(s) + " is too large for a double");
    }
    return value + 0.0;
  }

  /**
   * Whether {@code s} is {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}, scanned by hand: a
   * regular-expression match per cell was the largest cost of reading a million-row file.
   */
  static boolean isPlainDecimal(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int intDigits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      intDigits++;
    }
    int fracDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        fracDigits++;
      }
    }
    if (intDigits == 0 && fracDigits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int expDigits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  /** Longest cell {@link #parseAscii} reads itself; anything longer goes the general way. */
  private static final int FAST_LENGTH = 40;

  /** Exact powers of ten: every one up to 10^22 is a double without rounding. */
  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /**
   * Reads the common short forms of a decimal from ASCII bytes ({@code 0.0001047625293},
   * {@code -8.2e-05}) without making a string, or says it cannot: the CSV fast path's number
   * reader. The text must be {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?} already trimmed,
   * at most 40 bytes, with at most 15 significant digits and a decimal exponent within ±22
   * once the point is moved behind the digits: then the significand and the power of ten are
   * both exact doubles and one multiplication or division rounds correctly (Clinger's fast
   * path), so the result is bit for bit {@link #parse}'s. Anything else returns NaN and the
   * caller goes the general way, with its errors.
   *
   * @return the value ({@code -0.0} as {@code 0.0}), or NaN when this reader does not decide
   */
  static double parseAscii(byte[] b, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > FAST_LENGTH) {
      return Double.NaN;
    }
    int i = from;
    boolean negative = false;
    if (b[i] == '-' || b[i] == '+') {
      negative = b[i] == '-';
      i++;
    }
    long significand = 0;
    int digits = 0; // significant digits, leading zeros not counted
    int intDigits = 0;
    int fracDigits = 0;
    int scale = 0; // the value is significand * 10^(exponent - scale)
    while (i < to && b[i] >= '0' && b[i] <= '9') {
      int d = b[i] - '0';
      if (digits > 0 || d != 0) {
        significand = significand * 10 + d;
        digits++;
      }
      intDigits++;
      i++;
    }
    if (i < to && b[i] == '.') {
      i++;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        int d = b[i] - '0';
        if (digits > 0 || d != 0) {
          significand = significand * 10 + d;
          digits++;
        }
        fracDigits++;
        scale++;
        i++;
      }
    }
    if (intDigits == 0 && fracDigits == 0 || digits > 15) {
      return Double.NaN;
    }
    int exponent = 0;
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        negativeExponent = b[i] == '-';
        i++;
      }
      int expDigits = 0;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        // Capped: an exponent this large is out of the fast path's range anyway.
        exponent = Math.min(exponent * 10 + (b[i] - '0'), 100_000);
        expDigits++;
        i++;
      }
      if (expDigits == 0) {
        return Double.NaN;
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    if (i != to) {
      return Double.NaN;
    }
    double value;
    if (significand == 0) {
      value = 0.0;
    } else {
      int e = exponent - scale;
      if (e < -22 || e > 22) {
        return Double.NaN;
      }
      value = e >= 0 ? significand * POWERS[e] : significand / POWERS[-e];
    }
    return (negative ? -value : value) + 0.0;
  }

  /** An ASCII digit only ({@link Character#isDigit} would also take other scripts' digits). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
