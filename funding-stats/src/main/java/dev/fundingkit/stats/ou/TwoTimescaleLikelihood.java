package dev.fundingkit.stats.ou;

/**
 * The exact Gaussian likelihood of {@code F = μ + X₁ + X₂} (two independent OU deviations,
 * stationary start) at the real timestamps, by a Kalman filter with exact observations. The
 * data are standardised; μ and the overall variance scale are concentrated out in closed form
 * (μ by filtering the constant 1 alongside the data: the innovations are linear in μ; the scale
 * because the filter's covariances are proportional to it). What remains is a function of
 * θ₁, θ₂ and the fast component's share {@code w} of the stationary variance.
 *
 * <p>Holds the data; evaluation allocates nothing. Not thread-safe (the last filtered state is
 * kept for the forecast).
 */
final class TwoTimescaleLikelihood {

  private final double[] d;
  private final double[] y;
  private final int n;
  /** Filtered state at the last point (standardised, scale 1), after the last evaluation. */
  final double[] lastMean = new double[2];
  final double[] lastCov = new double[4];
  double lastMu;
  double lastScale;

  TwoTimescaleLikelihood(double[] t, double[] ys) {
    n = ys.length;
    y = ys;
    d = new double[n];
    for (int i = 1; i < n; i++) {
      d[i] = t[i] - t[i - 1];
    }
  }

  int size() {
    return n;
  }

  /**
   * −ℓ with μ and the scale profiled out, for components with θ₁ (share w) and θ₂ (share
   * 1 − w) per time unit; {@code w = 1} is one OU.
   */
  double negLogLik(double theta1, double theta2, double w) {
    double s1 = w;
    double s2 = 1 - w;
    double m0 = 0;
    double m1 = 0;
    double g0 = 0;
    double g1 = 0;
    double p00 = s1;
    double p01 = 0;
    double p11 = s2;
    double logS = 0;
    double syy = 0;
    double sy1 = 0;
    double s11 = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        double f0 = Math.exp(-theta1 * d[i]);
        double f1 = Math.exp(-theta2 * d[i]);
        m0 *= f0;
        m1 *= f1;
        g0 *= f0;
        g1 *= f1;
        p00 = f0 * f0 * p00 - s1 * Math.expm1(-2 * theta1 * d[i]);
        p01 = f0 * f1 * p01;
        p11 = f1 * f1 * p11 - s2 * Math.expm1(-2 * theta2 * d[i]);
      }
      double h0 = p00 + p01;
      double h1 = p01 + p11;
      double s = h0 + h1;
      if (!(s > 0)) {
        return Double.POSITIVE_INFINITY;
      }
      double vy = y[i] - (m0 + m1);
      double v1 = 1 - (g0 + g1);
      double k0 = h0 / s;
      double k1 = h1 / s;
      m0 += k0 * vy;
      m1 += k1 * vy;
      g0 += k0 * v1;
      g1 += k1 * v1;
      p00 -= k0 * h0;
      p01 -= k0 * h1;
      p11 -= k1 * h1;
      logS += Math.log(s);
      syy += vy * vy / s;
      sy1 += vy * v1 / s;
      s11 += v1 * v1 / s;
    }
    double mu = sy1 / s11;
    double q = Math.max(syy - sy1 * sy1 / s11, 1e-300);
    double scale = q / n;
    lastMu = mu;
    lastScale = scale;
    // state of the deviations for the data minus μ: m(μ) = m_y − μ m_1, covariances × scale
    lastMean[0] = m0 - mu * g0;
    lastMean[1] = m1 - mu * g1;
    lastCov[0] = p00 * scale;
    lastCov[1] = p01 * scale;
    lastCov[2] = p01 * scale;
    lastCov[3] = p11 * scale;
    return 0.5 * (n * Math.log(2 * Math.PI * scale) + logS + n);
  }
}
