package dev.fundingkit.stats.ou;

/**
 * What one exact-discretisation MLE found, in the fit's time unit. Internal: absent values are
 * NaN here and become empty optionals in {@link OuFit}. Immutable.
 */
final class MleEstimate {

  /** Where the likelihood put θ. */
  enum Status {
    /** 0 < φ̂ < 1: θ̂, μ̂, σ̂ exist. */
    INTERIOR,
    /** φ̂ ≥ 1, or the profile peaks at θ → 0. */
    UNIT_ROOT,
    /** φ̂ ≤ 0, or θ̂·Δmin > 7. */
    TOO_FAST,
    /** Too few observations or no noise to fit: nothing is estimated. */
    DEGENERATE
  }

  static final double CHI2_95 = 3.841458820694124;

  final OuEstimator estimator;
  final Status status;
  final double phi;
  final double theta;
  final double mu;
  final double sigma;
  final double seTheta;
  final double seMu;
  final double seSigma;
  /** Profile-likelihood 95% interval for θ; null unless INTERIOR. */
  final ConfidenceInterval thetaCi;

  MleEstimate(OuEstimator estimator, Status status, double phi, double theta, double mu,
      double sigma, double seTheta, double seMu, double seSigma, ConfidenceInterval thetaCi) {
    this.estimator = estimator;
    this.status = status;
    this.phi = phi;
    this.theta = theta;
    this.mu = mu;
    this.sigma = sigma;
    this.seTheta = seTheta;
    this.seMu = seMu;
    this.seSigma = seSigma;
    this.thetaCi = thetaCi;
  }

  static MleEstimate boundary(OuEstimator estimator, Status status, double phi) {
    double nan = Double.NaN;
    return new MleEstimate(estimator, status, phi, nan, nan, nan, nan, nan, nan, null);
  }

  boolean interior() {
    return status == Status.INTERIOR;
  }
}
