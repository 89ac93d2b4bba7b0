package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.stats.backtest.BacktestStatus;
import dev.fundingkit.stats.backtest.BacktestTrade;
import dev.fundingkit.stats.backtest.CarryBacktestResult;
import dev.fundingkit.stats.backtest.CarryLevels;
import dev.fundingkit.stats.ou.OuVerdict;
import dev.fundingkit.stats.regime.RegimeKind;
import dev.fundingkit.stats.signal.SignalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingReportTest {

  private static final FundingReport DEMO =
      FundingReport.analyse(ReportData.demo(), ReportSettings.DEFAULT, line -> { });

  @Test
  void demo_hasEveryPiece() {
    assertEquals(OuVerdict.MEAN_REVERTING, DEMO.fit().verdict());
    assertEquals("per 8h", DEMO.unitLabel());
    assertEquals(EnumSet.allOf(RegimeKind.class), EnumSet.copyOf(
        DEMO.regimes().stream().map(e -> e.kind()).toList()));
    assertTrue(DEMO.levels().isPresent());
    assertTrue(DEMO.currentZ().isPresent());
    assertTrue(DEMO.expectedHolding().orElseThrow().compareTo(Duration.ZERO) > 0);
    // 730 days, 90-day windows every 30 days: ends at day 90, 120, ..., 720 and 750 (the first
    // end after the last settlement); every one of the 23 fits on the demo.
    assertEquals(23, DEMO.rollingFits().size());
    assertEquals(23, DEMO.rollingHalfLives().size());
    assertTrue(DEMO.carryAtEntry().orElseThrow().netYield() > 0);
  }

  @Test
  void backtest_isOutOfSample_tradesOnlyAfterItsTrainingWindow_onItsOwnLevels() {
    CarryBacktestResult b = DEMO.backtest();
    assertTrue(b.outOfSample());
    assertEquals(BacktestStatus.COMPLETE, b.status());
    // 730 days less one 8 h step: a third is 243 days 5 h 20 min, 243 d 5 h in whole hours
    Instant first = DEMO.data().times()[0];
    assertEquals(first, b.trainFrom().orElseThrow());
    assertEquals(first.plus(Duration.ofDays(243).plusHours(5)), b.trainTo().orElseThrow());
    assertFalse(b.trades().isEmpty());
    CarryLevels levels = b.levels().orElseThrow();
    Instant[] times = DEMO.data().times();
    double[] values = DEMO.values();
    for (BacktestTrade t : b.trades()) {
      assertFalse(t.entry().isBefore(b.trainTo().orElseThrow()), t.toString());
      int i = java.util.Arrays.asList(times).indexOf(t.entry());
      assertTrue(values[i] < levels.entry().value(), t.toString());
      assertFalse(t.spansGap());
      assertTrue(t.basisPnl().isEmpty(), "no perp prices in the demo: basis not judged");
    }
    assertTrue(b.funding() > 0, "entries below mu - 2 sd collect funding");
    assertEquals(b.trades().size() * 4 * ReportSettings.DEFAULT.feePerFill(), b.fees(), 1e-12);
  }

  @Test
  void law_perHourChangesTheUnitButNotTheHalfLife() {
    FundingReport perHour = FundingReport.analyse(ReportData.demo(),
        ReportSettings.DEFAULT.withPerHour(true), line -> { });
    assertEquals("per 1h", perHour.unitLabel());
    assertEquals(DEMO.fit().halfLifeHours().orElseThrow(),
        perHour.fit().halfLifeHours().orElseThrow(), 1e-6);
    assertEquals(DEMO.levels().orElseThrow().entryLevel().value() / 8,
        perHour.levels().orElseThrow().entryLevel().value(), 1e-12);
    assertEquals(java.time.Duration.ofHours(1),
        perHour.levels().orElseThrow().entryLevel().interval());
    assertEquals(DEMO.events().stream().map(SignalEvent::time).toList(),
        perHour.events().stream().map(SignalEvent::time).toList());
  }

  @Test
  void progressIsReported() {
    List<String> lines = new ArrayList<>();
    FundingReport.analyse(ReportData.demo(), ReportSettings.DEFAULT, lines::add);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("rolling half-life")), lines.toString());
  }

  @Test
  void anIntervalChangeNeedsPerHour() {
    Instant[] t = new Instant[100];
    double[] v = new double[100];
    Instant at = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < t.length; i++) {
      t[i] = at;
      v[i] = 1e-4 * Math.sin(i);
      at = at.plus(Duration.ofHours(i < 50 ? 8 : 4));
    }
    ReportData data = ReportData.inferringIntervals("x", "test", t, v);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingReport.analyse(data, ReportSettings.DEFAULT, line -> { }));
    assertTrue(e.getMessage().contains("--per-hour"), e.getMessage());
    assertFalse(FundingReport.analyse(data, ReportSettings.DEFAULT.withPerHour(true),
        line -> { }).values().length == 0);
  }
}
