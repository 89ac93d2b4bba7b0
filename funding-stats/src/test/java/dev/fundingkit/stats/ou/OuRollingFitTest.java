package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OuRollingFitTest {

  private static final Duration H8 = Duration.ofHours(8);

  private static void assertWindowMatchesBatch(double[] x, OuRollingFit r, int w) {
    int end = r.endIndex(w);
    double[] slice = Arrays.copyOfRange(x, end - r.window() + 1, end + 1);
    OuFit batch = OuFitter.defaults().fitRegular(slice, H8);
    double rel = 1e-8;
    assertEquals(batch.verdict(), r.verdict(w), () -> "window " + w + " " + batch);
    assertEquals(batch.phi().orElseThrow(), r.phi(w).orElseThrow(), rel * Math.abs(batch.phi().orElseThrow()));
    assertEquals(batch.adfTau().orElseThrow(), r.adfTau(w).orElseThrow(), rel * Math.abs(batch.adfTau().orElseThrow()));
    // Two-sided: an estimate present in one and absent in the other is a failure.
    assertEquals(batch.thetaMle().isPresent(), r.thetaMle(w).isPresent(), "thetaMle");
    assertEquals(batch.theta().isPresent(), r.theta(w).isPresent(), "theta");
    assertEquals(batch.sigma().isPresent(), r.sigma(w).isPresent(), "sigma");
    assertEquals(batch.mu().isPresent(), r.mu(w).isPresent(), "mu");
    assertEquals(batch.halfLifeHours().isPresent(), r.halfLifeHours(w).isPresent(), "halfLife");
    if (batch.thetaMle().isPresent()) {
      double t = batch.thetaMle().getAsDouble();
      assertEquals(t, r.thetaMle(w).getAsDouble(), rel * t);
    }
    if (batch.theta().isPresent()) {
      double t = batch.theta().getAsDouble();
      assertEquals(t, r.theta(w).getAsDouble(), rel * t);
    }
    if (batch.sigma().isPresent()) {
      double s = batch.sigma().getAsDouble();
      assertEquals(s, r.sigma(w).getAsDouble(), rel * s);
    }
    if (batch.mu().isPresent()) {
      assertEquals(batch.mu().get().value(), r.mu(w).getAsDouble(),
          rel * batch.stationarySdMle().orElseThrow().value());
    }
    if (batch.halfLifeHours().isPresent()) {
      double h = batch.halfLifeHours().getAsDouble();
      assertEquals(h, r.halfLifeHours(w).getAsDouble(), rel * h);
    }
    // The rolling sums and the batch fit share the closed form; the oracle (two-pass least
    // squares over the slice) does not.
    if (r.phi(w).isPresent()) {
      Ar1Oracle.fit(slice, 0, slice.length).assertMatches(r.phi(w), r.thetaMle(w), H8,
          r.timeUnit(), 1e-6);
    }
  }

  @Test
  void ratesArePerTheStepWhateverTheUnitOfTheta() {
    double[] values = new double[40];
    for (int i = 0; i < values.length; i++) {
      values[i] = 1e-4 * Math.sin(i * 0.7) + 1e-5 * (i % 3);
    }
    // the oracle is the step the caller gave: μ̂ is a rate per step, θ per time unit
    assertEquals(Duration.ofHours(8),
        OuRollingFit.over(values, Duration.ofHours(8), 10).rateInterval());
    assertEquals(Duration.ofHours(8),
        OuRollingFit.over(values, Duration.ofHours(8), 10, Duration.ofDays(1)).rateInterval());
    assertEquals(Duration.ofMinutes(7),
        OuRollingFit.over(values, Duration.ofMinutes(7), 10).rateInterval());
    assertEquals(Duration.ofSeconds(1, 1),
        OuRollingFit.over(values, Duration.ofSeconds(1, 1), 10, Duration.ofHours(1))
            .rateInterval());
  }

  @Test
  void everyWindow_equalsTheBatchFitOfItsSlice() {
    double[] x = OuFitterTest.ouPath(21, 700);
    OuRollingFit r = OuRollingFit.over(x, H8, 90);
    assertEquals(611, r.windows());
    for (int w = 0; w < r.windows(); w++) {
      assertWindowMatchesBatch(x, r, w);
    }
  }

  @Test
  void longSeries_slidingSumsDoNotDrift() {
    // 100 000 points with a volatile first half and a 1000× quieter second half
    double[] x = OuFitterTest.ouPath(22, 100_000);
    for (int i = 50_000; i < x.length; i++) {
      x[i] = 1e-4 + (x[i] - 1e-4) * 1e-3;
    }
    OuRollingFit r = OuRollingFit.over(x, H8, 250);
    for (int w : new int[] {0, 49_700, 49_800, 49_999, 50_123, 77_777, r.windows() - 1}) {
      assertWindowMatchesBatch(x, r, w);
    }
  }

  @Test
  void pinnedStretches_areInsufficientData_andRandomWalkWindowsAreNotMeanReverting() {
    double[] x = OuFitterTest.ouPath(23, 600);
    Arrays.fill(x, 200, 400, 1e-4); // funding pinned at the interest rate
    OuRollingFit r = OuRollingFit.over(x, H8, 60);
    for (int w = 200; w + 60 <= 400; w++) {
      assertEquals(OuVerdict.INSUFFICIENT_DATA, r.verdict(w));
      assertTrue(r.phi(w).isEmpty() && r.thetaMle(w).isEmpty() && r.adfTau(w).isEmpty());
    }
    assertWindowMatchesBatch(x, r, 0);
    assertWindowMatchesBatch(x, r, 150);
    assertWindowMatchesBatch(x, r, 400);
    assertWindowMatchesBatch(x, r, r.windows() - 1);
    double[] hl = r.halfLifeHoursSeries(-1);
    assertEquals(-1, hl[250], 0);
    assertEquals(r.halfLifeHours(0).orElseThrow(), hl[0], 0);
    assertEquals(-1, r.thetaSeries(-1)[250], 0);
    assertEquals(r.mu(0).orElseThrow(), r.muSeries(-1)[0], 0);
    assertEquals(r.windows(), r.verdicts().length);
  }

  @Test
  void badInput() {
    double[] x = OuFitterTest.ouPath(1, 50);
    assertEquals("window must be in [5, values.length=50], was 51",
        assertThrows(IllegalArgumentException.class, () -> OuRollingFit.over(x, H8, 51))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> OuRollingFit.over(x, H8, 4));
    assertThrows(IllegalArgumentException.class, () -> OuRollingFit.over(x, Duration.ZERO, 10));
    double[] bad = x.clone();
    bad[3] = Double.NaN;
    assertThrows(IllegalArgumentException.class, () -> OuRollingFit.over(bad, H8, 10));
    assertThrows(IndexOutOfBoundsException.class, () -> OuRollingFit.over(x, H8, 10).endIndex(41));
    assertEquals(Duration.ofHours(1), OuRollingFit.over(x, H8, 10).timeUnit());
    new NullPointerTester().setDefault(Duration.class, H8).setDefault(int.class, 10)
        .testAllPublicStaticMethods(OuRollingFit.class);
  }

  /**
   * The rolling fit decides verdicts by comparisons (no log per window); across persistence
   * from white noise to a random walk and windows of 30–200 every window still equals the
   * batch fit of its slice, and every verdict occurs.
   */
  @Test
  void law_everyWindowEqualsTheBatchFit_acrossPersistenceAndWindowLengths() {
    java.util.EnumSet<OuVerdict> seen = java.util.EnumSet.noneOf(OuVerdict.class);
    qt().withFixedSeed(20261205L).withExamples(25)
        .forAll(integers().between(0, 100_000), integers().between(0, 6),
            integers().between(30, 200))
        .checkAssert((seed, k, window) -> {
          double phi = new double[] {0.0, 0.3, 0.8, 0.95, 0.99, 0.999, 1.0}[k];
          double[] x = OuFitterTest.ar1(seed, 3 * window + 17, phi);
          OuRollingFit r = OuRollingFit.over(x, H8, window);
          for (int k2 = 0; k2 < r.windows(); k2++) {
            final int w = k2;
            int end = r.endIndex(w);
            double[] slice = Arrays.copyOfRange(x, end - window + 1, end + 1);
            OuFit batch = OuFitter.defaults().fitRegular(slice, H8);
            seen.add(r.verdict(w));
            assertEquals(batch.verdict(), r.verdict(w));
            assertEquals(batch.phi().isPresent(), r.phi(w).isPresent());
            if (batch.thetaMle().isPresent()) {
              assertWindowMatchesBatch(x, r, w);
            } else if (batch.phi().isPresent()) {
              double p = batch.phi().orElseThrow();
              assertEquals(p, r.phi(w).orElseThrow(), 1e-8 * Math.abs(p));
              double tau = batch.adfTau().orElseThrow();
              assertEquals(tau, r.adfTau(w).orElseThrow(), 1e-8 * Math.abs(tau));
              // (with φ̂ ≤ 0 and under 30 transitions the batch fit still gives the sample mean
              // as μ; the rolling fit, as before, none)
              if (batch.verdict() != OuVerdict.INSUFFICIENT_DATA) {
                assertEquals(batch.mu().isPresent(), r.mu(w).isPresent());
                batch.mu().ifPresent(m -> assertEquals(m.value(), r.mu(w).orElseThrow(),
                    1e-8 * batch.stationarySd().orElseThrow().value()));
              }
            }
          }
        });
    assertEquals(java.util.EnumSet.allOf(OuVerdict.class), seen);
  }

  @Test
  void law_theSpanRangeIsExactlyWhereTheBatchSpanTestPasses() {
    qt().withFixedSeed(20261206L).withExamples(200)
        .forAll(integers().between(29, 5000), integers().between(1, 24),
            integers().between(0, 1_000_000))
        .checkAssert((n, hours, k) -> {
          double dt = hours;
          double[] range = OuRollingFit.spanRange(n, dt);
          double p = k / 1_000_001.0 + 1e-7;
          boolean inside = p >= range[0] && p <= range[1];
          boolean nearEdge = Math.abs(p - range[0]) <= 1e-9 * p
              || Math.abs(p - range[1]) <= 1e-9 * p;
          if (!nearEdge) {
            assertEquals(OuRollingFit.spanPasses(p, n, dt), inside,
                () -> "n=" + n + " p=" + p + " range " + Arrays.toString(range));
          }
          if (range[0] <= range[1]) {
            // just inside and just outside each end
            assertTrue(OuRollingFit.spanPasses(range[0] * (1 + 1e-12), n, dt));
            assertTrue(OuRollingFit.spanPasses(range[1] * (1 - 1e-12), n, dt));
            assertTrue(!OuRollingFit.spanPasses(range[0] * (1 - 1e-8), n, dt));
            assertTrue(!OuRollingFit.spanPasses(Math.min(range[1] * (1 + 1e-8), 1), n, dt));
          }
        });
  }

  @Test
  void windowBounds_fiveAndTheWholeSeriesAreAllowed() {
    double[] x = OuFitterTest.ar1(3, 12, 0.5);
    assertEquals(8, OuRollingFit.over(x, H8, 5).windows());
    assertEquals(1, OuRollingFit.over(x, H8, 12).windows());
    assertEquals("window must be in [5, values.length=12], was 4",
        assertThrows(IllegalArgumentException.class, () -> OuRollingFit.over(x, H8, 4))
            .getMessage());
    assertEquals("window must be in [5, values.length=12], was 13",
        assertThrows(IllegalArgumentException.class, () -> OuRollingFit.over(x, H8, 13))
            .getMessage());
  }

  @Test
  void thirtyTransitions_areEnoughForAVerdict_asInTheBatchFit() {
    // window 31 = 30 transitions, the least OuFit.judge gives a verdict other than
    // INSUFFICIENT_DATA for; φ = 0.5 on 8 h steps is identified and spans many half-lives
    double[] x = OuFitterTest.ar1(11, 60, 0.5);
    OuRollingFit r = OuRollingFit.over(x, H8, 31);
    int judged = 0;
    for (int w = 0; w < r.windows(); w++) {
      double[] slice = Arrays.copyOfRange(x, w, w + 31);
      OuVerdict batch = OuFitter.defaults().fitRegular(slice, H8).verdict();
      assertEquals(batch, r.verdict(w), "window " + w);
      judged += batch == OuVerdict.INSUFFICIENT_DATA ? 0 : 1;
    }
    assertTrue(judged > 0, "no window was judged");
  }

  @Test
  void halfLifeHours_convertFromTheTimeUnit() {
    // θ per 30 minutes: HL in hours is ln 2 / θ̃ units × 0.5 h
    double[] x = OuFitterTest.ar1(5, 200, 0.8);
    OuRollingFit r = OuRollingFit.over(x, H8, 150, Duration.ofMinutes(30));
    double[] series = r.halfLifeHoursSeries(-1);
    int present = 0;
    for (int w = 0; w < r.windows(); w++) {
      if (r.theta(w).isPresent()) {
        double expected = Math.log(2) / r.theta(w).getAsDouble() * 0.5;
        assertEquals(expected, r.halfLifeHours(w).getAsDouble(), 1e-12 * expected);
        assertEquals(expected, series[w], 1e-12 * expected);
        present++;
      } else {
        assertEquals(-1, series[w], 0.0);
      }
    }
    assertTrue(present > 0);
  }

  @Test
  void muAndThetaSeries_keepPresentValues_andMarkAbsentOnes() {
    double[] x = OuFitterTest.ar1(7, 120, 0.9);
    for (int i = 60; i < 120; i++) {
      x[i] = 1e-4; // pinned: its windows have no estimate
    }
    OuRollingFit r = OuRollingFit.over(x, H8, 40);
    double[] mu = r.muSeries(-7);
    double[] theta = r.thetaSeries(-7);
    boolean sawPresent = false;
    boolean sawAbsent = false;
    for (int w = 0; w < r.windows(); w++) {
      if (r.mu(w).isPresent()) {
        assertEquals(r.mu(w).getAsDouble(), mu[w], 0.0);
        sawPresent = true;
      } else {
        assertEquals(-7, mu[w], 0.0);
        sawAbsent = true;
      }
      assertEquals(r.theta(w).isPresent() ? r.theta(w).getAsDouble() : -7, theta[w], 0.0);
    }
    assertTrue(sawPresent && sawAbsent);
  }

  @Test
  void serialization_roundTripsEveryWindow() throws Exception {
    double[] x = OuFitterTest.ar1(9, 100, 0.7);
    OuRollingFit r = OuRollingFit.over(x, H8, 50);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    OuRollingFit back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (OuRollingFit) in.readObject();
    }
    assertEquals(Arrays.asList(r.verdicts()), Arrays.asList(back.verdicts()));
    for (int w = 0; w < r.windows(); w++) {
      assertEquals(r.phi(w), back.phi(w));
      assertEquals(r.theta(w), back.theta(w));
      assertEquals(r.mu(w), back.mu(w));
    }
    assertEquals(r.window(), back.window());
    assertEquals(r.timeUnit(), back.timeUnit());
  }
}
