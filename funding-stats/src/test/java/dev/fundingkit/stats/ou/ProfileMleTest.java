package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProfileMleTest {

  private static final MathContext MC = new MathContext(60);

  /** e^x to 60 digits: halve until |x| < 0.01, Taylor, square back. */
  private static BigDecimal exp(BigDecimal x) {
    int halvings = 0;
    BigDecimal y = x;
    while (y.abs().compareTo(new BigDecimal("0.01")) > 0) {
      y = y.divide(BigDecimal.valueOf(2), MC);
      halvings++;
    }
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    for (int k = 1; k < 40; k++) {
      term = term.multiply(y, MC).divide(BigDecimal.valueOf(k), MC);
      sum = sum.add(term, MC);
    }
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, MC);
    }
    return sum;
  }

  /** ln x to 60 digits by Newton on e^y = x from the double logarithm. */
  private static BigDecimal ln(BigDecimal x) {
    BigDecimal y = new BigDecimal(Math.log(x.doubleValue()));
    for (int i = 0; i < 5; i++) {
      y = y.subtract(BigDecimal.ONE, MC).add(x.multiply(exp(y.negate()), MC), MC);
    }
    return y;
  }

  /** −ℓ (without ½n ln 2π) in standardised units at (θ, μ, s²), in 60-digit arithmetic. */
  private static BigDecimal negLogLik(double[] xs, double[] d, BigDecimal theta, BigDecimal mu,
      BigDecimal s2) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal lnS2 = ln(s2);
    for (int i = 0; i < d.length; i++) {
      BigDecimal td = theta.multiply(new BigDecimal(d[i]), MC);
      BigDecimal phi = exp(td.negate());
      BigDecimal w = BigDecimal.ONE.subtract(phi.multiply(phi, MC), MC)
          .divide(theta.multiply(BigDecimal.valueOf(2), MC), MC);
      BigDecimal x0 = new BigDecimal(xs[i]);
      BigDecimal r = new BigDecimal(xs[i + 1]).subtract(mu, MC)
          .subtract(x0.subtract(mu, MC).multiply(phi, MC), MC);
      sum = sum.add(lnS2, MC).add(ln(w), MC)
          .add(r.multiply(r, MC).divide(s2.multiply(w, MC), MC), MC);
    }
    return sum.divide(BigDecimal.valueOf(2), MC);
  }

  @Test
  void analyticHessian_matchesA60DigitFiniteDifferenceHessian_within1e8() {
    // first 200 points of the irregular golden series (20% dropped, 10% jitter)
    Golden g = new Golden("irregular_8h_n800_seed11_drop02_jitter01");
    double[] t = Arrays.copyOf(g.t, 200);
    double[] x = Arrays.copyOf(g.x, 200);
    ProfileMle mle = new ProfileMle(t, x);
    double[] p = mle.mleStandardised();
    double[][] analytic = mle.hessian(p[0], p[1], p[2]);
    double[] xs = mle.standardised();
    double[] d = mle.steps();
    BigDecimal[] at = {new BigDecimal(p[0]), new BigDecimal(p[1]), new BigDecimal(p[2])};
    BigDecimal[] h = {at[0].multiply(new BigDecimal("1e-12")), new BigDecimal("1e-12"),
        at[2].multiply(new BigDecimal("1e-12"))};
    double[][] numeric = new double[3][3];
    BigDecimal f0 = negLogLik(xs, d, at[0], at[1], at[2]);
    for (int i = 0; i < 3; i++) {
      for (int j = i; j < 3; j++) {
        BigDecimal value;
        if (i == j) {
          BigDecimal plus = f(xs, d, at, i, h[i], j, BigDecimal.ZERO);
          BigDecimal minus = f(xs, d, at, i, h[i].negate(), j, BigDecimal.ZERO);
          value = plus.subtract(f0.multiply(BigDecimal.valueOf(2)), MC).add(minus, MC)
              .divide(h[i].multiply(h[i], MC), MC);
        } else {
          value = f(xs, d, at, i, h[i], j, h[j]).subtract(f(xs, d, at, i, h[i], j,
              h[j].negate()), MC).subtract(f(xs, d, at, i, h[i].negate(), j, h[j]), MC)
              .add(f(xs, d, at, i, h[i].negate(), j, h[j].negate()), MC)
              .divide(h[i].multiply(h[j], MC).multiply(BigDecimal.valueOf(4)), MC);
        }
        numeric[i][j] = value.doubleValue();
        numeric[j][i] = numeric[i][j];
      }
    }
    double worst = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double norm = Math.sqrt(Math.abs(numeric[i][i] * numeric[j][j]));
        worst = Math.max(worst, Math.abs(analytic[i][j] - numeric[i][j]) / norm);
      }
    }
    System.out.printf("analytic vs 60-digit Hessian: worst relative error %.3g%n", worst);
    assertTrue(worst <= 1e-8, "worst " + worst);
  }

  private static BigDecimal f(double[] xs, double[] d, BigDecimal[] at, int i, BigDecimal di,
      int j, BigDecimal dj) {
    BigDecimal[] q = at.clone();
    q[i] = q[i].add(di, MC);
    q[j] = q[j].add(dj, MC);
    return negLogLik(xs, d, q[0], q[1], q[2]);
  }

  @Test
  void scoreRootRefinement_movesTheOptimumOntoTheScoreZero() {
    // the Brent value search alone is flat to ~1e-7 in ln θ; the score root pins ~1e-14
    Golden g = new Golden("irregular_8h_n800_seed11_drop02_jitter01");
    ProfileMle mle = new ProfileMle(g.t, g.x);
    double u = mle.optimum()[0];
    assertEquals(0, mle.score(u), 1e-6);
    double h = 1e-5;
    double numeric = (mle.negLogProfile(u + h) - mle.negLogProfile(u - h)) / (2 * h);
    assertEquals(numeric, mle.score(u), 1e-4);
    assertTrue(mle.score(u - 0.1) < 0 && mle.score(u + 0.1) > 0);
  }

  /** Drops only: steps of 8, 16, 24 h, so the grouped route; the forced pointwise one agrees. */
  @Test
  void law_groupedSumsGiveThePointwiseProfileScoreAndHessian() {
    qt().withFixedSeed(20261204L).withExamples(30)
        .forAll(integers().between(0, 100_000), integers().between(40, 1500))
        .checkAssert((seed, n) -> {
          double[] t = new double[n];
          java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
          for (int i = 1; i < n; i++) {
            t[i] = t[i - 1] + 8 * (1 + (rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(2) : 0));
          }
          double[] x = OuSimulator.seeded(OuParameters.perHour(Math.log(2) / 24,
              dev.fundingkit.core.rate.FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 3e-5),
              seed).path(t);
          ProfileMle grouped = new ProfileMle(t, x);
          ProfileMle pointwise = new ProfileMle(t, x, false);
          assertTrue(grouped.grouped());
          assertFalse(pointwise.grouped());
          for (double u : new double[] {-8, -5, -3.5, -2, 0, 1}) {
            double p = pointwise.negLogProfile(u);
            assertEquals(p, grouped.negLogProfile(u), 1e-11 * Math.max(1, Math.abs(p)));
            // the score is a sum of terms of size ~n that cancels near the optimum
            assertEquals(pointwise.score(u), grouped.score(u), 1e-9 * n);
          }
          double[] m = pointwise.mleStandardised();
          double[] mg = grouped.mleStandardised();
          assertEquals(m[0], mg[0], 1e-9 * m[0]);
          double[][] hp = pointwise.hessian(m[0], m[1], m[2]);
          double[][] hg = grouped.hessian(m[0], m[1], m[2]);
          for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
              double norm = Math.sqrt(Math.abs(hp[i][i] * hp[j][j]));
              assertEquals(hp[i][j], hg[i][j], 1e-10 * norm, "H[" + i + "][" + j + "]");
            }
          }
          MleEstimate a = pointwise.fit();
          MleEstimate b = grouped.fit();
          assertEquals(a.status, b.status);
          if (a.interior()) {
            assertEquals(a.theta, b.theta, 1e-9 * a.theta);
            assertEquals(a.sigma, b.sigma, 1e-9 * a.sigma);
            assertEquals(a.mu, b.mu, 1e-9 * a.sigma / Math.sqrt(a.theta));
            assertEquals(a.seTheta, b.seTheta, 1e-7 * a.seTheta);
            assertEquals(a.thetaCi.lower(), b.thetaCi.lower(), 1e-9 * a.thetaCi.lower());
            assertEquals(a.thetaCi.upper(), b.thetaCi.upper(), 1e-9 * a.thetaCi.upper());
          }
        });
  }

  @Test
  void jitteredSteps_takeThePointwiseRoute() {
    Golden g = new Golden("irregular_8h_n800_seed11_drop02_jitter01");
    assertFalse(new ProfileMle(g.t, g.x).grouped());
    assertTrue(new ProfileMle(new Golden("gaps_8h_n400_seed3_drop03").t,
        new Golden("gaps_8h_n400_seed3_drop03").x).grouped());
  }

  /** Steps of 8 h with every fifth doubled, from {@code t0}. */
  private static double[] gappy(int n, double t0) {
    double[] t = new double[n];
    t[0] = t0;
    for (int i = 1; i < n; i++) {
      t[i] = t[i - 1] + (i % 5 == 0 ? 16 : 8);
    }
    return t;
  }

  @Test
  void fit_readsTheSpanFromTheTimes_andReportsPhiOverTheMeanStep() {
    double[] t = gappy(300, 1000);
    double[] x = OuSimulator.seeded(OuParameters.perHour(Math.log(2) / 24,
        dev.fundingkit.core.rate.FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 3e-5),
        7L).path(t);
    MleEstimate fit = new ProfileMle(t, x).fit();
    assertEquals(MleEstimate.Status.INTERIOR, fit.status);
    // φ̂ over the mean step (t[n] − t[0]) / n, worked out here from θ̂
    double meanStep = (t[299] - t[0]) / 299;
    assertEquals(Math.exp(-fit.theta * meanStep), fit.phi, 1e-12);
    assertTrue(fit.phi > 0 && fit.phi < 1);
    // the same data from t = 0: the MLE depends on the steps only
    double[] t0 = gappy(300, 0);
    assertEquals(fit.theta, new ProfileMle(t0, x).fit().theta, 1e-9 * fit.theta);
  }

  @Test
  void antiPersistentData_peakAtTheFastEdge_andAreTooFastWithPhiBelowEMinus7() {
    double[] t = gappy(200, 0);
    double[] x = new double[t.length];
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
    for (int i = 1; i < x.length; i++) {
      x[i] = -0.6 * x[i - 1] + 1e-4 * (rnd.nextDouble() - 0.5);
    }
    ProfileMle mle = new ProfileMle(t, x);
    // the likelihood rises as φ → 0+ and is flat once φ ≈ 0, so the search ends in the flat
    // fast end (ln θ > 1: φ over 8 h below e^−21), never past its upper edge θ = 50 / Δmin
    double u = mle.optimum()[0];
    assertTrue(u > 1 && u <= Math.log(50.0 / 8) + 1e-12, () -> "u " + u);
    MleEstimate fit = mle.fit();
    assertEquals(MleEstimate.Status.TOO_FAST, fit.status);
    assertTrue(fit.phi > 0 && fit.phi < Math.exp(-7), () -> "phi " + fit.phi);
  }
}
