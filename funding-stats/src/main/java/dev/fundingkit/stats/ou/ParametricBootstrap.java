package dev.fundingkit.stats.ou;

import java.time.Duration;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Parametric bootstrap of θ̂: B exact OU paths from the fitted (θ̂, μ̂, σ̂) at the observed
 * times, started at the first observation, each refitted with the same estimator. A refit with
 * {@code φ* <= 0} has no finite θ* and is left out; {@code φ* >= 1} gives {@code θ* <= 0} and
 * is kept (the reference script's convention). Immutable once run.
 */
final class ParametricBootstrap {

  private final double thetaHat;
  private final double[] finite;

  private ParametricBootstrap(double thetaHat, double[] finite) {
    this.thetaHat = thetaHat;
    this.finite = finite;
  }

  static ParametricBootstrap run(double[] t, double start, MleEstimate mle, boolean regular,
      int paths, long seed, Duration timeUnit) {
    OuSimulator sim = OuSimulator.seeded(
        // The bootstrap reads only the path values, so the rate interval of mu is immaterial here.
        new OuParameters(mle.theta, dev.fundingkit.core.rate.FundingRate.of(mle.mu, timeUnit),
            mle.sigma, timeUnit), seed);
    double[] path = new double[t.length];
    double[] thetas = new double[paths];
    int kept = 0;
    double step = t[1] - t[0];
    for (int b = 0; b < paths; b++) {
      sim.fill(start, t, path);
      double th = regular ? closedFormTheta(path, step) : new ProfileMle(t, path).thetaHat();
      if (Double.isFinite(th)) {
        thetas[kept++] = th;
      }
    }
    if (kept < paths / 2) {
      throw new IllegalStateException("bootstrap: only " + kept + " of " + paths
          + " refits gave a finite θ; the series is too short for a bootstrap");
    }
    return new ParametricBootstrap(mle.theta, Arrays.copyOf(thetas, kept));
  }

  private static double closedFormTheta(double[] x, double step) {
    double phi = Ar1Sums.of(x).phi();
    return phi > 0 ? -Math.log(phi) / step : Double.POSITIVE_INFINITY;
  }

  /** {@code 2θ̂ − mean(θ*)}. */
  double biasCorrectedTheta() {
    double sum = 0;
    for (double v : finite) {
      sum += v;
    }
    return 2 * thetaHat - sum / finite.length;
  }

  /** The basic interval {@code [2θ̂ − q97.5, 2θ̂ − q2.5]}, floored at 0. */
  ConfidenceInterval basicInterval() {
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    p.setData(finite);
    double lo = Math.max(0.0, 2 * thetaHat - p.evaluate(97.5));
    double hi = Math.max(lo, 2 * thetaHat - p.evaluate(2.5));
    return new ConfidenceInterval(lo, hi);
  }
}
