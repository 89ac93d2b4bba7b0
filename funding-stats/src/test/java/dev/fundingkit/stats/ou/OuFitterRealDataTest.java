package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Binance BTCUSDT/ETHUSDT 8-hourly funding 2020-01-01 → 2026-08-21 (shared data §7) against
 * ou_reference.py on the same rows (commands in golden/README.md). Skipped without the data.
 */
class OuFitterRealDataTest {

  private static final java.time.Duration H8 = java.time.Duration.ofHours(8);

  private static final String FILE = "binance_btc_eth_funding_8h_2020_2026_stitched.csv.gz";

  /** {epoch ms, rate} rows of one symbol, in file order (ascending time). */
  private static double[][] rows(String symbol, boolean dropEveryTenthFifth) throws IOException {
    List<double[]> out = new ArrayList<>();
    try (BufferedReader r = SharedData.open(SharedData.require(FILE))) {
      String header = r.readLine();
      assertEquals("symbol,funding_time_ms_floor_minute,funding_time_utc,funding_rate,"
          + "mark_price,sources", header);
      int k = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        if (!f[0].equals(symbol)) {
          continue;
        }
        k++;
        if (dropEveryTenthFifth && k % 10 == 5) {
          continue;
        }
        out.add(new double[] {Long.parseLong(f[1]), Double.parseDouble(f[3])});
      }
    }
    return out.toArray(new double[0][]);
  }

  private static long[] millis(double[][] rows) {
    long[] ms = new long[rows.length];
    for (int i = 0; i < rows.length; i++) {
      ms[i] = (long) rows[i][0];
    }
    return ms;
  }

  private static double[] rates(double[][] rows) {
    double[] x = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      x[i] = rows[i][1];
    }
    return x;
  }

  private static OuFit assertClosedFormMatches(String symbol, String golden) throws IOException {
    double[][] rows = rows(symbol, false);
    Golden g = new Golden(golden, false);
    OuFit fit = OuFitter.defaults().fit(millis(rows), rates(rows), H8);
    assertEquals(OuEstimator.CLOSED_FORM, fit.estimator());
    g.close("exact_mle_closed_form.phi", fit.phi().orElseThrow(), 1e-10);
    OuFitterGoldenTest.assertMatches(g, fit, "exact_mle_closed_form.", 1e-10, 1e-10);
    System.out.println(symbol + ": " + fit);
    return fit;
  }

  @Test
  void btcusdt_matchesTheReference_andMeanReverts_withAHalfLifeOfAboutADay() throws IOException {
    OuFit fit = assertClosedFormMatches("BTCUSDT", "real_binance_btcusdt_8h");
    double hl = fit.halfLifeHours().orElseThrow();
    assertTrue(hl > 20 && hl < 30, "half-life " + hl + " h");
    assertEquals(hl, fit.halfLife().orElseThrow().toNanos() / 3.6e12, 1e-9);
  }

  @Test
  void ethusdt_matchesTheReference() throws IOException {
    assertClosedFormMatches("ETHUSDT", "real_binance_ethusdt_8h");
  }

  @Test
  void btcusdt_withGaps_matchesTheReferenceProfileLikelihood() throws IOException {
    double[][] rows = rows("BTCUSDT", true);
    Golden g = new Golden("real_binance_btcusdt_8h_every10th_row_dropped", false);
    OuFit fit = OuFitter.defaults().fit(millis(rows), rates(rows), H8);
    assertEquals(OuEstimator.PROFILE_LIKELIHOOD, fit.estimator());
    g.close("exact_mle_numerical.profile_check.theta", fit.thetaMle().orElseThrow(), 1e-6);
    // SEs at 1e-4: both sides take a step-1e-4 central-difference Hessian of a 6546-term sum,
    // whose rounding alone moves se(μ) by ~1e-5 (the script with step 1e-5 moves it 1.2e-5)
    OuFitterGoldenTest.assertMatches(g, fit, "exact_mle_numerical.", 1e-6, 1e-4);
    System.out.println("BTCUSDT, every 10th row dropped: " + fit);
  }

  @Test
  void btcusdt_perHourFundingRates_scaleMuAndSigma_notTheHalfLife() throws IOException {
    double[][] rows = rows("BTCUSDT", false);
    Instant[] times = new Instant[rows.length];
    FundingRate[] rates = new FundingRate[rows.length];
    for (int i = 0; i < rows.length; i++) {
      times[i] = Instant.ofEpochMilli((long) rows[i][0]);
      rates[i] = FundingRate.of(rows[i][1], Duration.ofHours(8));
    }
    FundingSeries series = FundingSeries.of(times, rates, IntervalSource.DECLARED);
    OuFit raw = OuFitter.defaults().fit(series);
    OuFit perHour = OuFitter.defaults().withPerHour(true).fit(series);
    assertEquals(raw.thetaMle().orElseThrow(), perHour.thetaMle().orElseThrow(), 1e-12);
    assertEquals(raw.mu().orElseThrow().value() / 8, perHour.mu().orElseThrow().value(), 1e-15);
    assertEquals(raw.sigma().orElseThrow() / 8, perHour.sigma().orElseThrow(), 1e-15);
  }

  @Test
  void btcusdt_options_andRollingWindows() throws IOException {
    double[][] rows = rows("BTCUSDT", false);
    double[] x = rates(rows);
    OuFit filtered = OuFitter.defaults().withOutlierFilter(HampelFilter.defaults())
        .withAdfLagsByAic(true).fit(millis(rows), x, H8);
    System.out.println("BTCUSDT Hampel + ADF(AIC): " + filtered + " lags="
        + filtered.unitRootTest().orElseThrow().lags());
    assertTrue(filtered.replacedOutliers() > 0);
    assertEquals(OuVerdict.MEAN_REVERTING, filtered.verdict());
    OuRollingFit rolling = OuRollingFit.over(x, Duration.ofHours(8), 270);
    Map<OuVerdict, Integer> counts = new EnumMap<>(OuVerdict.class);
    for (OuVerdict v : rolling.verdicts()) {
      counts.merge(v, 1, Integer::sum);
    }
    System.out.println("BTCUSDT 90-day windows: " + counts);
    assertEquals(rolling.windows(), counts.values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(counts.getOrDefault(OuVerdict.MEAN_REVERTING, 0) > rolling.windows() / 2);
  }
}
