package dev.fundingkit.io;

import java.util.Objects;

/**
 * Keeps the CSV rows whose cell in {@code column} equals {@code value} (after trimming blanks),
 * such as {@code symbol=BTCUSDT}.
 *
 * <p>{@link #toString()} writes {@code COLUMN=VALUE} and {@link #parse(CharSequence)} reads it
 * back. Immutable and thread-safe.
 *
 * @param column the header name of the column, not blank
 * @param value the value a kept row has in that column
 */
public record RowFilter(String column, String value) {

  /**
   * Validates the parts.
   *
   * @param column the header name of the column, not blank
   * @param value the value a kept row has in that column
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public RowFilter {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    column = column.trim();
    value = value.trim();
    if (column.isEmpty()) {
      throw new IllegalArgumentException("column must not be blank, was '" + column + "'");
    }
  }

  /**
   * Reads {@code COLUMN=VALUE}, split at the first {@code =}.
   *
   * @param text the filter, such as {@code symbol=BTCUSDT}
   * @return the filter
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if there is no {@code =} or the column is blank
   */
  public static RowFilter parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int eq = s.indexOf('=');
    if (eq <= 0 || s.substring(0, eq).isBlank()) {
      throw new IllegalArgumentException(
          "filter must look like COLUMN=VALUE (symbol=BTCUSDT), was '" + s + "'");
    }
    return new RowFilter(s.substring(0, eq), s.substring(eq + 1));
  }

  /**
   * Whether a cell passes this filter.
   *
   * @param cell the row's cell in {@link #column()}
   * @return {@code true} if the trimmed cell equals {@link #value()}
   */
  public boolean keeps(String cell) {
    return cell != null && cell.trim().equals(value);
  }

  /** {@code COLUMN=VALUE}, read back by {@link #parse(CharSequence)}. */
  @Override
  public String toString() {
    return column + "=" + value;
  }
}
