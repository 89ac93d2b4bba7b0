package dev.fundingkit.examples.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.testing.SharedData;
import dev.fundingkit.examples.report.DemoData;
import dev.fundingkit.examples.report.DemoVenues;
import dev.fundingkit.examples.report.FundingReport;
import dev.fundingkit.examples.report.ReportData;
import dev.fundingkit.examples.report.ReportSettings;
import dev.fundingkit.examples.report.page.ReportPage.HalfLife;
import dev.fundingkit.examples.report.page.ReportPage.WindowStatus;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportPageAdapterTest {

  private static FundingReport demo;
  private static ReportPage page;

  @BeforeAll
  static void analyseDemo() {
    demo = FundingReport.analyse(ReportData.demo(), ReportSettings.DEFAULT, line -> { });
    page = ReportPageAdapter.demo(demo);
  }

  @Test
  void rejectsNull() {
    new NullPointerTester().setDefault(FundingReport.class, demo)
        .setDefault(FundingSeries.class, ReportPageTest.SERIES)
        .testAllPublicStaticMethods(ReportPageAdapter.class);
  }

  @Test
  void demo_comparesTheThreeSyntheticVenuesBtc_andMapsEveryVenueAndSymbol() {
    assertEquals(List.of("Venue A (synthetic) BTC", "Venue B (synthetic) BTC",
        "Venue C (synthetic) BTC"), page.comparison().stream().map(s -> s.label()).toList());
    assertEquals(List.of("Venue A (synthetic) BTC", "Venue B (synthetic) BTC"), page.spread());
    assertEquals(3 * 4, page.heatmap().size());
    assertTrue(page.synthetic());
    assertTrue(page.title().contains("SYNTHETIC"), page.title());
    assertEquals(3, page.injected().size());
  }

  @Test
  void demo_listsEveryEpisode_notJustTheLatest() {
    assertEquals(demo.regimes().size(), page.episodes().size());
    assertTrue(page.episodes().size() > 25, "more episodes than the old page listed");
  }

  @Test
  void demo_listsVenueCsOutage_asTheOnlyGap() {
    assertEquals(1, page.gaps().size());
    assertEquals("Venue C (synthetic) BTC", page.gaps().get(0).series());
    assertEquals(DemoVenues.OUTAGE_SETTLEMENTS, page.gaps().get(0).gap().missingSettlements());
  }

  @Test
  void demo_hasAWindowForEveryRollingStep() {
    // 2,190 settlements 8 h apart span 2,189 × 8 h = 729 d 16 h; the fitter's 90-day windows
    // [end − 90 d, end) every 30 days end at day 90, 120, ..., 720 and the first end after
    // the last settlement, day 750: (750 − 90) / 30 + 1 = 23 windows.
    assertEquals(23, page.halfLives().size());
    assertEquals(Instant.parse("2024-03-31T00:00:00Z"), page.halfLives().get(0).end());
  }

  @Test
  void windowsWithoutAFit_areKeptAndMarked_notDropped() {
    // 400 days of 8-hourly funding, pinned flat at 0.01% from day 100 to day 300: windows
    // wholly inside the flat stretch cannot be fitted.
    int n = 1200;
    Instant[] t = new Instant[n];
    FundingRate[] r = new FundingRate[n];
    double x = 1e-4;
    for (int i = 0; i < n; i++) {
      t[i] = Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofHours(8L * i));
      x = 1e-4 + 0.7 * (x - 1e-4) + 2e-4 * Math.sin(i * 1.7) * Math.cos(i * 0.3);
      r[i] = FundingRate.of(i >= 300 && i < 900 ? 1e-4 : x, Duration.ofHours(8));
    }
    FundingReport report = FundingReport.analyse(ReportData.of("flat", "test", false, t, r),
        ReportSettings.DEFAULT, line -> { });
    List<HalfLife> windows = ReportPageAdapter.of(report).halfLives();
    // span 1,199 × 8 h = 399 d 16 h: windows end at day 90, 120, ..., 390 and at 420, the first
    // end after the last settlement → 12 windows.
    assertEquals(12, windows.size());
    assertEquals(report.rollingHalfLives().size(), windows.stream()
        .filter(w -> w.status() == WindowStatus.FITTED || w.status() == WindowStatus.SHORT_SPAN)
        .count());
    assertTrue(windows.stream().anyMatch(w -> w.status() == WindowStatus.FAILED), windows
        .toString());
  }

  @Test
  void texts_avoidGlyphsCommonFontsLack() {
    assertFalse(PageJson.of(page).contains("Ⓢ"));
    assertEquals("USDS-M", ReportPageAdapter.clean("USDⓈ-M"));
  }

  @Test
  void backtestWithoutTrades_saysWhy() throws Exception {
    // Binance BTCUSDT 2023-06 .. 2025-03: the entry level lies below every print.
    Path file = SharedData.require("binance-gobbles404/BTCUSDT_8h_funding_rates.csv.gz");
    List<Instant> times = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    try (BufferedReader in = SharedData.open(file)) {
      String header = in.readLine();
      assertEquals("symbol,Timestamp,Rate,markPrice", header);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",");
        times.add(java.time.LocalDateTime.parse(f[1].replace(' ', 'T'))
            .toInstant(java.time.ZoneOffset.UTC));
        values.add(Double.parseDouble(f[2]));
      }
    }
    ReportData data = ReportData.inferringIntervals("BTCUSDT", file.toString(),
        times.toArray(new Instant[0]), values.stream().mapToDouble(Double::doubleValue)
        .toArray());
    // Out of sample at 2 sd this file makes one trade; 6 sd below the mean is below every print
    // of 2023-25, so there is no trade and the page must say why.
    FundingReport report = FundingReport.analyse(data,
        ReportSettings.DEFAULT.withBands(dev.fundingkit.stats.signal.SignalBands.of(6, 0.5)),
        line -> { });
    ReportPage p = ReportPageAdapter.of(report);
    assertEquals(0, p.backtest().trades().size());
    assertTrue(p.backtest().remark().startsWith("No trade: the entry level {r:")
        && p.backtest().remark().contains("is below the lowest print"), p.backtest().remark());
  }

  @Test
  void primary_isTheDemoSeries() {
    assertEquals(DemoData.SETTLEMENTS, page.primary().size());
    assertEquals(DemoData.get().rateValues()[123], page.primary().value(123));
  }
}
