package dev.fundingkit.flink;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;

/**
 * One venue's funding reading for a symbol, flattened for Flink: the input of the cross-venue
 * aggregation, mapping one to one onto the library's {@code VenueReading}.
 *
 * @param venue the venue id
 * @param symbol the common symbol the venues are aggregated under
 * @param observedMillis when the reading was taken (its event time)
 * @param value the rate, fraction per {@code intervalMillis}, finite
 * @param intervalMillis the interval the rate is per, positive
 * @param openInterest open interest in a common currency, zero or more
 * @param volume traded volume over a common window, zero or more
 */
public record VenueRateReading(String venue, String symbol, long observedMillis, double value,
    long intervalMillis, double openInterest, double volume) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the components.
   *
   * @param venue the venue id, not blank
   * @param symbol the symbol, not blank
   * @param observedMillis the observation instant
   * @param value the rate, finite
   * @param intervalMillis the interval, positive
   * @param openInterest zero or more
   * @param volume zero or more
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException if a label is blank, a number is out of range
   */
  public VenueRateReading {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    value = ArgChecks.finite("value", value);
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
    }
    openInterest = ArgChecks.nonNegative("openInterest", openInterest);
    volume = ArgChecks.nonNegative("volume", volume);
  }
}
