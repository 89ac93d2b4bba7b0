package dev.fundingkit.stats.ou;

/** Which exact-discretisation maximum-likelihood estimator produced a fit. */
public enum OuEstimator {
  /**
   * Regular steps: the closed form. AR(1) least squares on centred sums gives φ̂ and ĉ, the
   * innovation variance is RSS/n, then {@code θ = −ln φ/Δ}, {@code μ = c/(1−φ)},
   * {@code σ² = 2θv/(1−φ²)} (conditional on the first observation).
   */
  CLOSED_FORM,
  /**
   * Irregular steps or gaps: the exact Gaussian transition likelihood, with μ and σ²
   * concentrated out, maximised over {@code ln θ} by Brent's method.
   */
  PROFILE_LIKELIHOOD
}
