package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reproduces Binance USDⓈ-M BTCUSDT and ETHUSDT 8-hour settlements of 2023-06..2025-03 from
 * hourly premium-index klines ({@code binance-gobbles404/}, SOURCES.md §1).
 *
 * <p>Binance averages 5,760 premium samples (every 5 s) with linear weights 1..5,760; the data
 * hold only hourly open/high/low/close bars of the premium index. The approximation: each hour
 * of the window [T − 8 h, T) is represented by the mean of its open and close (the trapezoid
 * estimate of the hour's mean), weighted by the sum of the exact linear weights of the 720
 * five-second samples that fall in it ({@code 720² k + 720 × 721 / 2} for the k-th hour). The
 * thresholds are what that approximation reaches (measured: BTC 98.6% within 1 bp and 90.0%
 * clamp agreement; ETH 97.7% and 88.4%); an exact match needs the 5-s samples.
 */
class BinanceConformanceTest {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Duration H8 = Duration.ofHours(8);
  private static final BigDecimal CLAMPED = new BigDecimal("0.0001");
  private static final double ONE_BP = 1e-4;

  @ParameterizedTest(name = "{0}: >= {1} within 1 bp, >= {2} clamp agreement")
  @CsvSource({"BTCUSDT, 0.985, 0.88, 1944", "ETHUSDT, 0.975, 0.88, 1947"})
  void settlementsFromHourlyPremiumKlines(
      String symbol, double withinShare, double clampShare, int settlements) throws IOException {
    Path bars = SharedData.require("binance-gobbles404/" + symbol + "_1h_premium_index.csv.gz");
    Path rates = SharedData.require("binance-gobbles404/" + symbol + "_8h_funding_rates.csv.gz");
    Map<Instant, Double> hourMeans = hourMeans(bars);
    FundingConvention venue = FundingConvention.of("binance-usdm");
    int n = 0;
    int within = 0;
    int clampAgrees = 0;
    try (BufferedReader in = SharedData.open(rates)) {
      assertEquals("symbol,Timestamp,Rate,markPrice", in.readLine());
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] c = line.split(",", -1);
        Instant settlement = instant(c[1]);
        FundingRuleVersion rule = venue.versionAt(settlement);
        double premium = approximateAverage(hourMeans, settlement, rule);
        if (Double.isNaN(premium)) {
          continue; // the first settlement has no complete window in the bars
        }
        FundingBreakdown b = rule.rate(premium, SymbolTerms.of(H8));
        BigDecimal published = new BigDecimal(c[2]);
        n++;
        if (Math.abs(new BigDecimal(b.published()).subtract(published).doubleValue())
            <= ONE_BP + 1e-12) {
          within++;
        }
        boolean computedClamped = new BigDecimal(b.published()).compareTo(CLAMPED) == 0;
        boolean publishedClamped = published.compareTo(CLAMPED) == 0;
        if (computedClamped == publishedClamped) {
          clampAgrees++;
        }
      }
    }
    assertEquals(settlements, n);
    assertTrue((double) within / n >= withinShare, symbol + " within 1 bp: " + within + "/" + n);
    assertTrue((double) clampAgrees / n >= clampShare,
        symbol + " clamp agreement: " + clampAgrees + "/" + n);
  }

  /**
   * The linear-weighted average over [T − 8 h, T) from hourly means, each hour weighted by the
   * sum of its samples' weights; NaN when an hour is missing.
   */
  private static double approximateAverage(
      Map<Instant, Double> hourMeans, Instant settlement, FundingRuleVersion rule) {
    long s = rule.samplesPer(Duration.ofHours(1));
    double weighted = 0;
    double total = 0;
    for (int k = 0; k < 8; k++) {
      Double mean = hourMeans.get(settlement.minus(Duration.ofHours(8 - k)));
      if (mean == null) {
        return Double.NaN;
      }
      double weight = (double) s * s * k + s * (s + 1) / 2.0;
      weighted += weight * mean;
      total += weight;
    }
    return weighted / total;
  }

  private static Map<Instant, Double> hourMeans(Path bars) throws IOException {
    Map<Instant, Double> means = new HashMap<>();
    try (BufferedReader in = SharedData.open(bars)) {
      assertEquals("Timestamp,Open,High,Low,Close", in.readLine());
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] c = line.split(",", -1);
        means.put(instant(c[0]), (Double.parseDouble(c[1]) + Double.parseDouble(c[4])) / 2);
      }
    }
    return means;
  }

  private static Instant instant(String utc) {
    return LocalDateTime.parse(utc, TIME).toInstant(ZoneOffset.UTC);
  }
}
