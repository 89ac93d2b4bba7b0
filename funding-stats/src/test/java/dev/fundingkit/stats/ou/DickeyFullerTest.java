package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class DickeyFullerTest {

  @Test
  void criticalValues_areMacKinnon2010AtT() {
    // β∞ + β1/T + β2/T² + β3/T³ at T = 999 (the golden demo, equal to statsmodels adfuller)
    assertArrayEquals(new double[] {-3.436912745140047, -2.8644374758342734, -2.568312754566378},
        DickeyFuller.criticalValues(999), 1e-14);
    assertThrows(IllegalArgumentException.class, () -> DickeyFuller.criticalValues(0));
  }

  @Test
  void noLags_equalsPhiMinusOneOverItsOlsStandardError() {
    double[] x = OuFitterTest.ouPath(5, 400);
    Ar1Regression r = Ar1Regression.of(x, 8);
    DickeyFuller df = DickeyFuller.of(x);
    assertEquals((r.b() - 1) / r.seB(), df.tau(), 1e-12);
    assertEquals(0, df.lags());
    assertEquals(399, df.observations());
    assertTrue(df.rejectsUnitRootAt5Percent());
  }

  @Test
  void aicLags_pickLagsForAnAr2Difference_andStillJudgeAWalk() {
    // random walk whose differences are AR(1) with coefficient 0.6: AIC should want a lag
    org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian z =
        org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(
            OuFitterTest.rng(3));
    double[] x = new double[600];
    double dx = 0;
    for (int i = 1; i < x.length; i++) {
      dx = 0.6 * dx + z.sample();
      x[i] = x[i - 1] + dx;
    }
    DickeyFuller df = DickeyFuller.withLagsByAic(x);
    assertTrue(df.lags() >= 1, df::toString);
    assertEquals(599 - df.lags(), df.observations());
    assertFalse(df.rejectsUnitRootAt5Percent(), df::toString);
    // the AIC search never does worse than no lags on white noise: chooses few lags
    double[] w = new double[600];
    for (int i = 0; i < w.length; i++) {
      w[i] = z.sample();
    }
    assertTrue(DickeyFuller.withLagsByAic(w).rejectsUnitRootAt5Percent());
  }

  @Test
  void badInput() {
    assertThrows(IllegalStateException.class, () -> DickeyFuller.of(new double[] {1, 2, 3, 4}));
    assertThrows(IllegalStateException.class, () -> DickeyFuller.of(new double[] {1, 1, 1, 1, 1}));
    assertEquals("values[1] must be finite, was NaN", assertThrows(
        IllegalArgumentException.class,
        () -> DickeyFuller.of(new double[] {1, Double.NaN, 3, 4, 5})).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new DickeyFuller(Double.NaN, 0, 10, -3, -2, -1));
    assertThrows(IllegalArgumentException.class, () -> new DickeyFuller(-1, -1, 10, -3, -2, -1));
    assertThrows(IllegalArgumentException.class, () -> new DickeyFuller(-1, 0, 3, -3, -2, -1));
    new NullPointerTester().testAllPublicStaticMethods(DickeyFuller.class);
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(new DickeyFuller(-3, 0, 100, -3.5, -2.9, -2.6),
            new DickeyFuller(-3, 0, 100, -3.5, -2.9, -2.6))
        .addEqualityGroup(new DickeyFuller(-3, 1, 100, -3.5, -2.9, -2.6))
        .testEquals();
  }

  private static double[] goldenValues(String name) throws java.io.IOException {
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
        DickeyFullerTest.class.getResourceAsStream("golden/" + name + ".csv"),
        java.nio.charset.StandardCharsets.UTF_8))) {
      r.readLine();
      return r.lines().mapToDouble(l -> Double.parseDouble(l.split(",")[1])).toArray();
    }
  }

  private static void assertMatchesStatsmodels(java.util.Properties g, String name,
      double[] x) {
    DickeyFuller df = DickeyFuller.withLagsByAic(x);
    assertEquals(Integer.parseInt(g.getProperty(name + ".lags")), df.lags(), name);
    assertEquals(Integer.parseInt(g.getProperty(name + ".nobs")), df.observations(), name);
    double tau = Double.parseDouble(g.getProperty(name + ".tau"));
    assertEquals(tau, df.tau(), 1e-9 * Math.abs(tau), name);
    assertEquals(Double.parseDouble(g.getProperty(name + ".crit5")), df.critical5(), 1e-12,
        name);
  }

  @Test
  void aicLagSelection_matchesStatsmodelsAdfuller() throws java.io.IOException {
    // golden/adf_aic.properties: statsmodels adfuller(x, autolag="AIC", regression="c"),
    // produced by golden/adf_aic.py (command and versions in its docstring and README.md)
    java.util.Properties g = new java.util.Properties();
    try (java.io.InputStream in = DickeyFullerTest.class.getResourceAsStream(
        "golden/adf_aic.properties")) {
      g.load(in);
    }
    for (String name : new String[] {"regular_8h_n1000_seed42", "regular_1h_n300_seed7",
        "irregular_8h_n800_seed11_drop02_jitter01", "gaps_8h_n400_seed3_drop03",
        "adf_walk_ar1_differences_n600_seed5", "adf_ar3_n500_seed8"}) {
      assertMatchesStatsmodels(g, name, goldenValues(name));
    }
  }

  @Test
  void aicLagSelection_matchesStatsmodels_onBinanceBtcusdt() throws java.io.IOException {
    java.nio.file.Path file = dev.fundingkit.core.testing.SharedData.require(
        "binance_btc_eth_funding_8h_2020_2026_stitched.csv.gz");
    java.util.List<Double> rates = new java.util.ArrayList<>();
    try (java.io.BufferedReader r = dev.fundingkit.core.testing.SharedData.open(file)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        if (f[0].equals("BTCUSDT")) {
          rates.add(Double.parseDouble(f[3]));
        }
      }
    }
    java.util.Properties g = new java.util.Properties();
    try (java.io.InputStream in = DickeyFullerTest.class.getResourceAsStream(
        "golden/adf_aic.properties")) {
      g.load(in);
    }
    assertMatchesStatsmodels(g, "real_binance_btcusdt",
        rates.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Test
  void criticalValues_atTEqualsOne_areTheCoefficientSums() {
    // 1/T = 1: β∞+β1+β2+β3 summed by hand from MacKinnon's table
    assertArrayEquals(new double[] {-106.18865, -50.02584, -6.91417},
        DickeyFuller.criticalValues(1), 1e-9);
    // the allocation-free 5% value is the same surface (literal from the T = 999 golden)
    assertEquals(-2.8644374758342734, DickeyFuller.critical5(999), 1e-14);
  }

  @Test
  void rejectsUnitRoot_onlyStrictlyBelowTheCriticalValue() {
    assertFalse(new DickeyFuller(-2.9, 0, 10, -3.5, -2.9, -2.6).rejectsUnitRootAt5Percent());
    assertTrue(new DickeyFuller(-2.9000001, 0, 10, -3.5, -2.9, -2.6)
        .rejectsUnitRootAt5Percent());
  }

  @Test
  void fiveValues_areEnough_fourAreNot_withOrWithoutLags() {
    double[] five = {1, 2, 4, 3, 5};
    DickeyFuller df = DickeyFuller.of(five);
    assertEquals(4, df.observations());
    // N = 5: cap N/2 − 2 = 0, so no lag is tried and the answer is the plain test
    assertEquals(df, DickeyFuller.withLagsByAic(five));
    assertThrows(IllegalStateException.class,
        () -> DickeyFuller.withLagsByAic(new double[] {1, 2, 4, 3}));
  }

  @Test
  void sixValues_capTheLagsAtOne() {
    // N = 6: cap min(6/2 − 2, ⌈12·0.06^¼⌉ = 6) = 1; a larger cap leaves no rows to regress on
    DickeyFuller df = DickeyFuller.withLagsByAic(new double[] {1, 3, 2, 5, 3, 4});
    assertTrue(df.lags() <= 1, "lags " + df.lags());
    assertEquals(5 - df.lags(), df.observations());
  }
}
