package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class OuFitterTest {

  private static final long SEED = 20261122L;
  private static final Duration H8 = Duration.ofHours(8);
  private static final OuFitter FITTER = OuFitter.defaults();

  /** HL 24 h on 8 h steps. */
  static double[] ouPath(long seed, int n) {
    return OuSimulator.seeded(OuParameters.perHour(Math.log(2) / 24, 1e-4, 3e-5), seed)
        .path(grid(n, 8.0));
  }

  static double[] grid(int n, double step) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * step;
    }
    return t;
  }

  static double[] ar1(long seed, int n, double phi) {
    ZigguratSampler.NormalizedGaussian z =
        ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    double[] x = new double[n];
    for (int i = 1; i < n; i++) {
      x[i] = phi * x[i - 1] + 1e-4 * z.sample();
    }
    return x;
  }

  @Test
  void randomWalk_isUnitRootNotRejected() {
    OuFit fit = FITTER.fitRegular(ar1(SEED, 300, 1.0), H8);
    assertEquals(OuVerdict.UNIT_ROOT_NOT_REJECTED, fit.verdict(), fit::toString);
    assertTrue(fit.phi() > 0 && fit.phi() < 1);
    assertTrue(fit.halfLifeHoursMle().isPresent(), "a walk still gives a finite point HL");
    assertTrue(fit.adfTau() > fit.unitRootTest().critical5());
  }

  @Test
  void randomWalks_rarelyPassAsMeanReverting() {
    int meanReverting = 0;
    for (int k = 0; k < 200; k++) {
      OuVerdict v = FITTER.fitRegular(ar1(SEED + k, 300, 1.0), H8).verdict();
      assertTrue(v != OuVerdict.NOT_IDENTIFIED);
      meanReverting += v == OuVerdict.MEAN_REVERTING ? 1 : 0;
    }
    // the DF test has 5% size; 200 walks give 10 ± 3
    assertTrue(meanReverting <= 20, "walks judged mean-reverting: " + meanReverting);
  }

  @Test
  void explosiveSeries_isNoMeanReversion_withNothingToReport() {
    OuFit fit = FITTER.fitRegular(ar1(SEED, 200, 1.02), H8);
    assertEquals(OuVerdict.NO_MEAN_REVERSION, fit.verdict());
    assertTrue(fit.phi() >= 1);
    assertTrue(fit.thetaMle().isEmpty());
    assertTrue(fit.theta().isEmpty());
    assertTrue(fit.mu().isEmpty());
    assertTrue(fit.sigma().isEmpty());
    assertTrue(fit.stationarySd().isEmpty());
    assertTrue(fit.halfLife().isEmpty());
    assertTrue(fit.halfLifeHoursCi().isEmpty());
    assertTrue(fit.parameters().isEmpty());
    assertTrue(fit.seTheta().isEmpty());
  }

  @Test
  void antiPersistentAr1_isNotIdentified_andReportsTheSampleMeanAndSd() {
    double[] x = ar1(SEED, 500, -0.5);
    OuFit fit = FITTER.fitRegular(x, H8);
    assertEquals(OuVerdict.NOT_IDENTIFIED, fit.verdict());
    assertTrue(fit.phi() < 0);
    assertTrue(fit.thetaMle().isEmpty());
    assertTrue(fit.halfLife().isEmpty());
    assertTrue(fit.sigma().isEmpty());
    double mean = java.util.Arrays.stream(x).average().orElseThrow();
    assertEquals(mean, fit.mu().orElseThrow(), 1e-18);
    assertTrue(fit.stationarySd().orElseThrow() > 0);
  }

  @Test
  void antiPersistentAr1_withGaps_isNotIdentified() {
    double[] x = ar1(SEED, 500, -0.5);
    double[] t = grid(500, 8.0);
    t[250] += 3; // one irregular step switches to the profile likelihood
    OuFit fit = FITTER.fitAt(t, x);
    assertEquals(OuEstimator.PROFILE_LIKELIHOOD, fit.estimator());
    assertEquals(OuVerdict.NOT_IDENTIFIED, fit.verdict());
  }

  @Test
  void whiteNoise_neverGivesAHalfLifeLongerThanTheStep() {
    for (int k = 0; k < 200; k++) {
      OuFit fit = FITTER.fitRegular(ar1(SEED + k, 200, 0.0), H8);
      fit.halfLifeHoursMle().ifPresent(h -> assertTrue(h < 8, "HL " + h));
      fit.halfLifeHours().ifPresent(h -> assertTrue(h < 8, "HL " + h));
    }
  }

  @Test
  void shortSeries_isInsufficientData_butStillEstimated() {
    OuFit fit = FITTER.fitRegular(ouPath(SEED, 25), H8);
    assertEquals(OuVerdict.INSUFFICIENT_DATA, fit.verdict());
    assertEquals(25, fit.n());
    assertEquals(24, fit.transitions());
  }

  @Test
  void spanUnderFiveCorrectedHalfLives_isInsufficientData() {
    // HL 720 h over 100 × 8 h = 792 h: about one half-life, but θ̂ is biased up, so the rule
    // is checked on the estimate it uses: T·θ̃ < 5·ln 2
    int insufficient = 0;
    for (int k = 0; k < 60; k++) {
      double[] x = OuSimulator.seeded(OuParameters.perHour(Math.log(2) / 720, 0, 1e-5), SEED + k)
          .path(grid(100, 8));
      OuFit fit = FITTER.fitRegular(x, H8);
      if (fit.thetaMle().isEmpty()) {
        continue;
      }
      boolean shortSpan = fit.theta().isEmpty()
          || fit.theta().getAsDouble() * fit.spanUnits() < 5 * Math.log(2);
      assertEquals(shortSpan, fit.verdict() == OuVerdict.INSUFFICIENT_DATA, fit::toString);
      insufficient += shortSpan ? 1 : 0;
    }
    assertTrue(insufficient >= 10, "short-span cases: " + insufficient);
  }

  @Test
  void tangChen_isNotAppliedWherePhiIsWithinThreeStandardErrorsOfZero() {
    // n = 100: se(φ) ≈ 0.1, so φ̂ = 0.2 keeps the MLE and φ̂ = 0.5 is corrected
    assertEquals(-Math.log(0.2), OuFitter.tangChen(-Math.log(0.2), 1, 100, 100), 0);
    double th = -Math.log(0.5);
    assertEquals(th - (5 + 4 + 4) / 200.0, OuFitter.tangChen(th, 1, 100, 100), 1e-15);
  }

  @Test
  void meanRevertingPath_isMeanReverting_withCorrectedThetaBelowMle() {
    OuFit fit = FITTER.fitRegular(ouPath(SEED, 1000), H8);
    assertEquals(OuVerdict.MEAN_REVERTING, fit.verdict());
    assertTrue(fit.theta().orElseThrow() < fit.thetaMle().orElseThrow());
    assertEquals(BiasCorrection.TANG_CHEN, fit.biasCorrection());
    double hl = fit.halfLifeHours().orElseThrow();
    assertEquals(hl, fit.halfLife().orElseThrow().toNanos() / 3.6e12, 1e-9);
    assertEquals(fit.parameters().orElseThrow().stationarySd(),
        fit.stationarySd().orElseThrow(), 1e-18);
    assertTrue(fit.toString().startsWith("OuFit[MEAN_REVERTING n=1000"), fit::toString);
  }

  @Test
  void noCorrection_makesThetaTheMle() {
    OuFit fit = FITTER.withBiasCorrection(BiasCorrection.NONE).fitRegular(ouPath(SEED, 500), H8);
    assertEquals(fit.thetaMle().orElseThrow(), fit.theta().orElseThrow(), 0);
    assertEquals(fit.halfLifeHoursMle().orElseThrow(), fit.halfLifeHours().orElseThrow(), 0);
  }

  @Test
  void perHour_fitsAn8hTo1hSwitchOnOneScale() {
    // one OU process in per-hour units, settled every 8 h, then every hour
    int n8 = 300;
    int n1 = 1200;
    double[] t = new double[n8 + n1];
    for (int i = 0; i < n8; i++) {
      t[i] = 8.0 * i;
    }
    for (int i = 0; i < n1; i++) {
      t[n8 + i] = 8.0 * (n8 - 1) + 1 + i;
    }
    double[] perHour = OuSimulator.seeded(OuParameters.perHour(0.02, 1.25e-5, 2e-6), SEED)
        .path(t);
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    Instant[] times = new Instant[t.length];
    FundingRate[] rates = new FundingRate[t.length];
    double[] perInterval = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      times[i] = t0.plusSeconds(Math.round(t[i] * 3600));
      Duration interval = Duration.ofHours(i < n8 ? 8 : 1);
      rates[i] = FundingRate.of(perHour[i] * (i < n8 ? 8 : 1), interval);
      perInterval[i] = rates[i].value();
    }
    OuFitter fitter = FITTER.withPerHour(true);
    OuFit byRate = fitter.fit(times, rates);
    OuFit inferred = fitter.fit(times, perInterval);
    OuFit truth = FITTER.fit(times, perHour);
    assertEquals(truth.thetaMle().orElseThrow(), byRate.thetaMle().orElseThrow(), 1e-12);
    assertEquals(truth.thetaMle().orElseThrow(), inferred.thetaMle().orElseThrow(), 1e-12);
    assertEquals(truth.mu().orElseThrow(), inferred.mu().orElseThrow(), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> FITTER.fit(times, rates));
  }

  @Test
  void perHour_treatsMissedSettlementsAsGapsNotLongerIntervals() {
    double[] t = {0, 8, 16, 32, 40, 48, 56, 64};
    double[] iv = SeriesTimes.inferredIntervals(t);
    for (double v : iv) {
      assertEquals(8, v, 0);
    }
    double[] sw = {0, 1, 2, 3, 11, 19, 27};
    double[] ivs = SeriesTimes.inferredIntervals(sw);
    assertEquals(1, ivs[3], 0);
    assertEquals(8, ivs[4], 0);
    assertEquals(8, ivs[6], 0);
  }

  @Test
  void badInput_namesParameterAndValue() {
    double[] x = ouPath(SEED, 50);
    long[] ms = new long[50];
    for (int i = 0; i < 50; i++) {
      ms[i] = 1_000L * i;
    }
    ms[7] = ms[6];
    IllegalArgumentException dup =
        assertThrows(IllegalArgumentException.class, () -> FITTER.fit(ms, x));
    assertEquals("epochMillis must be strictly increasing, but epochMillis[7]=6000"
        + " (1970-01-01T00:00:06Z) duplicates epochMillis[6]=6000 (1970-01-01T00:00:06Z)",
        dup.getMessage());
    ms[7] = 5_000L;
    IllegalArgumentException back =
        assertThrows(IllegalArgumentException.class, () -> FITTER.fit(ms, x));
    assertTrue(back.getMessage().contains("epochMillis[7]=5000 (1970-01-01T00:00:05Z) is before epochMillis[6]=6000"));

    Instant[] times = new Instant[50];
    for (int i = 0; i < 50; i++) {
      times[i] = Instant.EPOCH.plus(H8.multipliedBy(i));
    }
    times[3] = times[2];
    IllegalArgumentException inst =
        assertThrows(IllegalArgumentException.class, () -> FITTER.fit(times, x));
    assertTrue(inst.getMessage().startsWith("times must be strictly increasing"));

    double[] t = grid(50, 8);
    double[] nan = x.clone();
    nan[9] = Double.NaN;
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> FITTER.fitAt(t, nan));
    assertEquals("values[9] must be finite, was NaN", bad.getMessage());
    IllegalArgumentException len = assertThrows(IllegalArgumentException.class,
        () -> FITTER.fitAt(t, java.util.Arrays.copyOf(x, 49)));
    assertEquals("values.length must equal times.length (50), was 49", len.getMessage());
    double[] tNan = t.clone();
    tNan[4] = Double.POSITIVE_INFINITY;
    assertThrows(IllegalArgumentException.class, () -> FITTER.fitAt(tNan, x));
    IllegalArgumentException step = assertThrows(IllegalArgumentException.class,
        () -> FITTER.fitRegular(x, Duration.ZERO));
    assertEquals("step must be positive, was PT0S", step.getMessage());
  }

  @Test
  void tooLittleData_isIllegalState() {
    IllegalStateException few = assertThrows(IllegalStateException.class,
        () -> FITTER.fitRegular(new double[] {1, 2, 1, 2}, H8));
    assertEquals("an OU fit needs at least 5 observations, got 4", few.getMessage());
    assertThrows(IllegalStateException.class,
        () -> FITTER.fitRegular(new double[] {1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4}, H8));
  }

  @Test
  void options_rejectBadValues() {
    assertThrows(IllegalArgumentException.class, () -> FITTER.withBootstrap(10, 1));
    assertThrows(IllegalArgumentException.class, () -> FITTER.withTimeUnit(Duration.ZERO));
    assertFalse(FITTER.outlierFilter().isPresent());
    assertEquals(Duration.ofHours(1), FITTER.timeUnit());
  }

  @Test
  void nulls_areRejectedByName() {
    new NullPointerTester()
        .setDefault(Duration.class, H8)
        .testAllPublicInstanceMethods(FITTER);
  }

  @Test
  void law_fitIsInvariantToShiftingAllTimes() {
    qt().withFixedSeed(SEED).withExamples(30)
        .forAll(longs().between(-1_000_000_000_000L, 3_000_000_000_000L),
            integers().between(0, 1_000))
        .checkAssert((shift, seed) -> {
          double[] x = ouPath(seed, 120);
          long[] a = new long[x.length];
          long[] b = new long[x.length];
          for (int i = 0; i < x.length; i++) {
            a[i] = 1_600_000_000_000L + 28_800_000L * i + (i % 7 == 3 ? 1_234_567L : 0);
            b[i] = a[i] + shift;
          }
          OuFit fa = FITTER.fit(a, x);
          OuFit fb = FITTER.fit(b, x);
          assertEquals(fa.thetaMle(), fb.thetaMle());
          assertEquals(fa.theta(), fb.theta());
          assertEquals(fa.mu(), fb.mu());
          assertEquals(fa.sigma(), fb.sigma());
          assertEquals(fa.halfLifeHoursCi(), fb.halfLifeHoursCi());
          assertEquals(fa.verdict(), fb.verdict());
        });
  }

  @Test
  void law_scalingValuesScalesMuAndSigmaButNotTheta() {
    qt().withFixedSeed(SEED).withExamples(40)
        .forAll(doubles().between(-1e3, 1e3), integers().between(0, 1_000))
        .assuming((k, seed) -> Math.abs(k) > 1e-3)
        .checkAssert((k, seed) -> {
          double[] x = ouPath(seed, 150);
          double[] t = grid(150, 8);
          t[70] += 2.5; // irregular too: both estimators must obey the law
          for (double[] times : new double[][] {grid(150, 8), t}) {
            double[] y = x.clone();
            for (int i = 0; i < y.length; i++) {
              y[i] *= k;
            }
            OuFit a = FITTER.fitAt(times, x);
            OuFit b = FITTER.fitAt(times, y);
            double th = a.thetaMle().orElseThrow();
            assertEquals(th, b.thetaMle().orElseThrow(), 1e-7 * th);
            assertEquals(k * a.mu().orElseThrow(), b.mu().orElseThrow(),
                1e-7 * Math.abs(k) * a.stationarySdMle().orElseThrow());
            assertEquals(Math.abs(k) * a.sigma().orElseThrow(), b.sigma().orElseThrow(),
                1e-7 * Math.abs(k) * a.sigma().orElseThrow());
          }
        });
  }

  @Test
  void law_halfLifeIntervalContainsTheMleHalfLife() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(integers().between(0, 100_000), integers().between(40, 400),
            doubles().between(2, 400))
        .checkAssert((seed, n, hl) -> {
          double[] t = grid(n, 8);
          for (int i = 1; i < n; i++) {
            t[i] = t[i - 1] + (seed % 2 == 0 ? 8 : 4 + (i * 7919 % 13));
          }
          double[] x = OuSimulator.seeded(OuParameters.perHour(Math.log(2) / hl, 0, 1e-5),
              seed).path(t);
          OuFit fit = FITTER.fitAt(t, x);
          fit.halfLifeHoursMle().ifPresent(h ->
              assertTrue(fit.halfLifeHoursCi().orElseThrow().contains(h), fit::toString));
          fit.thetaMle().ifPresent(th ->
              assertTrue(fit.thetaCi().orElseThrow().contains(th), fit::toString));
        });
  }

  static UniformRandomProvider rng(long seed) {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
  }
}
