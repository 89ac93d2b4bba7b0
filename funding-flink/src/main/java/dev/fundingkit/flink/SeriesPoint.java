package dev.fundingkit.flink;

import dev.fundingkit.core.series.IntervalSource;
import java.io.Serializable;
import java.util.Objects;

/**
 * One point of a closed {@code FundingSeries} segment, flattened for Flink: the point exactly as
 * the library's series holds it (instant, value, interval, interval source) and the
 * settlements missing just before it ({@code FundingSeries.missingBefore}).
 *
 * @param venue the venue id
 * @param symbol the symbol
 * @param segmentStartMillis the start (inclusive) of the segment the point closed in
 * @param epochMillis the settlement instant
 * @param value the rate, fraction per {@code intervalMillis}
 * @param intervalMillis the point's interval (declared, or inferred by the library)
 * @param source where the interval came from
 * @param missingBefore settlements missing between the key's previous point and this one
 *     (zero for the key's first point)
 */
public record SeriesPoint(String venue, String symbol, long segmentStartMillis,
    long epochMillis, double value, long intervalMillis, IntervalSource source,
    long missingBefore) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the components.
   *
   * @param venue the venue id, not blank
   * @param symbol the symbol, not blank
   * @param segmentStartMillis the segment start
   * @param epochMillis the settlement instant
   * @param value the rate
   * @param intervalMillis the interval, positive
   * @param source the interval's source
   * @param missingBefore zero or more
   * @throws NullPointerException if a label or {@code source} is null
   * @throws IllegalArgumentException if a label is blank, the interval is not positive or
   *     {@code missingBefore} is negative
   */
  public SeriesPoint {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    Objects.requireNonNull(source, "source");
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
    }
    if (missingBefore < 0) {
      throw new IllegalArgumentException("missingBefore must be >= 0, was " + missingBefore);
    }
  }
}
