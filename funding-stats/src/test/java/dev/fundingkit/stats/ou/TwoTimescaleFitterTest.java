package dev.fundingkit.stats.ou;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwoTimescaleFitterTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final double LN2 = Math.log(2);

  /** Sum of two independent OU paths (exact transitions) on an 8-hour grid. */
  private static FundingSeries twoOu(int n, double hlFast, double hlSlow, double sdFast,
      double sdSlow, long seed) {
    double[] t = new double[n];
    long[] ms = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = 8.0 * i;
      ms[i] = i * 8 * 3_600_000L;
    }
    double tf = LN2 / hlFast;
    double ts = LN2 / hlSlow;
    double[] a = OuSimulator.seeded(OuParameters.perHour(tf, FundingRate.of(0, java.time.Duration.ofHours(1)), sdFast * Math.sqrt(2 * tf)),
        seed).path(t);
    double[] b = OuSimulator.seeded(OuParameters.perHour(ts, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), sdSlow * Math.sqrt(2 * ts)),
        seed + 1).path(t);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = a[i] + b[i];
    }
    return FundingSeries.of(ms, x, H8, IntervalSource.DECLARED);
  }

  @Test
  void sumOfTwoOu_recoversBothHalfLives_andPrefersTwoTimescales() {
    // fast HL 12 h, slow HL 240 h, equal stationary sd 1e-4; 3000 × 8 h = 100 slow half-lives
    TwoTimescaleFit fit = TwoTimescaleFitter.defaults().fit(twoOu(3000, 12, 240, 1e-4, 1e-4, 5))
        .orElseThrow();
    System.out.println("simulated two-OU (12 h, 240 h): " + fit);
    assertTrue(fit.preferred(), fit::toString);
    assertTrue(fit.halfLifeFastHoursCi().contains(12), fit::toString);
    assertTrue(fit.halfLifeSlowHoursCi().contains(240), fit::toString);
    assertEquals(0.5, fit.fastShare(), 0.15);
    assertTrue(fit.lrStatistic() > TwoTimescaleFitter.CHI2_2);
    assertEquals(H8, fit.rateInterval());
    assertEquals(fit.mu().interval(), fit.latest().interval());
    assertEquals(2, fit.stateMean().length);
    assertEquals(4, fit.stateCovariance().length);
  }

  @Test
  void oneOu_isUsuallyNotPreferred() {
    int preferred = 0;
    for (long seed = 1; seed <= 10; seed++) {
      FundingSeries one = twoOu(1000, 24, 24, 1e-4, 1e-12, 100 * seed);
      preferred += TwoTimescaleFitter.defaults().fit(one).orElseThrow().preferred() ? 1 : 0;
    }
    System.out.println("one OU: two timescales preferred in " + preferred + " of 10");
    assertTrue(preferred <= 2, "preferred " + preferred);
  }

  @Test
  void tooLittleOrFlatData_isEmpty() {
    assertEquals(Optional.empty(), TwoTimescaleFitter.defaults().fit(twoOu(99, 12, 240, 1e-4,
        1e-4, 1)));
    long[] ms = new long[200];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = i * 8 * 3_600_000L;
    }
    assertEquals(Optional.empty(), TwoTimescaleFitter.defaults().fit(FundingSeries.of(ms,
        new double[200], H8, IntervalSource.DECLARED)));
    new NullPointerTester().testAllPublicInstanceMethods(TwoTimescaleFitter.defaults());
  }

  @Test
  void equality_and_perHour() {
    FundingSeries s = twoOu(400, 12, 240, 1e-4, 1e-4, 9);
    TwoTimescaleFit a = TwoTimescaleFitter.defaults().fit(s).orElseThrow();
    TwoTimescaleFit h = TwoTimescaleFitter.defaults().withPerHour(true).fit(s).orElseThrow();
    assertEquals(a.halfLifeFastHours(), h.halfLifeFastHours(), 1e-6 * a.halfLifeFastHours());
    assertEquals(a.mu().value() / 8, h.mu().value(), 1e-12);
    new EqualsTester()
        .addEqualityGroup(a, TwoTimescaleFitter.defaults().fit(s).orElseThrow())
        .addEqualityGroup(h)
        .testEquals();
  }

  @Test
  void binanceBtcusdt2020to2026_reportsBothHalfLivesWithIntervals_andTheLrStatistic()
      throws IOException {
    List<long[]> times = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    try (BufferedReader r = SharedData.open(SharedData.require(
        "binance_btc_eth_funding_8h_2020_2026_stitched.csv.gz"))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        if (f[0].equals("BTCUSDT")) {
          times.add(new long[] {Long.parseLong(f[1])});
          rates.add(Double.parseDouble(f[3]));
        }
      }
    }
    long[] ms = times.stream().mapToLong(a -> a[0]).toArray();
    double[] x = rates.stream().mapToDouble(Double::doubleValue).toArray();
    FundingSeries series = FundingSeries.inferred(ms, x);
    long start = System.nanoTime();
    TwoTimescaleFit fit = TwoTimescaleFitter.defaults().fit(series).orElseThrow();
    System.out.printf("BTCUSDT 2020-2026 two-timescale (%.1f s): %s%n",
        (System.nanoTime() - start) / 1e9, fit);
    assertTrue(fit.preferred(), fit::toString);
    assertTrue(fit.halfLifeFastHours() < fit.halfLifeSlowHours());
    assertTrue(fit.halfLifeFastHoursCi().contains(fit.halfLifeFastHours()));
    assertTrue(fit.halfLifeSlowHoursCi().contains(fit.halfLifeSlowHours()));
    assertTrue(fit.halfLifeFastHoursCi().upper() < Double.POSITIVE_INFINITY);
    assertTrue(fit.halfLifeSlowHoursCi().lower() > 0);
    assertTrue(fit.lrStatistic() > 100, fit::toString);
  }
}
