package dev.fundingkit.stats.ou;

/**
 * Whether a fitted series can be traded as mean-reverting. A point estimate {@code 0 < φ̂ < 1}
 * alone is not evidence: a random walk routinely gives {@code φ̂ ≈ 0.97} and a finite
 * half-life, so the verdict also requires the Dickey–Fuller test to reject a unit root.
 *
 * <p>Checked in this order: {@link #INSUFFICIENT_DATA} (fewer than 30 transitions),
 * {@link #NO_MEAN_REVERSION}, {@link #NOT_IDENTIFIED}, {@link #INSUFFICIENT_DATA} (span under
 * five half-lives), {@link #UNIT_ROOT_NOT_REJECTED}, {@link #MEAN_REVERTING}.
 */
public enum OuVerdict {
  /**
   * {@code 0 < φ̂ < 1}, the span covers at least five (bias-corrected) half-lives and the
   * Dickey–Fuller τ is below MacKinnon's 5% critical value: the half-life and z-scores are
   * usable.
   */
  MEAN_REVERTING,
  /**
   * {@code 0 < φ̂ < 1} but the Dickey–Fuller test does not reject a unit root at 5%: the
   * finite half-life is not reliable.
   */
  UNIT_ROOT_NOT_REJECTED,
  /**
   * {@code φ̂ >= 1} (for irregular data: the likelihood peaks at θ → 0): no mean reversion,
   * the half-life is infinite, μ is not identified and no z-score signals exist.
   */
  NO_MEAN_REVERSION,
  /**
   * {@code φ̂ <= 0} (for irregular data: {@code θ̂·Δmin > 7}, i.e. φ below 1e-3 even on the
   * shortest step): the series reverts faster than it is sampled, the half-life is shorter
   * than the step and θ cannot be estimated; treat the series as i.i.d. around its mean.
   */
  NOT_IDENTIFIED,
  /**
   * Fewer than 30 transitions, or a span shorter than five half-lives (where even the sign of
   * the bias correction is unreliable), or a bias correction that leaves no positive θ.
   */
  INSUFFICIENT_DATA
}
