package dev.fundingkit.core.series;

import java.util.Locale;

/**
 * What kind of rate a series holds. Venues publish several figures under the name "funding
 * rate" and they must not be mixed silently: OKX's {@code fundingRate} history is the settled
 * rate while its {@code realizedRate} is what was actually paid after adjustments, and a
 * venue's live endpoint returns a prediction for the interval in progress.
 */
public enum RateKind {
  /** The rate the venue settled at the end of each interval (a funding history). */
  SETTLED,
  /** A rate predicted during an interval for its end (a live or "next" funding rate). */
  PREDICTED,
  /** What was actually paid, where the venue reports it apart from the settled rate. */
  REALIZED,
  /**
   * A special settlement outside the regular schedule (an emergency settlement, a dividend
   * style payment), kept apart so it never enters averages as a regular rate.
   */
  SPECIAL;

  /**
   * The lower-case word used in reports and JSON ({@code settled}, {@code predicted}, …).
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
