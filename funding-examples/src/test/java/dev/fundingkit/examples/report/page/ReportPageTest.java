package dev.fundingkit.examples.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.examples.report.page.ReportPage.Backtest;
import dev.fundingkit.examples.report.page.ReportPage.Episode;
import dev.fundingkit.examples.report.page.ReportPage.Fact;
import dev.fundingkit.examples.report.page.ReportPage.Figure;
import dev.fundingkit.examples.report.page.ReportPage.FigureKind;
import dev.fundingkit.examples.report.page.ReportPage.HalfLife;
import dev.fundingkit.examples.report.page.ReportPage.HeatCell;
import dev.fundingkit.examples.report.page.ReportPage.Injected;
import dev.fundingkit.examples.report.page.ReportPage.Level;
import dev.fundingkit.examples.report.page.ReportPage.NamedSeries;
import dev.fundingkit.examples.report.page.ReportPage.SeriesGap;
import dev.fundingkit.examples.report.page.ReportPage.Signal;
import dev.fundingkit.examples.report.page.ReportPage.Trade;
import dev.fundingkit.examples.report.page.ReportPage.WindowStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPageTest {

  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant T1 = Instant.parse("2024-01-02T00:00:00Z");
  static final FundingRate RATE = FundingRate.of(1e-4, Duration.ofHours(8));
  static final FundingSeries SERIES = FundingSeries.of(
      new long[] {T0.toEpochMilli(), T1.toEpochMilli()}, new double[] {1e-4, 2e-4},
      Duration.ofHours(24), IntervalSource.DECLARED);
  static final Backtest NO_TRADE = new Backtest(List.of(), List.of(), List.of(), "none");

  static ReportPage page(List<String> spread) {
    return new ReportPage("t", false, SERIES, "A", List.of(new NamedSeries("A", SERIES),
        new NamedSeries("B", SERIES)), spread, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), NO_TRADE, List.of(), List.of(), List.of(), List.of());
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(FundingRate.class, RATE)
        .setDefault(FundingSeries.class, SERIES)
        .setDefault(Instant.class, T0)
        .setDefault(Backtest.class, NO_TRADE)
        .setDefault(FundingGap.class,
            new FundingGap(T0, T1.plus(Duration.ofDays(2)), Duration.ofDays(1), 2));
  }

  @Test
  void everyPublicConstructorAndFactory_rejectsNull() {
    NullPointerTester t = tester();
    for (Class<?> c : List.of(NamedSeries.class, HeatCell.class, Level.class, Signal.class,
        SeriesGap.class, Trade.class, Backtest.class, Figure.class, Fact.class)) {
      t.testAllPublicConstructors(c);
      t.testAllPublicStaticMethods(c);
    }
  }

  @Test
  void constructorsWithOrderedArguments_rejectNull() {
    // Episode, HalfLife, Injected and the page validate order too; their nulls are checked
    // one by one here with valid neighbours.
    assertThrows(NullPointerException.class, () -> new Episode(null, "c", T0, T1, 1, RATE,
        RATE, "e"));
    assertThrows(NullPointerException.class, () -> new Episode("k", "c", T0, null, 1, RATE,
        RATE, "e"));
    assertThrows(NullPointerException.class, () -> new HalfLife(T0, T1, null, 1, 0, 2, "n"));
    assertThrows(NullPointerException.class, () -> new Injected("k", T0, T1, null, 0, "s"));
    assertThrows(NullPointerException.class, () -> new ReportPage("t", false, null, "A",
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        NO_TRADE, List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void invalidValues_areRejectedNamingTheParameter() {
    assertEquals("end must be after start 2024-01-02T00:00:00Z, was 2024-01-01T00:00:00Z",
        assertThrows(IllegalArgumentException.class, () -> new Episode("k", "c", T1, T0, 1,
            RATE, RATE, "e")).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new HalfLife(T0, T1, WindowStatus.FITTED, Double.NaN, 0, 1, "n"));
    // A window without a fit carries NaN figures.
    new HalfLife(T0, T1, WindowStatus.FAILED, Double.NaN, Double.NaN, Double.NaN, "n");
    assertThrows(IllegalArgumentException.class,
        () -> new Figure("s", "l", FigureKind.RATE, 1e-4, 0, ""));
    assertThrows(IllegalArgumentException.class,
        () -> new Trade(T0, T1, false, -1, 0, 0, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new Backtest(List.of(), List.of(T0), List.of(), "r"));
    assertThrows(IllegalArgumentException.class, () -> page(List.of("A", "C")));
    assertThrows(IllegalArgumentException.class, () -> page(List.of("A")));
  }

  @Test
  void equality_isByValue() {
    new EqualsTester()
        .addEqualityGroup(page(List.of("A", "B")), page(List.of("A", "B")))
        .addEqualityGroup(page(List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Figure.rate("s", "mean", RATE),
            new Figure("s", "mean", FigureKind.RATE, 1e-4, 28_800_000, ""))
        .addEqualityGroup(Figure.text("s", "mean", "x"))
        .testEquals();
  }

  @Test
  void rateFigure_keepsTheRatesInterval() {
    Figure f = Figure.rate("s", "l", FundingRate.of(-2.5e-5, Duration.ofHours(1)));
    assertEquals(-2.5e-5, f.value());
    assertEquals(3_600_000, f.intervalMillis());
  }
}
