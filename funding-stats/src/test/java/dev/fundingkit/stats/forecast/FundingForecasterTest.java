package dev.fundingkit.stats.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.ou.OuParameters;
import dev.fundingkit.stats.ou.OuSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FundingForecasterTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final double LN2 = Math.log(2);

  /** Trapezoid integral of a simulated path on a fine grid: the independent oracle. */
  private static double accrued(double[] x, double dt, double intervalHours) {
    double sum = 0;
    for (int i = 1; i < x.length; i++) {
      sum += 0.5 * (x[i] + x[i - 1]) * dt;
    }
    return -sum / intervalHours;
  }

  @Test
  void band95_coversTheSimulatedAccrual_93to97Percent() {
    // HL 24 h, μ = 0.01%/8h, stationary sd 0.03%/8h, start 2 sd below μ, horizon 7 d
    double theta = LN2 / 24;
    OuParameters p = OuParameters.perHour(theta, FundingRate.of(1e-4, H8), 3e-4 * Math.sqrt(2 * theta));
    FundingRate latest = FundingRate.of(1e-4 - 6e-4, H8);
    FundingForecast f = FundingForecaster.ou(p, T0, latest, Duration.ofDays(7));
    double dt = 0.25;
    double[] grid = new double[673];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = i * dt;
    }
    OuSimulator sim = OuSimulator.seeded(p, 4242);
    int reps = 4000;
    int inside = 0;
    double sum = 0;
    double sumSq = 0;
    for (int k = 0; k < reps; k++) {
      double a = accrued(sim.pathFrom(latest.value(), grid), dt, 8);
      inside += a >= f.bandLow() && a <= f.bandHigh() ? 1 : 0;
      sum += a;
      sumSq += a * a;
    }
    double coverage = inside / (double) reps;
    double mean = sum / reps;
    double sd = Math.sqrt(sumSq / reps - mean * mean);
    System.out.printf("forecast 95%% band coverage %.4f (%d paths); mean %.6g vs %.6g, sd %.6g vs"
        + " %.6g%n", coverage, reps, mean, f.expected(), sd, f.sd());
    assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    assertEquals(f.expected(), mean, 4 * f.sd() / Math.sqrt(reps));
    assertEquals(f.sd(), sd, 0.05 * f.sd());
  }

  @Test
  void meanAndVariance_matchHandComputedLimits() {
    // θ → 0 over the horizon: ∫F ≈ F₀H, var ≈ σ²H³/3. θ = 1e-6/h, H = 10 h, F₀ = 3e-4,
    // μ = 1e-4, σ = 1e-5 per 8h per √h: mean ∫ = 1e-4·10 + 2e-4·10·(1 − 5e-6) ≈ 2.99999e-3,
    // so a long receives −2.99999e-3 / 8 = −3.7499875e-4; var = 1e-10·1000/3 → sd ∫ =
    // 1.8257e-4, sd = 2.2822e-5
    OuParameters slow = OuParameters.perHour(1e-6, FundingRate.of(1e-4, H8), 1e-5);
    FundingForecast f = FundingForecaster.ou(slow, T0, FundingRate.of(3e-4, H8),
        Duration.ofHours(10));
    assertEquals(-3.7499875e-4, f.expected(), 1e-11);
    assertEquals(Math.sqrt(1e-10 * 1000 / 3) / 8, f.sd(), 1e-10);
    // θ large: the accrual is μH/I = 1e-4·10/8 with sd ≈ σ√H/θ/I
    OuParameters fast = OuParameters.perHour(100, FundingRate.of(1e-4, H8), 1e-3);
    FundingForecast g = FundingForecaster.ou(fast, T0, FundingRate.of(1e-4, H8),
        Duration.ofHours(10));
    assertEquals(-1.25e-4, g.expected(), 1e-18);
    assertEquals(1e-3 * Math.sqrt(10) / 100 / 8, g.sd(), 1e-3 * g.sd());
  }

  @Test
  void seriesBranchOfTheVariance_joinsTheClosedForm() {
    double below = FundingForecaster.integratedVariance(1, 1, 0.00999999);
    double above = FundingForecaster.integratedVariance(1, 1, 0.01000001);
    // across the switch at u = 0.01 the bracket moves by f'(u)·Δu = (1 − e^(−u))²·2e-8
    assertEquals(Math.pow(-Math.expm1(-0.01), 2) * 2e-8, above - below, 1e-15);
    // u³/3 − u⁴/4 at u = 0.005, the next term 7u⁵/60 = 3.6e-13 left out
    assertEquals(Math.pow(0.005, 3) / 3 - Math.pow(0.005, 4) / 4,
        FundingForecaster.integratedVariance(1, 1, 0.005), 1e-12);
  }

  @Test
  void ou_readsTheLatestRateInTheParametersInterval_notItsOwn() {
    // 0.1 took the latest print's interval as μ's: a per-hour print against a per-8h μ was
    // mixed unconverted. Oracle: the same print per 8 h (value × 8) gives the same forecast.
    double theta = LN2 / 24;
    OuParameters per8h = OuParameters.perHour(theta, FundingRate.of(1e-4, H8), 2e-5);
    FundingForecast hourly = FundingForecaster.ou(per8h, T0,
        FundingRate.of(-2e-4 / 8, Duration.ofHours(1)), Duration.ofDays(3));
    FundingForecast eightHourly =
        FundingForecaster.ou(per8h, T0, FundingRate.of(-2e-4, H8), Duration.ofDays(3));
    assertEquals(eightHourly.expected(), hourly.expected(), 1e-15);
    assertEquals(eightHourly.sd(), hourly.sd(), 1e-15);
  }

  @Test
  void twoTimescale_withOneSilentComponentAndNoStateNoise_equalsOneOu() {
    double theta = LN2 / 24;
    OuParameters p = OuParameters.perHour(theta, FundingRate.of(1e-4, H8), 2e-5);
    FundingRate latest = FundingRate.of(-2e-4, H8);
    FundingForecast one = FundingForecaster.ou(p, T0, latest, Duration.ofDays(3));
    FundingForecast two = FundingForecaster.twoTimescale(1e-4, new double[] {theta, 1.0},
        new double[] {2e-5, 0}, new double[] {-3e-4, 0}, new double[4], Duration.ofHours(1),
        T0, latest, Duration.ofDays(3));
    assertEquals(one.expected(), two.expected(), 1e-15);
    assertEquals(one.sd(), two.sd(), 1e-15);
    assertEquals(ForecastModel.TWO_TIMESCALE, two.model());
    FundingForecast uncertain = FundingForecaster.twoTimescale(1e-4, new double[] {theta, 1.0},
        new double[] {2e-5, 0}, new double[] {-3e-4, 0}, new double[] {1e-8, 0, 0, 0},
        Duration.ofHours(1), T0, latest, Duration.ofDays(3));
    assertTrue(uncertain.sd() > one.sd());
    assertThrows(IllegalArgumentException.class, () -> FundingForecaster.twoTimescale(0,
        new double[1], new double[2], new double[2], new double[4], Duration.ofHours(1), T0,
        latest, Duration.ofDays(1)));
  }

  @Test
  void reverseCarryProbability_comparesWithTheBorrowCostOverTheHorizon() {
    // deep negative funding: a long receives; 7 days of 10%/y borrow costs 0.1·168/8760
    double theta = LN2 / 24;
    OuParameters p = OuParameters.perHour(theta, FundingRate.of(-5e-4, H8), 1e-5);
    FundingForecast f = FundingForecaster.ou(p, T0, FundingRate.of(-5e-4, H8),
        Duration.ofDays(7));
    // expected = 5e-4·168/8 = 0.0105 received, far above 0.1·168/8760 = 0.001918
    assertEquals(0.0105, f.expected(), 1e-12);
    assertTrue(f.probabilityReverseCarryProfitable(0.10) > 0.999);
    assertEquals(0.5, f.probabilityAbove(f.expected()), 1e-15);
    assertTrue(f.probabilityReverseCarryProfitable(100.0) < 1e-6);
    assertThrows(IllegalArgumentException.class, () -> f.probabilityReverseCarryProfitable(-1));
  }

  @Test
  void fromAFit_usesTheDefaultParametersAndTheLastRate_orNothingWithoutParameters() {
    double theta = LN2 / 24;
    OuParameters p = OuParameters.perHour(theta, FundingRate.of(1e-4, H8), 2e-5);
    long[] ms = new long[1000];
    double[] hours = new double[1000];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = T0.toEpochMilli() + i * 8 * 3_600_000L;
      hours[i] = 8.0 * i;
    }
    FundingSeries series = FundingSeries.of(ms, OuSimulator.seeded(p, 9).path(hours), H8,
        IntervalSource.DECLARED);
    OuFit fit = OuFitter.defaults().fit(series);
    FundingForecast f = FundingForecaster.of(fit, series, Duration.ofDays(7)).orElseThrow();
    assertEquals(series.lastTime(), f.from());
    assertEquals(series.get(999), f.latest());
    assertEquals(FundingForecaster.ou(fit.parameters().orElseThrow(), f.from(), f.latest(),
        Duration.ofDays(7)), f);
    Random r = new Random(3);
    double[] walk = new double[1000];
    for (int i = 1; i < walk.length; i++) {
      walk[i] = walk[i - 1] + 1e-5 * r.nextGaussian();
    }
    FundingSeries rw = series.withValues(walk);
    OuFit rwFit = OuFitter.defaults().fit(rw);
    assertEquals(rwFit.parameters().isPresent(),
        FundingForecaster.of(rwFit, rw, Duration.ofDays(1)).isPresent());
  }

  @Test
  void fromATwoTimescaleFit_startsAtItsFilteredState() {
    double[] t = new double[1500];
    long[] ms = new long[t.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = 8.0 * i;
      ms[i] = i * 8 * 3_600_000L;
    }
    double tf = LN2 / 12;
    double ts = LN2 / 240;
    double[] a = OuSimulator.seeded(OuParameters.perHour(tf, FundingRate.of(0, H8), 1e-4 * Math.sqrt(2 * tf)), 5)
        .path(t);
    double[] b = OuSimulator.seeded(OuParameters.perHour(ts, FundingRate.of(1e-4, H8), 1e-4 * Math.sqrt(2 * ts)),
        6).path(t);
    double[] x = new double[t.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = a[i] + b[i];
    }
    dev.fundingkit.stats.ou.TwoTimescaleFit fit = dev.fundingkit.stats.ou.TwoTimescaleFitter
        .defaults().fit(FundingSeries.of(ms, x, H8, IntervalSource.DECLARED)).orElseThrow();
    FundingForecast f = FundingForecaster.of(fit, Duration.ofDays(7));
    assertEquals(ForecastModel.TWO_TIMESCALE, f.model());
    assertEquals(FundingForecaster.twoTimescale(fit.mu().value(),
        new double[] {fit.thetaFast(), fit.thetaSlow()}, fit.sigmas(), fit.stateMean(),
        fit.stateCovariance(), Duration.ofHours(1), fit.lastTime(), fit.latest(),
        Duration.ofDays(7)), f);
    assertTrue(f.sd() > 0);
  }

  @Test
  void nulls_areRejected() throws NoSuchMethodException {
    new NullPointerTester()
        .setDefault(OuParameters.class, OuParameters.perHour(0.1, FundingRate.of(0, H8), 1e-5))
        .setDefault(FundingRate.class, FundingRate.of(1e-4, H8))
        .setDefault(Duration.class, H8)
        .setDefault(Instant.class, T0)
        .setDefault(double[].class, new double[] {1, 1, 0, 0})
        .setDefault(FundingSeries.class, FundingSeries.of(new long[] {0, 1}, new double[2],
            H8, IntervalSource.DECLARED))
        .setDefault(OuFit.class, OuFitter.defaults().fitRegular(new double[] {1, 2}, H8))
        .ignore(FundingForecaster.class.getMethod("of",
            dev.fundingkit.stats.ou.TwoTimescaleFit.class, Duration.class))
        .testAllPublicStaticMethods(FundingForecaster.class);
  }

  @Test
  void twoTimescale_addsTheStateCovarianceThroughBothLoadings() {
    // σ = 0, so the variance is bᵀCb alone; h = 1 h, unit 1 h, latest per 1 h (interval 1).
    // θ = ln 2, ln 4: b = (1 − 1/2)/ln 2 = 0.7213475204444817, (1 − 1/4)/ln 4 =
    // 0.5410106403333613. C = [4 1; 2 9]: b₁²·4 + b₁b₂·(1 + 2) + b₂²·9 = 5.886371649406485
    // (mpmath, 40 digits), sd = 2.4261845868372185.
    FundingForecast f = FundingForecaster.twoTimescale(0, new double[] {LN2, Math.log(4)},
        new double[2], new double[2], new double[] {4, 1, 2, 9}, Duration.ofHours(1), T0,
        FundingRate.of(0, Duration.ofHours(1)), Duration.ofHours(1));
    assertEquals(2.4261845868372185, f.sd(), 1e-14);
    assertEquals(0.0, f.expected(), 0);
  }

  @Test
  void twoTimescale_readsTheNanosOfTheDurations() {
    // State 0, so the mean is μ·h: h = 3600.5 s / 3600 s, expected −μ·h per 1 h.
    FundingForecast f = FundingForecaster.twoTimescale(1e-4, new double[] {1, 1},
        new double[2], new double[2], new double[4], Duration.ofHours(1), T0,
        FundingRate.of(0, Duration.ofHours(1)), Duration.ofSeconds(3600, 500_000_000));
    assertEquals(-1e-4 * 3600.5 / 3600, f.expected(), 1e-18);
  }

  @Test
  void twoTimescale_rejectsArraysOfTheWrongLength() {
    FundingRate latest = FundingRate.of(0, H8);
    Duration unit = Duration.ofHours(1);
    assertEquals("thetas must have length 2, was 3", assertThrows(
        IllegalArgumentException.class, () -> FundingForecaster.twoTimescale(0,
            new double[] {1, 1, 1}, new double[2], new double[2], new double[4], unit, T0,
            latest, unit)).getMessage());
    assertEquals("sigmas must have length 2, was 3", assertThrows(
        IllegalArgumentException.class, () -> FundingForecaster.twoTimescale(0,
            new double[] {1, 1}, new double[3], new double[2], new double[4], unit, T0,
            latest, unit)).getMessage());
    assertEquals("stateMean must have length 2, was 3", assertThrows(
        IllegalArgumentException.class, () -> FundingForecaster.twoTimescale(0,
            new double[] {1, 1}, new double[2], new double[3], new double[4], unit, T0,
            latest, unit)).getMessage());
    assertEquals("stateCovariance must have length 4, was 5", assertThrows(
        IllegalArgumentException.class, () -> FundingForecaster.twoTimescale(0,
            new double[] {1, 1}, new double[2], new double[2], new double[5], unit, T0,
            latest, unit)).getMessage());
  }

  @Test
  void integratedVariance_atTheSwitchPoint_usesTheClosedForm() {
    // At u = 0.01 exactly the closed form is within 2e-12 (relative) of the exact bracket
    // u + 2(e^(−u) − 1) − (e^(−2u) − 1)/2 = 3.3084495845603743e-7 (mpmath, 50 digits); the
    // four-term series, which stops before its u⁷ term, is 3.7e-10 off.
    assertEquals(3.3084495845603743e-7, FundingForecaster.integratedVariance(1, 1, 0.01),
        1e-17);
  }
}
