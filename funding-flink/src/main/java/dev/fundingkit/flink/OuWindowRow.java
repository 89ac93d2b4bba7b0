package dev.fundingkit.flink;

import dev.fundingkit.stats.ou.OuVerdict;
import java.io.Serializable;
import java.util.Objects;

/**
 * One rolling OU fit of a (venue, symbol) key, flattened from the library's {@code OuFit} of
 * the window {@code [windowEndMillis − window, windowEndMillis)}. An absent estimate (the fit
 * has none: too little data, unit root, …) is {@code NaN}; an unbounded interval end is
 * {@code Infinity}.
 *
 * @param venue the venue id
 * @param symbol the symbol
 * @param windowEndMillis the window's exclusive end, epoch milliseconds
 * @param points how many settlements the window held
 * @param verdict the fit's verdict
 * @param phi the AR(1) coefficient, or {@code NaN}
 * @param theta the bias-corrected mean-reversion speed per hour, or {@code NaN}
 * @param halfLifeHours the half-life in hours, or {@code NaN}
 * @param halfLifeLowerHours the lower end of the half-life's 95% interval, or {@code NaN}
 * @param halfLifeUpperHours the upper end (may be {@code Infinity}), or {@code NaN}
 * @param mu the long-run mean, fraction per {@code rateIntervalMillis}, or {@code NaN}
 * @param rateIntervalMillis the interval the fitted rates are per
 * @param sigma the diffusion, or {@code NaN}
 */
public record OuWindowRow(String venue, String symbol, long windowEndMillis, int points,
    OuVerdict verdict, double phi, double theta, double halfLifeHours,
    double halfLifeLowerHours, double halfLifeUpperHours, double mu, long rateIntervalMillis,
    double sigma) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the labels and counts.
   *
   * @param venue the venue id, not blank
   * @param symbol the symbol, not blank
   * @param windowEndMillis the window end
   * @param points zero or more
   * @param verdict the verdict
   * @param phi φ or NaN
   * @param theta θ or NaN
   * @param halfLifeHours the half-life or NaN
   * @param halfLifeLowerHours the interval's lower end or NaN
   * @param halfLifeUpperHours the interval's upper end or NaN
   * @param mu μ or NaN
   * @param rateIntervalMillis positive
   * @param sigma σ or NaN
   * @throws NullPointerException if a label or the verdict is null
   * @throws IllegalArgumentException if a label is blank or a count out of range
   */
  public OuWindowRow {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    Objects.requireNonNull(verdict, "verdict");
    if (points < 0) {
      throw new IllegalArgumentException("points must be >= 0, was " + points);
    }
    if (rateIntervalMillis <= 0) {
      throw new IllegalArgumentException(
          "rateIntervalMillis must be > 0, was " + rateIntervalMillis);
    }
  }
}
