package dev.fundingkit.core.series;

import java.util.Locale;

/**
 * Where the interval of a funding rate came from. A rate read with the wrong or an assumed
 * interval is the most common funding bug in trading tools; a {@link FundingSeries} records,
 * for every point, how its interval became known, so a consumer can refuse or flag what it
 * does not trust.
 */
public enum IntervalSource {
  /** The data said so: a venue payload's interval field, a file's interval column. */
  DECLARED,
  /**
   * Recovered from the spacing of settlements by the library's one interval inference,
   * {@link dev.fundingkit.core.schedule.IntervalInference}.
   */
  INFERRED,
  /** A default the caller chose (a venue's nominal interval, a command-line option). */
  ASSUMED;

  /**
   * The lower-case word used in reports and JSON ({@code declared}, {@code inferred},
   * {@code assumed}).
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The source named by a label or a constant name, ignoring case.
   *
   * @param text {@code declared}, {@code inferred} or {@code assumed}, any case
   * @return the source
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if no source has that name
   */
  public static IntervalSource parse(CharSequence text) {
    String s = text.toString().trim().toUpperCase(Locale.ROOT);
    for (IntervalSource source : values()) {
      if (source.name().equals(s)) {
        return source;
      }
    }
    throw new IllegalArgumentException(
        "interval source must be declared, inferred or assumed, was '" + text + "'");
  }
}
