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

  /** An ASCII digit only ({@link Character#isDigit} would also take other scripts' digits). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
