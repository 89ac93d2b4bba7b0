package dev.fundingkit.flink;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.series.IntervalSource;
import java.io.Serializable;
import java.util.Objects;

/**
 * One settled funding rate as it travels through a Flink job: a flat record of primitives and
 * strings, so Flink's POJO serializer carries it without Kryo.
 *
 * @param venue the venue id, not blank
 * @param symbol the symbol, not blank
 * @param epochMillis the settlement instant, epoch milliseconds
 * @param value the rate, fraction per {@code intervalMillis}, finite ({@code -0.0} stored as
 *     {@code 0.0})
 * @param intervalMillis the interval the rate is per, milliseconds; {@code 0} when the venue
 *     did not say (the series operator then infers it)
 * @param source where a known interval came from ({@code DECLARED} or {@code ASSUMED});
 *     ignored when {@code intervalMillis} is {@code 0}
 */
public record FundingEvent(String venue, String symbol, long epochMillis, double value,
    long intervalMillis, IntervalSource source) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the components.
   *
   * @param venue the venue id, not blank
   * @param symbol the symbol, not blank
   * @param epochMillis the settlement instant
   * @param value the rate, finite
   * @param intervalMillis the interval, zero (unknown) or positive
   * @param source where the interval came from
   * @throws NullPointerException if {@code venue}, {@code symbol} or {@code source} is null
   * @throws IllegalArgumentException if a label is blank, the value is not finite or the
   *     interval is negative
   */
  public FundingEvent {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    Objects.requireNonNull(source, "source");
    value = ArgChecks.finite("value", value);
    if (intervalMillis < 0) {
      throw new IllegalArgumentException("intervalMillis must be >= 0, was " + intervalMillis);
    }
  }

  /**
   * A rate whose interval the venue declared.
   *
   * @param venue the venue id
   * @param symbol the symbol
   * @param epochMillis the settlement instant
   * @param value the rate per {@code intervalMillis}
   * @param intervalMillis the declared interval, positive
   * @return the event
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException as the constructor, or if the interval is not positive
   */
  public static FundingEvent declared(String venue, String symbol, long epochMillis,
      double value, long intervalMillis) {
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
    }
    return new FundingEvent(venue, symbol, epochMillis, value, intervalMillis,
        IntervalSource.DECLARED);
  }

  /**
   * A rate whose interval is not known and will be inferred from the spacing.
   *
   * @param venue the venue id
   * @param symbol the symbol
   * @param epochMillis the settlement instant
   * @param value the rate
   * @return the event
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException as the constructor
   */
  public static FundingEvent undeclared(String venue, String symbol, long epochMillis,
      double value) {
    return new FundingEvent(venue, symbol, epochMillis, value, 0, IntervalSource.INFERRED);
  }

  /**
   * The (venue, symbol) key the series operators are keyed by.
   *
   * @return {@code venue + '|' + symbol}
   */
  public String key() {
    return Keys.of(venue, symbol);
  }
}
