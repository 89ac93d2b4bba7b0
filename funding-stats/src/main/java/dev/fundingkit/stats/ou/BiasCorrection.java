package dev.fundingkit.stats.ou;

/**
 * How the small-sample upward bias of θ̂ (half-life too short by ≈ 5.8·HL/T) is corrected for
 * the default estimate. The raw MLE is always kept beside the corrected value.
 */
public enum BiasCorrection {
  /** No correction: the default estimate is the exact-discretisation MLE. */
  NONE,
  /**
   * Tang and Chen's (2009) first-order correction, the default:
   * {@code θ̃ = θ̂ − (5 + 2e^(θ̂Δ) + e^(2θ̂Δ)) / (2T)} with T the span and Δ the mean step
   * (span / transitions on irregular data). Tang, C.Y. and Chen, S.X. (2009), Parameter
   * estimation and bias correction for diffusion processes, J. Econometrics 149(1):65–81.
   * Costs nothing and lowered bias and RMSE in every scenario of the design study. Applied
   * only while {@code φ̂ = e^(−θ̂Δ)} is at least three standard errors {@code √((1−φ̂²)/n)}
   * above zero: nearer zero the delta expansion behind it breaks down (the e^(2θ̂Δ) term
   * explodes) and the raw MLE is kept; such series revert within about one step.
   */
  TANG_CHEN,
  /**
   * Parametric bootstrap: simulate paths from the fitted (θ̂, μ̂, σ̂) at the observed
   * timestamps, started at the first observation, refit each, and use
   * {@code 2θ̂ − mean(θ*)}. Seeded, so reproducible; costs B refits.
   */
  BOOTSTRAP
}
