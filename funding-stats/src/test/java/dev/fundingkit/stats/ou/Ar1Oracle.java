package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * An AR(1) least-squares fit written out from its definition, as an oracle independent of the
 * fitter's sums and accumulators: {@code x[t] = c + φ x[t-1] + ε}, {@code φ̂ = Sxy / Sxx} over
 * the lagged pairs, {@code ĉ = ȳ − φ̂ x̄}; for {@code 0 < φ̂ < 1} the OU reading is
 * {@code θ̂ = −ln φ̂ / Δ} (per hour here).
 */
final class Ar1Oracle {

  final double phi;
  final double intercept;

  private Ar1Oracle(double phi, double intercept) {
    this.phi = phi;
    this.intercept = intercept;
  }

  /** Two passes (means, then centred sums), unlike the fitter's running sums. */
  static Ar1Oracle fit(double[] x, int from, int to) {
    int m = to - from - 1;
    double mx = 0;
    double my = 0;
    for (int t = from + 1; t < to; t++) {
      mx += x[t - 1];
      my += x[t];
    }
    mx /= m;
    my /= m;
    double sxy = 0;
    double sxx = 0;
    for (int t = from + 1; t < to; t++) {
      sxy += (x[t - 1] - mx) * (x[t] - my);
      sxx += (x[t - 1] - mx) * (x[t - 1] - mx);
    }
    double phi = sxy / sxx;
    return new Ar1Oracle(phi, my - phi * mx);
  }

  /** θ̂ per hour for a regular step, when φ̂ is in (0, 1). */
  OptionalDouble thetaPerHour(Duration step) {
    if (!(phi > 0 && phi < 1)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(-Math.log(phi) / (step.toMillis() / 3_600_000.0));
  }

  /**
   * Asserts a fit's φ̂, and θ̂ when φ̂ is in (0, 1), against this oracle. (The fitter's μ̂ is the
   * exact OU likelihood's, which differs from {@code ĉ / (1 − φ̂)} in finite samples, so μ̂ is
   * not compared.)
   */
  void assertMatches(OptionalDouble fitPhi, OptionalDouble fitThetaMle, Duration step,
      Duration timeUnit, double rel) {
    assertEquals(phi, fitPhi.orElseThrow(), rel * Math.abs(phi), "phi");
    OptionalDouble theta = thetaPerHour(step);
    assertEquals(theta.isPresent(), fitThetaMle.isPresent(), "thetaMle present");
    if (theta.isPresent()) {
      double perUnit = theta.getAsDouble() * (timeUnit.toMillis() / 3_600_000.0);
      assertEquals(perUnit, fitThetaMle.getAsDouble(), rel * perUnit, "thetaMle");
    }
  }
}
