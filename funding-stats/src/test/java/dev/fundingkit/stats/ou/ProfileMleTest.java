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
  /** The most profile passes a polished per-transition fit takes in these tests. */
  private static final int MAX_POLISHED_PASSES = 14;

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
          assertSameFit(pointwise.fit(), grouped.fit());
        });
  }

  /** Steps of 8 h with about one in five settlements missing, each time moved by up to ±1 min. */
  private static double[] jittered(int n, long seed) {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    double[] t = new double[n];
    for (int i = 1; i < n; i++) {
      t[i] = t[i - 1] + 8 * (rnd.nextInt(5) == 0 ? 2 : 1);
    }
    for (int i = 1; i < n; i++) {
      t[i] += (rnd.nextDouble() - 0.5) / 30;
    }
    return t;
  }

  /** x[i] = −0.6·x[i − 1] + uniform noise: a series whose likelihood peaks as φ → 0+. */
  private static double[] antiPersistent(int n, long seed) {
    double[] x = new double[n];
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    for (int i = 1; i < n; i++) {
      x[i] = -0.6 * x[i - 1] + 1e-4 * (rnd.nextDouble() - 0.5);
    }
    return x;
  }

  private static double[] ouPathAt(double[] t, double halfLifeHours, long seed) {
    return OuSimulator.seeded(OuParameters.perHour(Math.log(2) / halfLifeHours,
        dev.fundingkit.core.rate.FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 3e-5),
        seed).path(t);
  }

  /** The same status and, for an interior optimum, the same estimates to 1e-9. */
  private static void assertSameFit(MleEstimate expected, MleEstimate actual) {
    assertEquals(expected.status, actual.status);
    if (expected.interior()) {
      assertEquals(expected.theta, actual.theta, 1e-9 * expected.theta);
      assertEquals(expected.sigma, actual.sigma, 1e-9 * expected.sigma);
      assertEquals(expected.mu, actual.mu, 1e-9 * expected.sigma / Math.sqrt(expected.theta));
      assertEquals(expected.seTheta, actual.seTheta, 1e-7 * expected.seTheta);
      assertEquals(expected.thetaCi.lower(), actual.thetaCi.lower(),
          1e-9 * expected.thetaCi.lower());
      assertEquals(expected.thetaCi.upper(), actual.thetaCi.upper(),
          1e-9 * expected.thetaCi.upper());
    }
  }

  /**
   * Jittered times have a distinct step per transition: the fit starts from the binned model
   * and polishes on the exact profile, and must give what the full search over the whole
   * range gives.
   */
  @Test
  void law_thePolishedFitOfJitteredTimesIsTheFullSearchsFit() {
    int[] polishedCount = {0};
    java.util.List<String> notPolished = new java.util.ArrayList<>();
    qt().withFixedSeed(20261203L).withExamples(25)
        .forAll(integers().between(0, 100_000), integers().between(200, 3000),
            integers().between(0, 3))
        .checkAssert((seed, n, speed) -> {
          double[] t = jittered(n, seed);
          double[] x = ouPathAt(t, new double[] {6, 24, 96, 400}[speed], seed);
          ProfileMle polished = new ProfileMle(t, x);
          assertFalse(polished.grouped());
          MleEstimate fast = polished.fit();
          MleEstimate full = new ProfileMle(t, x, true, false).fit();
          assertSameFit(full, fast);
          // The cost: a secant from the binned optimum, the interval's two edge tests and
          // Newton steps at each end, the final profile: few passes, against ≈ 90 for the
          // full search.
          assertTrue(polished.passes() <= MAX_POLISHED_PASSES,
              () -> "passes " + polished.passes() + " at n " + n + ", seed " + seed);
          if (polished.polished()) {
            polishedCount[0]++;
          } else {
            notPolished.add(seed + " " + n + " " + speed + " " + full.status + " " + full.theta);
          }
        });
    // Every case here has its optimum well inside the range, so all are polished.
    assertEquals(java.util.List.of(), notPolished);
    assertTrue(polishedCount[0] >= 20, "examples run: " + polishedCount[0]);
  }

  @Test
  void stepsTooSpreadToBin_searchTheWholeRange() {
    // Exponential waiting times: hundreds of distinct step lengths even at the coarsest bin
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(9);
    double[] t = new double[2000];
    for (int i = 1; i < t.length; i++) {
      t[i] = t[i - 1] + 0.01 - 8 * Math.log(1 - rnd.nextDouble());
    }
    double[] x = ouPathAt(t, 24, 9);
    ProfileMle mle = new ProfileMle(t, x);
    MleEstimate fit = mle.fit();
    assertFalse(mle.polished());
    assertTrue(mle.passes() > 40, "the grid alone is 40 passes, was " + mle.passes());
    assertEquals(MleEstimate.Status.INTERIOR, fit.status);
    assertSameFit(new ProfileMle(t, x, true, false).fit(), fit);
  }

  @Test
  void aSearchHasSettled_withinItsToleranceOrWhereRoundingStopsItsStepsHalving() {
    // within the tolerance, relative to |u| above 1 and absolute below
    assertTrue(ProfileMle.settled(1e-12, Double.POSITIVE_INFINITY, 0.5, 1e-12));
    assertFalse(ProfileMle.settled(1.5e-12, Double.POSITIVE_INFINITY, 0.5, 1e-12));
    assertTrue(ProfileMle.settled(3e-12, Double.POSITIVE_INFINITY, -3, 1e-12));
    assertFalse(ProfileMle.settled(3.5e-12, Double.POSITIVE_INFINITY, -3, 1e-12));
    // below 1e-9 a step that did not halve the one before is rounding noise
    assertTrue(ProfileMle.settled(5e-10, 9e-10, 0.5, 1e-15));
    assertFalse(ProfileMle.settled(4e-10, 9e-10, 0.5, 1e-15));
    assertFalse(ProfileMle.settled(4.5e-10, 9e-10, 0.5, 1e-15));
    assertFalse(ProfileMle.settled(1e-9, 1e-9, 0.5, 1e-15));
    assertTrue(ProfileMle.settled(0.99e-9, 1e-9, 0.5, 1e-15));
  }

  @Test
  void aNewtonStartOutsideItsBracket_givesNoEnd() {
    double[] t = jittered(300, 8);
    ProfileMle mle = new ProfileMle(t, ouPathAt(t, 24, 8));
    double[] opt = mle.optimum();
    assertTrue(Double.isNaN(mle.newtonEnd(opt[0] + 1, -20, opt[0], opt[1])));
    assertTrue(Double.isNaN(mle.newtonEnd(opt[0] - 1, opt[0], 1, opt[1])));
    // from inside, the end where −ℓp is χ²/2 above its minimum
    double end = mle.newtonEnd(opt[0] - 0.05, -20, opt[0], opt[1]);
    assertEquals(MleEstimate.CHI2_95 / 2, mle.negLogProfile(end) - opt[1], 1e-9);
  }

  @Test
  void widelyJitteredSteps_areBinnedCoarserUntilTheyGroup() {
    // Steps of 6 to 10 h: 256 bins of Δmin/256 rounded down to a power of two, 64 at four
    // times that and 16 at sixteen times; only the coarsest gives at most 64 groups.
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(4);
    double[] t = new double[3000];
    for (int i = 1; i < t.length; i++) {
      t[i] = t[i - 1] + 6 + 4 * rnd.nextDouble();
    }
    double[] x = ouPathAt(t, 24, 4);
    ProfileMle mle = new ProfileMle(t, x);
    MleEstimate fit = mle.fit();
    assertTrue(mle.polished());
    assertTrue(mle.passes() <= MAX_POLISHED_PASSES, "passes " + mle.passes());
    assertSameFit(new ProfileMle(t, x, true, false).fit(), fit);
  }

  @Test
  void anOptimumAtTheFastEdge_isLeftToTheFullSearch() {
    // Anti-persistent data at jittered times: the binned optimum is in the last grid cell.
    double[] t = jittered(400, 5);
    double[] x = antiPersistent(t.length, 5);
    ProfileMle mle = new ProfileMle(t, x);
    MleEstimate fit = mle.fit();
    assertFalse(mle.polished());
    assertEquals(MleEstimate.Status.TOO_FAST, fit.status);
    assertSameFit(new ProfileMle(t, x, true, false).fit(), fit);
  }

  /**
   * θ̂ scales with the time unit. Times in units 10^40 or 10^−40 of an hour make the blocks of
   * 16 w whose product takes one log over- and underflow, so their logs are summed one by one.
   */
  @Test
  void law_theFitIsEquivariantInTheTimeUnit_evenWhereProductsOfWOverflow() {
    double[] t = jittered(1500, 3);
    double[] x = ouPathAt(t, 24, 3);
    MleEstimate hours = new ProfileMle(t, x).fit();
    assertEquals(MleEstimate.Status.INTERIOR, hours.status);
    for (double c : new double[] {1e40, 1e-40}) {
      double[] tc = new double[t.length];
      for (int i = 0; i < t.length; i++) {
        tc[i] = t[i] * c;
      }
      ProfileMle mle = new ProfileMle(tc, x);
      MleEstimate scaled = mle.fit();
      assertTrue(mle.polished(), "polished at scale " + c);
      assertEquals(MleEstimate.Status.INTERIOR, scaled.status);
      assertEquals(hours.theta, scaled.theta * c, 1e-9 * hours.theta, "theta at scale " + c);
      assertEquals(hours.thetaCi.lower(), scaled.thetaCi.lower() * c,
          1e-9 * hours.thetaCi.lower());
      assertEquals(hours.thetaCi.upper(), scaled.thetaCi.upper() * c,
          1e-9 * hours.thetaCi.upper());
      assertEquals(hours.mu, scaled.mu, 1e-9 * Math.abs(hours.mu));
    }
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
    double[] x = antiPersistent(t.length, 5);
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
