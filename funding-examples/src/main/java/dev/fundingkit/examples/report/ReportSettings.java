package dev.fundingkit.examples.report;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;

/**
 * How a report is computed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param perHour whether rates are divided by their interval in hours before fitting, for
 *     series whose interval changes
 * @param annualBorrow the spot borrow rate of the reverse carry, a fraction a year, finite and
 *     {@code >= 0}
 * @param halfLifeWindow the span of each rolling half-life fit, positive
 * @param halfLifeStep how far successive rolling fits move, positive
 */
public record ReportSettings(boolean perHour, double annualBorrow, Duration halfLifeWindow,
    Duration halfLifeStep) {

  /** Per interval, 8% borrow (domain brief §5), 90-day windows every 30 days. */
  public static final ReportSettings DEFAULT =
      new ReportSettings(false, 0.08, Duration.ofDays(90), Duration.ofDays(30));

  /**
   * Validates the settings.
   *
   * @param perHour whether rates are normalised per hour before fitting
   * @param annualBorrow the borrow rate a year, finite and {@code >= 0}
   * @param halfLifeWindow the rolling window, positive
   * @param halfLifeStep the rolling step, positive
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public ReportSettings {
    annualBorrow = ArgChecks.nonNegative("annualBorrow", annualBorrow) + 0.0;
    ArgChecks.positive("halfLifeWindow", halfLifeWindow);
    ArgChecks.positive("halfLifeStep", halfLifeStep);
  }

  /**
   * A copy with per-hour normalisation on or off.
   *
   * @param value true to fit per-hour rates
   * @return the copy
   */
  public ReportSettings withPerHour(boolean value) {
    return new ReportSettings(value, annualBorrow, halfLifeWindow, halfLifeStep);
  }

  /**
   * A copy with another borrow rate.
   *
   * @param value a fraction a year, finite and {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException if the value is negative or not finite
   */
  public ReportSettings withAnnualBorrow(double value) {
    return new ReportSettings(perHour, value, halfLifeWindow, halfLifeStep);
  }
}
