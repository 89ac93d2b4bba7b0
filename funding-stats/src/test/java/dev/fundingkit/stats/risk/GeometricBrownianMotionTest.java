package dev.fundingkit.stats.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GeometricBrownianMotionTest {

  private static final long SEED = 20261122L;
  private static final Duration DAYS_30 = Duration.ofDays(30);

  static Gen<Double> vols() {
    return doubles().between(0.05, 2.0);
  }

  static Gen<Double> drifts() {
    return doubles().between(-1.0, 1.0);
  }

  static Gen<Duration> horizons() {
    return integers().between(1, 24 * 365).map(h -> Duration.ofHours(h));
  }

  /** Barrier as a multiple of the price, below or above it. */
  static Gen<Double> barrierRatios() {
    return doubles().between(0.2, 3.0);
  }

  @Test
  void law_touchProbability_growsWithHorizon() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(vols(), drifts(), barrierRatios(),
            horizons().zip(horizons(), (a, b) -> new Duration[] {a, b}))
        .check((vol, drift, ratio, pair) -> {
          GeometricBrownianMotion gbm = GeometricBrownianMotion.of(vol, drift);
          Duration shorter = pair[0].compareTo(pair[1]) <= 0 ? pair[0] : pair[1];
          Duration longer = pair[0].compareTo(pair[1]) <= 0 ? pair[1] : pair[0];
          return gbm.touchProbability(100, 100 * ratio, shorter)
              <= gbm.touchProbability(100, 100 * ratio, longer) + 1e-12;
        });
  }

  @Test
  void law_touchProbability_growsWithVolatility_withoutDrift() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(vols(), vols(), barrierRatios(), horizons())
        .check((v1, v2, ratio, h) -> {
          double low = Math.min(v1, v2);
          double high = Math.max(v1, v2);
          return GeometricBrownianMotion.of(low).touchProbability(100, 100 * ratio, h)
              <= GeometricBrownianMotion.of(high).touchProbability(100, 100 * ratio, h) + 1e-12;
        });
  }

  @Test
  void law_barrierAtThePrice_isTouchedForSure() {
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(vols(), drifts(), doubles().between(0.01, 1e6), horizons())
        .check((vol, drift, price, h) ->
            GeometricBrownianMotion.of(vol, drift).touchProbability(price, price, h) == 1.0);
  }

  @Test
  void law_touchProbability_fallsAsTheBarrierMovesAway_towardsZero() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(vols(), drifts(), doubles().between(0.0, 1.0), horizons())
        .check((vol, drift, step, h) -> {
          GeometricBrownianMotion gbm = GeometricBrownianMotion.of(vol, drift);
          double years = h.toHours() / 8760.0;
          double s = vol * Math.sqrt(years);
          // distances in log price: near, farther, and far beyond any plausible excursion
          double near = step * s;
          double far = near + 0.5 * s;
          double remote = 12 * s + Math.abs(drift - vol * vol / 2) * years;
          double downNear = gbm.touchProbability(100, 100 * Math.exp(-near), h);
          double downFar = gbm.touchProbability(100, 100 * Math.exp(-far), h);
          double upNear = gbm.touchProbability(100, 100 * Math.exp(near), h);
          double upFar = gbm.touchProbability(100, 100 * Math.exp(far), h);
          return downFar <= downNear + 1e-12 && upFar <= upNear + 1e-12
              && gbm.touchProbability(100, 100 * Math.exp(-remote), h) < 1e-9
              && gbm.touchProbability(100, 100 * Math.exp(remote), h) < 1e-9;
        });
  }

  @Test
  void law_withoutLogDrift_reflectionGivesTwiceTheTail_andMirrorsBarriers() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(vols(), doubles().between(0.01, 2.0), horizons())
        .check((vol, logDistance, h) -> {
          // μ = σ²/2 makes the log price driftless: P = 2Φ(−|b|/(σ√T)) on either side
          GeometricBrownianMotion gbm = GeometricBrownianMotion.of(vol, vol * vol / 2);
          double s = vol * Math.sqrt(h.toHours() / 8760.0);
          double expected = Erf.erfc(logDistance / s / Math.sqrt(2));
          double down = gbm.touchProbability(100, 100 * Math.exp(-logDistance), h);
          double up = gbm.touchProbability(100, 100 * Math.exp(logDistance), h);
          return Math.abs(down - expected) <= 1e-12 && Math.abs(up - expected) <= 1e-12;
        });
  }

  @Test
  void law_probability_isInTheUnitInterval_forExtremeParameters() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(doubles().between(1e-4, 20), doubles().between(-200, 200),
            doubles().between(1e-3, 1e3), integers().between(1, 1_000_000))
        .check((vol, drift, ratio, minutes) -> {
          double p = GeometricBrownianMotion.of(vol, drift)
              .touchProbability(1, ratio, Duration.ofMinutes(minutes));
          return p >= 0 && p <= 1;
        });
  }

  /**
   * Monte Carlo cross-check against simulated GBM paths. Each step's log price is exact; a
   * touch between grid points is accounted for with the Brownian-bridge crossing probability
   * {@code exp(−2(x₀ − b)(x₁ − b)/(σ²Δt))}, exact for GBM whatever the drift, so the estimator
   * (the mean over paths of 1 − Π(1 − pₖ)) is unbiased and the only error is sampling error:
   * the tolerance is 4 standard errors measured on the sample (a false alarm about 1 in
   * 16,000 per case), plus 1e-9.
   */
  @Test
  void monteCarlo_agreesWithTheClosedForm_withinFourStandardErrors() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    double[][] cases = {
      // vol, drift, barrier ratio, days
      {0.6, 0.0, 0.8, 30},
      {0.8, -0.5, 0.9, 10},
      {0.5, 0.3, 1.15, 20},
      {1.2, 0.0, 1.3, 60},
    };
    for (double[] c : cases) {
      double vol = c[0];
      double drift = c[1];
      double ratio = c[2];
      Duration horizon = Duration.ofDays((long) c[3]);
      double closed = GeometricBrownianMotion.of(vol, drift).touchProbability(1, ratio, horizon);
      int paths = 400;
      int steps = 500;
      double dt = c[3] / 365 / steps;
      double nu = drift - vol * vol / 2;
      double b = Math.log(ratio);
      double sum = 0;
      double sumSq = 0;
      for (int p = 0; p < paths; p++) {
        double x = 0;
        double survive = 1;
        for (int k = 0; k < steps && survive > 0; k++) {
          double next = x + nu * dt + vol * Math.sqrt(dt) * normal.sample();
          if ((b < 0 && next <= b) || (b > 0 && next >= b)) {
            survive = 0;
          } else {
            survive *= 1 - Math.exp(-2 * (x - b) * (next - b) / (vol * vol * dt));
          }
          x = next;
        }
        double touched = 1 - survive;
        sum += touched;
        sumSq += touched * touched;
      }
      double mean = sum / paths;
      double se = Math.sqrt(Math.max(0, sumSq / paths - mean * mean) / (paths - 1));
      assertEquals(closed, mean, 4 * se + 1e-9,
          () -> "case vol=" + vol + " drift=" + drift + " barrier=" + ratio + " closed=" + closed
              + " mc=" + mean + " se=" + se);
    }
  }

  /**
   * Domain brief §6 quotes 30-day liquidation probabilities for BTC's long perp: a 50% fall
   * (2x) under 1%, 33% (3x) about 2%, 20% (5x) about 10%. No single volatility gives all three
   * exactly (the quotes are rounded rules of thumb); at 55% annual volatility, no drift, the
   * closed form gives 0.002%, 1.2% and 17.5%: the same orders of magnitude.
   */
  @Test
  void domainFigure_quotedThirtyDayLiquidationProbabilitiesForBtc() {
    GeometricBrownianMotion btc = GeometricBrownianMotion.of(0.55);
    double twoX = btc.liquidationProbability(PositionSide.LONG, 100, 50, DAYS_30);
    double threeX = btc.liquidationProbability(PositionSide.LONG, 100, 100 * 2 / 3.0, DAYS_30);
    double fiveX = btc.liquidationProbability(PositionSide.LONG, 100, 80, DAYS_30);
    assertTrue(twoX < 0.01, "2x: " + twoX);
    assertTrue(threeX > 0.005 && threeX < 0.04, "3x: " + threeX);
    assertTrue(fiveX > 0.05 && fiveX < 0.20, "5x: " + fiveX);
    assertTrue(twoX < threeX && threeX < fiveX);
  }

  @Test
  void knownValue_driftlessLogPrice() {
    // σ = 0.5, T = 1 year (365 days), barrier at e^{-0.5}: 2Φ(−1) = 0.3173105078629141
    GeometricBrownianMotion gbm = GeometricBrownianMotion.of(0.5, 0.125);
    assertEquals(0.3173105078629141,
        gbm.touchProbability(1, Math.exp(-0.5), Duration.ofDays(365)), 1e-13);
  }

  @Test
  void liquidation_longBelowShortAbove() {
    GeometricBrownianMotion gbm = GeometricBrownianMotion.of(0.6, -0.2);
    assertEquals(gbm.touchProbability(100, 80, DAYS_30),
        gbm.liquidationProbability(PositionSide.LONG, 100, 80, DAYS_30), 0);
    assertEquals(gbm.touchProbability(100, 120, DAYS_30),
        gbm.liquidationProbability(PositionSide.SHORT, 100, 120, DAYS_30), 0);
    // the bearish drift makes the long's liquidation likelier than the mirrored short's
    assertTrue(gbm.liquidationProbability(PositionSide.LONG, 100, 80, DAYS_30)
        > gbm.liquidationProbability(PositionSide.SHORT, 100, 125, DAYS_30));
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException vol = assertThrows(IllegalArgumentException.class,
        () -> GeometricBrownianMotion.of(0));
    assertEquals("annualVolatility must be > 0, was 0.0", vol.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GeometricBrownianMotion.of(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> GeometricBrownianMotion.of(0.5, Double.POSITIVE_INFINITY));
    GeometricBrownianMotion gbm = GeometricBrownianMotion.of(0.5);
    IllegalArgumentException price = assertThrows(IllegalArgumentException.class,
        () -> gbm.touchProbability(-1, 80, DAYS_30));
    assertEquals("price must be > 0, was -1.0", price.getMessage());
    assertThrows(IllegalArgumentException.class, () -> gbm.touchProbability(100, 0, DAYS_30));
    IllegalArgumentException horizon = assertThrows(IllegalArgumentException.class,
        () -> gbm.touchProbability(100, 80, Duration.ZERO));
    assertEquals("horizon must be positive, was PT0S", horizon.getMessage());
    IllegalArgumentException wrongSide = assertThrows(IllegalArgumentException.class,
        () -> gbm.liquidationProbability(PositionSide.LONG, 100, 120, DAYS_30));
    assertEquals("liquidationPrice must be <= price 100.0 for a LONG, was 120.0",
        wrongSide.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> gbm.liquidationProbability(PositionSide.SHORT, 100, 80, DAYS_30));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(GeometricBrownianMotion.of(0.5), GeometricBrownianMotion.of(0.5, -0.0),
            GeometricBrownianMotion.of(0.7).withAnnualVolatility(0.5))
        .addEqualityGroup(GeometricBrownianMotion.of(0.5).withAnnualDrift(0.1))
        .testEquals();
    new NullPointerTester()
        .setDefault(Duration.class, DAYS_30)
        .setDefault(double.class, 1.0)
        .testAllPublicInstanceMethods(GeometricBrownianMotion.of(0.5));
  }

  @Test
  void farTail_millsRatioBranch_matchesTheDirectFormula() {
    // σ = 0.5, no drift: ν = −0.125; barrier at 20% of the price, 36.5 days (0.1 y):
    // b = ln 0.2, s = 0.5·√0.1, z₂ = (b + ν·0.1)/s ≈ −10.26 < −5 and 2νb/σ² = ln 5 > 0, so the
    // continued-fraction branch runs; e^(ln 5) = 5 keeps the direct formula finite here
    GeometricBrownianMotion gbm = GeometricBrownianMotion.of(0.5, 0.0);
    double b = Math.log(0.2);
    double nu = -0.125;
    double s = 0.5 * Math.sqrt(0.1);
    org.apache.commons.math3.distribution.NormalDistribution normal =
        new org.apache.commons.math3.distribution.NormalDistribution();
    double expected = normal.cumulativeProbability((b - nu * 0.1) / s)
        + 5.0 * normal.cumulativeProbability((b + nu * 0.1) / s);
    double actual = gbm.touchProbability(100, 20, java.time.Duration.ofMillis(3_153_600_000L));
    assertEquals(expected, actual, 1e-9 * expected);
    assertTrue(actual > 0 && actual < 1e-20, "p " + actual);
  }

  /**
   * With drift σ²/2 the log-price is a driftless Brownian motion, so the reflection principle
   * gives the touch probability in closed form, {@code 2Φ(−|b|/(σ√t))}: an oracle independent of
   * the first-passage formula. Horizons below a second check that the nanosecond part counts.
   */
  @Test
  void driftlessLogPrice_matchesTheReflectionPrinciple_downToSubSecondHorizons() {
    double sigma = 0.8;
    GeometricBrownianMotion gbm = GeometricBrownianMotion.of(sigma, sigma * sigma / 2);
    for (Duration h : new Duration[] {Duration.ofNanos(250_000_000), Duration.ofMillis(500),
        Duration.ofSeconds(1, 500_000_000), Duration.ofHours(8), Duration.ofDays(30)}) {
      double years = (h.getSeconds() + h.getNano() / 1e9) / (365.0 * 86_400);
      for (double barrier : new double[] {99.99, 100.02, 90, 125}) {
        double b = Math.log(barrier / 100);
        double z = -Math.abs(b) / (sigma * Math.sqrt(years));
        double expected = Math.min(1, 2 * 0.5 * Erf.erfc(-z / Math.sqrt(2)));
        assertEquals(expected, gbm.touchProbability(100, barrier, h), 1e-9,
            h + " barrier " + barrier);
      }
    }
  }

  @Test
  void liquidationAtThePrice_isCertain_forEitherSide() {
    GeometricBrownianMotion gbm = GeometricBrownianMotion.of(0.8);
    assertEquals(1.0, gbm.liquidationProbability(PositionSide.LONG, 100, 100,
        Duration.ofHours(8)), 0);
    assertEquals(1.0, gbm.liquidationProbability(PositionSide.SHORT, 100, 100,
        Duration.ofHours(8)), 0);
    assertThrows(IllegalArgumentException.class, () -> gbm.liquidationProbability(
        PositionSide.LONG, 100, Math.nextUp(100.0), Duration.ofHours(8)));
    assertThrows(IllegalArgumentException.class, () -> gbm.liquidationProbability(
        PositionSide.SHORT, 100, Math.nextDown(100.0), Duration.ofHours(8)));
  }
}
