package dev.fundingkit.stats.ou;

/**
 * Whether a fitted series can be traded as mean-reverting. A point estimate {@code 0 < φ̂ < 1}
 * alone is not evidence: a random walk routinely gives {@code φ̂ ≈ 0.97} and a finite
 * half-life, so the verdict also requires the Dickey–Fuller test to reject a unit root.
 *
 * <p>Checked in this order: {@link #INSUFFICIENT_DATA} (fewer than 30 transitions, or no noise
 * to fit), {@link #NO_MEAN_REVERSION}, {@link #NOT_IDENTIFIED} (φ̂ ≤ 0, or the 95% interval for
 * φ reaches 0), {@link #UNIT_ROOT_NOT_REJECTED} (the stronger statement, so before any span
 * check), {@link #INSUFFICIENT_DATA} (span under five half-lives), {@link #MEAN_REVERTING}.
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
   * shortest step), or the 95% profile interval for φ includes 0 (θ's upper bound is ∞):
   * the half-life may be shorter than the sampling step Δ ("half-life shorter than Δ", ou.md
   * §6) and cannot be resolved; treat the series as i.i.d. around its mean.
   */
  NOT_IDENTIFIED,
  /**
   * Fewer than 30 transitions, no noise to fit (a flat series, or one pinned at a constant
   * after a few prints: relative to the data's scale), a span shorter than five half-lives
   * (where even the sign of the bias correction is unreliable), or a bias correction that
   * leaves no positive θ.
   */
  INSUFFICIENT_DATA
}
