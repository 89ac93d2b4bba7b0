package dev.fundingkit.stats.ou;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ModelAdequacyTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final double LN2 = Math.log(2);

  private static FundingSeries series(double[] x) {
    long[] ms = new long[x.length];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = i * 8 * 3_600_000L;
    }
    return FundingSeries.of(ms, x, H8, IntervalSource.DECLARED);
  }

  private static double[] grid(int n) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 8.0 * i;
    }
    return t;
  }

  @Test
  void oneOu_isAdequate_mostOfTheTime() {
    int adequate = 0;
    for (long seed = 1; seed <= 20; seed++) {
      double[] x = OuSimulator.seeded(OuParameters.perHour(LN2 / 24, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 2e-5), seed)
          .path(grid(2000));
      FundingSeries s = series(x);
      ModelAdequacy m = ModelAdequacy.of(s, OuFitter.defaults().fit(s)).orElseThrow();
      adequate += m.adequate() ? 1 : 0;
      assertEquals(Duration.ofHours(96), m.checks().get(4).lag());
    }
    // five lags with 95% bands each (correlated): most paths pass all
    assertTrue(adequate >= 14, "adequate " + adequate);
  }

  @Test
  void twoTimescales_areNotAdequate_andTheImpliedThetaFallsWithTheLag() {
    double tf = LN2 / 6;
    double ts = LN2 / 240;
    double[] t = grid(4000);
    double[] a = OuSimulator.seeded(OuParameters.perHour(tf, FundingRate.of(0, java.time.Duration.ofHours(1)), 1e-4 * Math.sqrt(2 * tf)), 3)
        .path(t);
    double[] b = OuSimulator.seeded(OuParameters.perHour(ts, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 1e-4 * Math.sqrt(2 * ts)), 4)
        .path(t);
    double[] x = new double[t.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = a[i] + b[i];
    }
    FundingSeries s = series(x);
    ModelAdequacy m = ModelAdequacy.of(s, OuFitter.defaults().fit(s)).orElseThrow();
    assertFalse(m.adequate(), m::toString);
    double first = m.checks().get(0).impliedTheta().orElseThrow();
    double last = m.checks().get(4).impliedTheta().orElseThrow();
    assertTrue(first > 2 * last, m::toString);
  }

  @Test
  void noTheta_orTooShort_isEmpty_andBadLagsAreRejected() {
    double[] x = OuSimulator.seeded(OuParameters.perHour(LN2 / 24, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 2e-5), 1)
        .path(grid(20));
    FundingSeries shortSeries = series(x);
    assertEquals(Optional.empty(),
        ModelAdequacy.of(shortSeries, OuFitter.defaults().fit(shortSeries)));
    double[] y = OuSimulator.seeded(OuParameters.perHour(LN2 / 24, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 2e-5), 1)
        .path(grid(300));
    FundingSeries s = series(y);
    OuFit fit = OuFitter.defaults().fit(s);
    assertThrows(IllegalArgumentException.class,
        () -> ModelAdequacy.of(s, fit, new int[] {0}));
    assertThrows(IllegalArgumentException.class,
        () -> ModelAdequacy.of(s, fit, new int[] {31}));
    new NullPointerTester().setDefault(FundingSeries.class, s).setDefault(OuFit.class, fit)
        .testAllPublicStaticMethods(ModelAdequacy.class);
    new EqualsTester()
        .addEqualityGroup(ModelAdequacy.of(s, fit).orElseThrow(),
            ModelAdequacy.of(s, fit).orElseThrow())
        .addEqualityGroup(ModelAdequacy.of(s, fit, new int[] {1}).orElseThrow())
        .testEquals();
  }

  private static final double Z = 1.959963984540054;

  /**
   * 30 points alternating 1, 0, 1, … whose steps are 14 × 8 h, then 14 × 4 h, then one 8 h:
   * the median step is 8 h only once the steps are sorted.
   */
  private static FundingSeries alternating() {
    long[] ms = new long[30];
    double[] x = new double[30];
    for (int i = 1; i < 30; i++) {
      long stepHours = i <= 14 || i == 29 ? 8 : 4;
      ms[i] = ms[i - 1] + stepHours * 3_600_000L;
    }
    for (int i = 0; i < 30; i++) {
      x[i] = i % 2 == 0 ? 1 : 0;
    }
    return FundingSeries.of(ms, x, H8, IntervalSource.DECLARED);
  }

  /** A hand-built fit whose θ̃ is ln2/4 per 2 h unit, i.e. φ = exp(−ln2/8 · 8) = 1/2 per 8 h. */
  private static OuFit halfPerStep() {
    MleEstimate mle = new MleEstimate(OuEstimator.CLOSED_FORM, MleEstimate.Status.INTERIOR, 0.5,
        LN2 / 4, 0.5, 0.1, 0.01, 0.01, 0.01, new ConfidenceInterval(0.1, 0.3));
    return new OuFit(30, 116, Duration.ofHours(2), mle, LN2 / 4, BiasCorrection.NONE,
        IntervalMethod.PROFILE_LIKELIHOOD, new ConfidenceInterval(0.1, 0.3),
        new DickeyFuller(-5, 0, 28, -3.5, -2.9, -2.6), 0, 0.5, 0.5, H8, IntervalSource.DECLARED);
  }

  private static Object roundTrip(Object o) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void handWorkedSeries_givesTheExactBands() {
    ModelAdequacy m = ModelAdequacy.of(alternating(), halfPerStep(), new int[] {1, 2, 3})
        .orElseThrow();
    // mean 1/2, deviations ±1/2: c0 = 30/4; lag 1 sums 29 × (−1/4) < 0, lag 2 sums 28 × 1/4
    LagCheck l1 = m.checks().get(0);
    LagCheck l2 = m.checks().get(1);
    LagCheck l3 = m.checks().get(2);
    assertEquals(Duration.ofHours(8), l1.lag());
    assertEquals(Duration.ofHours(16), l2.lag());
    assertEquals(Duration.ofHours(24), l3.lag());
    assertEquals(OptionalDouble.empty(), l1.impliedTheta());
    assertEquals(-Math.log(7.0 / 7.5) / 16, l2.impliedTheta().orElseThrow(), 1e-14);
    assertEquals(OptionalDouble.empty(), l3.impliedTheta());
    // φ = 1/2: v_k = ((5/4)(1 − 4^−k)/(3/4) − 2k·4^−k)/30, by hand 0.75/30, 1.3125/30, 1.546875/30
    double h1 = Z * Math.sqrt(0.75 / 30);
    assertEquals(-Math.log(0.5 + h1) / 8, l1.band().lower(), 1e-14);
    assertEquals(-Math.log(0.5 - h1) / 8, l1.band().upper(), 1e-14);
    double h2 = Z * Math.sqrt(1.3125 / 30);
    assertEquals(-Math.log(0.25 + h2) / 16, l2.band().lower(), 1e-14);
    assertEquals(Double.POSITIVE_INFINITY, l2.band().upper());
    double h3 = Z * Math.sqrt(1.546875 / 30);
    assertEquals(-Math.log(0.125 + h3) / 24, l3.band().lower(), 1e-14);
    assertEquals(Double.POSITIVE_INFINITY, l3.band().upper());
    assertFalse(m.adequate());
    assertTrue(m.toString().startsWith("ModelAdequacy[adequate=false, checks=[LagCheck[lag=PT8H"),
        m::toString);
    // the hash is the list's, so it is stable across equal lists (and not a constant)
    assertEquals(java.util.List.of(l1, l2, l3).hashCode(), m.hashCode());
  }

  @Test
  void lagRange_isInclusive_andThirtyPointsAreEnough() {
    FundingSeries s = alternating();
    OuFit fit = halfPerStep();
    // n = 30: lags 1..3 are allowed, 4 is not
    assertEquals(2, ModelAdequacy.of(s, fit, new int[] {1, 3}).orElseThrow().checks().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ModelAdequacy.of(s, fit, new int[] {4}));
    assertEquals("lags must be in [1, 3], was 4", e.getMessage());
  }

  @Test
  void serialization_roundTrips_andRefusesNullChecks() throws Exception {
    ModelAdequacy m = ModelAdequacy.of(alternating(), halfPerStep(), new int[] {1, 2, 3})
        .orElseThrow();
    ModelAdequacy back = (ModelAdequacy) roundTrip(m);
    assertEquals(m, back);
    assertEquals(m.checks(), back.checks());
    java.lang.reflect.Constructor<ModelAdequacy> c =
        ModelAdequacy.class.getDeclaredConstructor(java.util.List.class);
    c.setAccessible(true);
    ModelAdequacy withNull = c.newInstance(java.util.Arrays.asList(m.checks().get(0), null));
    java.io.InvalidObjectException e = assertThrows(java.io.InvalidObjectException.class,
        () -> roundTrip(withNull));
    assertTrue(e.getMessage().endsWith(", null]"), e.getMessage());
  }

  @Test
  void rampAndZeroCorrelation_impliedThetasAreExact() {
    double[] ramp = new double[30];
    for (int i = 0; i < 30; i++) {
      ramp[i] = i;
    }
    ModelAdequacy m = ModelAdequacy.of(series(ramp), halfPerStep(), new int[] {1, 2, 3})
        .orElseThrow();
    // ρ̂_k of 0..29 in exact fractions (by hand / rational arithmetic): 9/10, 3598/4495, 6309/8990
    assertEquals(-Math.log(9.0 / 10) / 8, m.checks().get(0).impliedTheta().orElseThrow(), 1e-14);
    assertEquals(-Math.log(3598.0 / 4495) / 16, m.checks().get(1).impliedTheta().orElseThrow(),
        1e-14);
    assertEquals(-Math.log(6309.0 / 8990) / 24, m.checks().get(2).impliedTheta().orElseThrow(),
        1e-14);
    // 15 ones and 15 zeros whose lag-2 products (each ±1/4, summed exactly) cancel: ρ̂_2 = 0
    // exactly, so no θ is implied (−log 0 would be +∞)
    String bits = "001001011010110111010010110100";
    double[] x = new double[30];
    for (int i = 0; i < 30; i++) {
      x[i] = bits.charAt(i) - '0';
    }
    LagCheck zero = ModelAdequacy.of(series(x), halfPerStep(), new int[] {2}).orElseThrow()
        .checks().get(0);
    assertEquals(OptionalDouble.empty(), zero.impliedTheta());
  }
}
