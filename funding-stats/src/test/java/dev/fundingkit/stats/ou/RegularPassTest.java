package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The one-pass regular fit against a textbook two-pass AR(1) regression written out here
 * (means, OLS slope, residuals summed directly) and against the general route
 * ({@link OuFitter#fitAt} on regular times, which builds times and copies values).
 */
class RegularPassTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final double REL = 1e-10;

  /** Textbook AR(1) OLS and its exact OU map: {θ̂, μ̂, σ̂, τ, φ̂, Tang–Chen θ, mean, sd}. */
  private static double[] textbook(double[] x, double dt) {
    int m = x.length - 1;
    double zm = 0;
    double ym = 0;
    for (int i = 0; i < m; i++) {
      zm += x[i];
      ym += x[i + 1];
    }
    zm /= m;
    ym /= m;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < m; i++) {
      sxx += (x[i] - zm) * (x[i] - zm);
      sxy += (x[i] - zm) * (x[i + 1] - ym);
    }
    double b = sxy / sxx;
    double c = ym - b * zm;
    double rss = 0;
    for (int i = 0; i < m; i++) {
      double e = x[i + 1] - c - b * x[i];
      rss += e * e;
    }
    double theta = -Math.log(b) / dt;
    double v = rss / m;
    double sigma = Math.sqrt(2 * theta * v / (1 - b * b));
    double tau = (b - 1) / Math.sqrt(rss / (m - 2) / sxx);
    double span = m * dt;
    double tang = theta - (5 + 2 * Math.exp(theta * dt) + Math.exp(2 * theta * dt)) / (2 * span);
    double mean = 0;
    for (double e : x) {
      mean += e;
    }
    mean /= x.length;
    double ss = 0;
    for (double e : x) {
      ss += (e - mean) * (e - mean);
    }
    return new double[] {theta, c / (1 - b), sigma, tau, b, tang, mean,
        Math.sqrt(ss / x.length)};
  }

  private static void near(double expected, double actual, String what) {
    assertEquals(expected, actual, REL * Math.abs(expected), what);
  }

  @Test
  void law_onePassFitEqualsTheTextbookRegression() {
    qt().withFixedSeed(20261202L).withExamples(60)
        .forAll(integers().between(0, 100_000), integers().between(40, 3000))
        .checkAssert((seed, n) -> {
          double[] x = OuFitterTest.ouPath(seed, n);
          OuFit fit = OuFitter.defaults().fitRegular(x, H8);
          double[] o = textbook(x, 8.0);
          assertEquals(o[4] > 0 && o[4] < 1, fit.thetaMle().isPresent());
          near(o[4], fit.phi().orElseThrow(), "phi");
          near(o[3], fit.adfTau().orElseThrow(), "tau");
          if (fit.thetaMle().isPresent()) {
            near(o[0], fit.thetaMle().orElseThrow(), "thetaMle");
            near(o[2], fit.sigma().orElseThrow(), "sigma");
            assertEquals(o[1], fit.mu().orElseThrow().value(), REL * o[7], "mu");
            if (fit.theta().isPresent()) {
              near(o[5], fit.theta().orElseThrow(), "tang-chen theta");
            }
          }
        });
  }

  @Test
  void law_onePassFitEqualsTheGeneralRoute() {
    qt().withFixedSeed(20261203L).withExamples(60)
        .forAll(integers().between(0, 100_000), integers().between(5, 2000))
        .checkAssert((seed, n) -> {
          double[] x = OuFitterTest.ouPath(seed, n);
          for (OuFitter f : new OuFitter[] {OuFitter.defaults(),
              OuFitter.defaults().withPerHour(true),
              OuFitter.defaults().withBiasCorrection(BiasCorrection.NONE)
                  .withTimeUnit(Duration.ofDays(1))}) {
            OuFit fast = f.fitRegular(x, H8);
            double dt = 8.0 / (f.timeUnit().toHours());
            OuFit general = f.fitAt(OuFitterTest.grid(n, dt), x, H8);
            assertSame(general, fast);
          }
        });
  }

  private static void assertSame(OuFit general, OuFit fast) {
    assertEquals(general.verdict(), fast.verdict());
    assertEquals(general.n(), fast.n());
    assertEquals(general.rateInterval(), fast.rateInterval());
    assertEquals(general.spanUnits(), fast.spanUnits(), 0.0);
    OuAccumulatorTest.assertSameFit(general, fast, REL);
    general.seTheta().ifPresent(s -> near(s, fast.seTheta().orElseThrow(), "seTheta"));
    general.seSigma().ifPresent(s -> near(s, fast.seSigma().orElseThrow(), "seSigma"));
    general.seMu().ifPresent(s -> near(s.value(), fast.seMu().orElseThrow().value(), "seMu"));
    general.stationarySd().ifPresent(s ->
        near(s.value(), fast.stationarySd().orElseThrow().value(), "stationarySd"));
  }

  @Test
  void aNonFiniteValue_fallsBackAndIsNamedByIndex() {
    double[] x = OuFitterTest.ouPath(1, 100);
    x[37] = Double.NaN;
    assertNull(RegularPass.of(x, 1.0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OuFitter.defaults().fitRegular(x, H8));
    assertTrue(e.getMessage().contains("values[37]"), e.getMessage());
    x[37] = Double.POSITIVE_INFINITY;
    assertThrows(IllegalArgumentException.class, () -> OuFitter.defaults().fitRegular(x, H8));
  }

  @Test
  void illConditionedSums_fallBackToTheExactRoute() {
    double[] x = OuFitterTest.ouPath(2, 500);
    assertNotNull(RegularPass.of(x, 1.0));
    double[] spike = x.clone();
    spike[0] = 1.0; // pivot 1e4 sds from the mean
    assertNull(RegularPass.of(spike, 1.0));
    double[] walk = OuFitterTest.ar1(3, 500, 1.0);
    for (int i = 0; i < walk.length; i++) {
      walk[i] = walk[i] * 1e3 + i; // a trend: φ̂ ≈ 1, RSS ≪ Syy
    }
    assertNull(RegularPass.of(walk, 1.0));
    for (double[] y : new double[][] {spike, walk}) {
      OuFit general = OuFitter.defaults().fitAt(OuFitterTest.grid(y.length, 8.0), y, H8);
      OuFit fast = OuFitter.defaults().fitRegular(y, H8);
      assertEquals(general.toString(), fast.toString());
    }
  }

  @Test
  void flatAndPinnedSeries_fitAsBefore() {
    assertEquals(OuVerdict.INSUFFICIENT_DATA, OuFitter.defaults()
        .fitRegular(new double[] {1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4}, H8).verdict());
    double[] pinned = new double[200];
    java.util.Arrays.fill(pinned, 3e-4);
    pinned[0] = 1e-4;
    pinned[1] = 2e-4;
    // two prints then a constant: little noise, but the pass is still within tolerance
    OuFit general = OuFitter.defaults().fitAt(OuFitterTest.grid(200, 8.0), pinned, H8);
    assertSame(general, OuFitter.defaults().fitRegular(pinned, H8));
  }

  /**
   * The pass itself, not only the fit it feeds (a null pass silently falls back to the exact
   * route, so the fit alone cannot see a wrong guard). Series 1, 2, 4, 7, 11: pairs (1,2),
   * (2,4), (4,7), (7,11), z̄ = 3.5, ȳ = 6, Szz = 21, Szy = 31, Syy = 46 (deviations −2.5, −1.5,
   * 0.5, 3.5 and −4, −2, 1, 5); mean 25/5 = 5, Σ(x−5)² = 16+9+1+4+36 = 66; all halved by the
   * divisor 2 (squares quartered).
   */
  @Test
  void of_returnsTheHandWorkedSumsDividedByTheDivisor() {
    RegularPass r = RegularPass.of(new double[] {1, 2, 4, 7, 11}, 2);
    assertNotNull(r);
    assertEquals(4, r.sums.n);
    assertEquals(1.75, r.sums.zMean, 1e-14);
    assertEquals(3.0, r.sums.yMean, 1e-14);
    assertEquals(21.0 / 4, r.sums.szz, 1e-13);
    assertEquals(31.0 / 4, r.sums.szy, 1e-13);
    assertEquals(46.0 / 4, r.sums.syy, 1e-13);
    assertEquals(2.5, r.mean, 1e-14);
    assertEquals(Math.sqrt(66.0 / 5) / 2, r.sd, 1e-14);
    assertEquals(5.5, r.scale, 0);
  }

  @Test
  void of_scaleIsTheLargestMagnitudeWhereverItSits() {
    // odd slot (first of a loop pair), even slot, trailing odd element, pivot x[0]
    assertEquals(12, RegularPass.of(new double[] {1, 12, 4, 7, 11}, 1).scale, 0);
    assertEquals(11, RegularPass.of(new double[] {1, 2, 4, 7, 11}, 1).scale, 0);
    assertEquals(13, RegularPass.of(new double[] {1, 2, 4, 7, 11, -13}, 1).scale, 0);
    assertEquals(6, RegularPass.of(new double[] {1, -6, 4, 2, 5, 3}, 1).scale, 0);
    assertEquals(3, RegularPass.of(new double[] {3, 1, -2, 2, 0}, 1).scale, 0);
  }

  @Test
  void of_isNullWhenTheOnePassCannotBeTrusted() {
    assertNull(RegularPass.of(new double[] {1, 2}, 1)); // too short
    assertNull(RegularPass.of(new double[] {5, 5, 5, 5, 5}, 1)); // no variation
    assertNull(RegularPass.of(new double[] {1, 2, Double.NaN, 4, 5}, 1)); // not finite
    assertNull(RegularPass.of(new double[] {0, 1, 2, 3, 4, 5}, 1)); // a line: RSS = 0
    // pivot 1e6 away from values spread by ~1: pivoted squares ≫ 1e4 × centred ones
    assertNull(RegularPass.of(new double[] {1e6, 0, 1, 0, 2, 1, 0}, 1));
  }
}
