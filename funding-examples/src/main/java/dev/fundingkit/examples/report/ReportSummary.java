package dev.fundingkit.examples.report;

import dev.fundingkit.core.carry.CarryEconomics;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.stats.backtest.BacktestStatus;
import dev.fundingkit.stats.backtest.BacktestTrade;
import dev.fundingkit.stats.backtest.CarryBacktestResult;
import dev.fundingkit.stats.ou.ConfidenceInterval;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.regime.RegimeEpisode;
import dev.fundingkit.stats.regime.RegimeKind;
import dev.fundingkit.stats.signal.SignalEvent;
import dev.fundingkit.stats.signal.SignalLevels;
import dev.fundingkit.stats.summary.SeriesSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary lines of a report, in the order they are shown: data, series statistics, OU fit,
 * current state, signals, carry economics and backtest.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportSummary {

  private ReportSummary() {}

  /**
   * The summary lines.
   *
   * @param report the report
   * @return the lines, unmodifiable
   * @throws NullPointerException if {@code report} is null
   */
  public static List<SummaryLine> lines(FundingReport report) {
    List<SummaryLine> out = new ArrayList<>();
    ReportData data = report.data();
    String unit = report.unitLabel();

    String section = "Data";
    out.add(new SummaryLine(section, "series", data.name()
        + (data.synthetic() ? " (SYNTHETIC demonstration data)" : "")));
    SeriesSummary s = report.summary();
    out.add(new SummaryLine(section, "settlements", s.count() + ", " + data.times()[0] + " .. "
        + data.times()[data.size() - 1]));
    out.add(new SummaryLine(section, "interval", data.commonInterval()
        .map(FundingIntervals::format).orElse("changes within the series")
        + (report.settings().perHour() ? "; fitted per hour" : "")));

    String series = "Series (per 8h, time-weighted)";
    out.add(new SummaryLine(series, "mean", percent(s.mean().value())));
    out.add(new SummaryLine(series, "sd", percent(s.sd().value())));
    out.add(new SummaryLine(series, "min .. max", percent(s.min().value()) + " .. " + percent(s.max().value())));
    out.add(new SummaryLine(series, "time above " + percent(s.settings().above()),
        share(s.fractionOfTimeAbove())));
    out.add(new SummaryLine(series, "time below " + percent(s.settings().below()),
        share(s.fractionOfTimeBelow())));
    out.add(new SummaryLine(series, "pinned at the interest rate", share(s.pinnedShare())));
    s.longestRunBelow().ifPresent(r -> out.add(new SummaryLine(series,
        "longest run below " + percent(s.settings().below()),
        hours(r.duration()) + " from " + r.start())));

    String ou = "OU fit (theta per hour)";
    OuFit fit = report.fit();
    out.add(new SummaryLine(ou, "verdict", fit.verdict() + " (ADF tau " + fixed(fit.adfTau().orElse(Double.NaN), 2)
        + ")"));
    out.add(new SummaryLine(ou, "half-life", fit.halfLifeHours().isPresent()
        ? fixed(fit.halfLifeHours().getAsDouble(), 1) + " h, 95% CI " + fit.halfLifeHoursCi()
            .map(ReportSummary::interval).orElse("n/a") + " (MLE " + fixed(
            fit.halfLifeHoursMle().orElse(Double.NaN), 1) + " h, Tang-Chen corrected)"
        : "n/a"));
    out.add(new SummaryLine(ou, "mu", fit.mu().isPresent() ? percent(fit.mu().get().value())
        + " " + unit : "n/a"));
    out.add(new SummaryLine(ou, "stationary sd", fit.stationarySd().isPresent()
        ? percent(fit.stationarySd().get().value()) + " " + unit : "n/a"));
    out.add(new SummaryLine(ou, "fitted points", fit.n() + (report.rollingHalfLives().isEmpty()
        ? "" : "; " + report.rollingHalfLives().size() + " rolling "
            + report.settings().halfLifeWindow().toDays() + "-day windows")));

    String now = "Now (last settlement)";
    out.add(new SummaryLine(now, "latest rate", report.latestRate().toString()));
    out.add(new SummaryLine(now, "z-score", report.currentZ().map(z -> fixed(z, 2))
        .orElse("n/a")));
    List<RegimeEpisode> current = report.currentRegimes();
    out.add(new SummaryLine(now, "regime", current.isEmpty()
        ? "no negative-funding regime"
        : String.join(", ", current.stream().map(e -> e.kind() + " since " + e.start())
            .toList())));
    out.add(new SummaryLine(now, "regime episodes in the series", regimeCounts(report)));

    String sig = "Signals (reverse farm)";
    if (report.levels().isPresent()) {
      SignalLevels l = report.levels().get();
      out.add(new SummaryLine(sig, "entry level", percent(l.entryLevel().value()) + " " + unit
          + " (mu - 2 sd)"));
      out.add(new SummaryLine(sig, "exit level", percent(l.exitLevel().value()) + " " + unit
          + " (mu - 0.5 sd)"));
      out.add(new SummaryLine(sig, "expected holding", report.expectedHolding()
          .map(ReportSummary::hours).orElse("n/a") + " (OU first passage entry -> exit)"));
      long entries = report.events().stream()
          .filter(e -> e.kind() == SignalEvent.Kind.ENTER).count();
      out.add(new SummaryLine(sig, "entries", entries + (report.events().isEmpty() ? ""
          : ", last " + report.events().get(report.events().size() - 1).kind() + " at "
              + report.events().get(report.events().size() - 1).time())));
    } else {
      out.add(new SummaryLine(sig, "levels", "none: the fit has no mean-reverting parameters"));
    }

    String carry = "Carry economics (borrow " + percent(report.settings().annualBorrow())
        + " a year)";
    out.add(new SummaryLine(carry, "at the latest rate", carry(report.carryNow())));
    report.carryAtEntry().ifPresent(c -> out.add(new SummaryLine(carry, "at the entry level",
        carry(c))));

    CarryBacktestResult b = report.backtest();
    String bt = backtestSection(b);
    if (b.status() == BacktestStatus.NO_TEST_WINDOW) {
      out.add(new SummaryLine(bt, "trades", "none: the training window leaves nothing to test"));
      return List.copyOf(out);
    }
    if (b.status() == BacktestStatus.NO_LEVELS) {
      out.add(new SummaryLine(bt, "trades", "none: no levels could be fitted on the training"
          + " window"));
    }
    long gaps = b.trades().stream().filter(BacktestTrade::spansGap).count();
    out.add(new SummaryLine(bt, "trades", b.trades().size() + " from " + b.testFrom().orElseThrow()
        + ", in the market " + share(b.timeInMarket().orElse(0)) + " of the time"
        + (gaps == 0 ? "; gaps close trades before them" : "; " + gaps + " span a gap")));
    out.add(new SummaryLine(bt, "funding received", percent(b.funding()) + " of notional"));
    out.add(new SummaryLine(bt, "borrow paid", percent(b.borrow()) + " of notional"));
    out.add(new SummaryLine(bt, "fees paid", percent(b.fees()) + " of notional ("
        + percent(report.settings().feePerFill()) + " a fill)"));
    out.add(new SummaryLine(bt, "basis P&L", b.basisPnl().isPresent()
        ? percent(b.basisPnl().getAsDouble()) + " of notional"
        : "not judged (needs perp and spot prices)"));
    out.add(new SummaryLine(bt, "net", percent(b.net()) + " of notional ("
        + (b.netAnnualized().isPresent() ? percent(b.netAnnualized().getAsDouble()) : "n/a")
        + " a year over the test window), max drawdown " + percent(b.maxDrawdown())));
    return List.copyOf(out);
  }

  /**
   * The backtest's section title, naming its training window.
   *
   * @param b the backtest result
   * @return such as {@code Backtest (out of sample, trained 2020-01-01T00:00:00Z to
   *     2021-01-01T00:00:00Z)}
   */
  static String backtestSection(CarryBacktestResult b) {
    return b.outOfSample()
        ? "Backtest (out of sample, trained " + b.trainFrom().map(Object::toString).orElse("?")
            + " to " + b.trainTo().map(Object::toString).orElse("?") + ")"
        : "Backtest (IN-SAMPLE levels)";
  }

  private static String regimeCounts(FundingReport report) {
    List<String> parts = new ArrayList<>();
    for (RegimeKind kind : RegimeKind.values()) {
      long n = report.regimes().stream().filter(e -> e.kind() == kind).count();
      parts.add(n + " " + kind);
    }
    if (report.data().spotTimes().isEmpty()) {
      parts.set(RegimeKind.NEGATIVE_WHILE_SPOT_RISES.ordinal(),
          "NEGATIVE_WHILE_SPOT_RISES not judged (no spot prices)");
    }
    return String.join(", ", parts);
  }

  private static String carry(CarryEconomics c) {
    return c.side() + ": funding " + percent(c.fundingYield()) + ", cost "
        + percent(c.hedgeCost()) + ", net " + percent(c.netYield()) + " a year ("
        + (c.profitable() ? "profitable" : "not profitable") + ")";
  }

  private static String interval(ConfidenceInterval ci) {
    return "[" + fixed(ci.lower(), 1) + ", "
        + (Double.isInfinite(ci.upper()) ? "inf" : fixed(ci.upper(), 1)) + "] h";
  }

  /**
   * A fraction as a percentage with enough digits for funding rates.
   *
   * @param fraction the fraction, e.g. {@code -0.00015}
   * @return e.g. {@code "-0.0150%"}
   */
  static String percent(double fraction) {
    if (!Double.isFinite(fraction)) {
      return "n/a";
    }
    double pct = fraction * 100 + 0.0;
    return String.format(Locale.ROOT, Math.abs(pct) >= 10 ? "%.1f%%" : Math.abs(pct) >= 1
        ? "%.2f%%" : "%.4f%%", pct);
  }

  static String share(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  static String fixed(double value, int decimals) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value)
        : "n/a";
  }

  static String hours(Duration d) {
    return fixed(d.toMillis() / 3_600_000.0, 1) + " h";
  }
}
