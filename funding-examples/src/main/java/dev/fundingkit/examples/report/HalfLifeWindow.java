package dev.fundingkit.examples.report;

import dev.fundingkit.stats.ou.OuVerdict;
import java.time.Instant;
import java.util.Objects;

/**
 * The half-life fitted over one rolling window of the series, with its 95% profile-likelihood
 * interval.
 *
 * <p>Immutable and thread-safe.
 *
 * @param end the last settlement in the window
 * @param hours the bias-corrected half-life in hours, positive
 * @param lower the interval's lower bound in hours, {@code >= 0} (0 when the θ interval is
 *     unbounded above)
 * @param upper the interval's upper bound in hours, {@code +∞} when the θ interval reaches 0
 * @param verdict the fit's verdict on mean reversion
 */
public record HalfLifeWindow(Instant end, double hours, double lower, double upper,
    OuVerdict verdict) {

  /**
   * Validates the window.
   *
   * @param end the last settlement in the window
   * @param hours the half-life in hours, finite and positive
   * @param lower the lower bound in hours, finite and {@code >= 0}
   * @param upper the upper bound in hours, {@code >= lower}, possibly infinite
   * @param verdict the verdict
   * @throws NullPointerException if {@code end} or {@code verdict} is null
   * @throws IllegalArgumentException if a bound is out of order, negative or the half-life not
   *     positive
   */
  public HalfLifeWindow {
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(verdict, "verdict");
    if (!(hours > 0) || !Double.isFinite(hours)) {
      throw new IllegalArgumentException("hours must be finite and > 0, was " + hours);
    }
    if (!(lower >= 0) || !Double.isFinite(lower)) {
      throw new IllegalArgumentException("lower must be finite and >= 0, was " + lower);
    }
    if (!(upper >= lower)) {
      throw new IllegalArgumentException("upper must be >= lower " + lower + ", was " + upper);
    }
  }
}
