package dev.fundingkit.examples.report.page;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuVerdict;
import dev.fundingkit.stats.ou.OuCaveat;
import dev.fundingkit.stats.ou.ConfidenceInterval;
import dev.fundingkit.stats.backtest.BacktestStatus;
import dev.fundingkit.stats.backtest.BacktestTrade;
import dev.fundingkit.stats.backtest.CarryBacktestResult;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.examples.report.DemoData;
import dev.fundingkit.examples.report.DemoVenues;
import dev.fundingkit.examples.report.FundingReport;
import dev.fundingkit.examples.report.HalfLifeWindow;
import dev.fundingkit.examples.report.InjectedEpisode;
import dev.fundingkit.examples.report.ReportData;
import dev.fundingkit.examples.report.ReportSettings;
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
import dev.fundingkit.stats.regime.RegimeEpisode;
import dev.fundingkit.stats.signal.SignalEvent;
import dev.fundingkit.stats.signal.SignalLevels;
import dev.fundingkit.stats.summary.SeriesSummary;
import dev.fundingkit.stats.summary.SummarySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that turns a {@link FundingReport} (the analysis) into a {@link ReportPage}
 * (what the page shows). Nothing else in the presentation layer reads the analysis classes, so
 * when the analysis changes shape only this class follows it.
 *
 * <p>Texts are kept to glyphs every common font has: the venue family Binance writes
 * "USDⓈ-M" is written {@code USDS-M} (the circled S is missing from many fonts).
 *
 * <p>Rates inside sentences are written {@code {r:VALUE:INTERVAL_MS}}; the page formats them
 * in the unit the reader picks, like every other rate.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportPageAdapter {

  private static final Duration EIGHT_HOURS = Duration.ofHours(8);
  private static final int MIN_WINDOW_POINTS = 31;

  private ReportPageAdapter() {}

  /**
   * The page of one analysed series, without comparison series.
   *
   * @param report the analysis
   * @return the page model
   * @throws NullPointerException if {@code report} is null
   */
  public static ReportPage of(FundingReport report) {
    return of(report, primarySeries(report.data()), List.of());
  }

  /**
   * The page of the built-in demonstration: the analysed {@link DemoData} series as venue A's
   * BTC, compared with the other {@link DemoVenues} BTC series, and the venue × symbol heatmap
   * of all of them.
   *
   * @param report the analysis of {@link ReportData#demo()}
   * @return the page model
   * @throws NullPointerException if {@code report} is null
   */
  public static ReportPage demo(FundingReport report) {
    List<FundingSeries> all = DemoVenues.all();
    FundingSeries first = all.get(0);
    FundingSeries primary = primarySeries(report.data())
        .withVenue(first.venue().orElseThrow()).withSymbol(first.symbol().orElseThrow());
    return of(report, primary, all.subList(1, all.size()));
  }

  /**
   * The page of an analysed series with other series to compare it with.
   *
   * @param report the analysis
   * @param primary the analysed series as a {@link FundingSeries} (give it a venue and symbol
   *     to place it on the heatmap)
   * @param others series to compare with: those of the primary's symbol (all, when the primary
   *     has none) join the venue chart; every one with a venue and a symbol joins the heatmap
   * @return the page model
   * @throws NullPointerException if an argument or element is null
   */
  public static ReportPage of(FundingReport report, FundingSeries primary,
      List<FundingSeries> others) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(primary, "primary");
    List<FundingSeries> rest = List.copyOf(others);
    ReportData data = report.data();
    String primaryLabel = label(primary, clean(data.name()));

    List<NamedSeries> comparison = new ArrayList<>();
    comparison.add(new NamedSeries(primaryLabel, primary));
    for (FundingSeries s : rest) {
      if (primary.symbol().isEmpty() || s.symbol().equals(primary.symbol())) {
        comparison.add(new NamedSeries(label(s, "series " + (comparison.size() + 1)), s));
      }
    }
    List<String> spread = comparison.size() < 2 ? List.of()
        : List.of(comparison.get(0).label(), comparison.get(1).label());

    List<HeatCell> heat = new ArrayList<>();
    List<FundingSeries> all = new ArrayList<>();
    all.add(primary);
    all.addAll(rest);
    for (FundingSeries s : all) {
      if (s.venue().isPresent() && s.symbol().isPresent()) {
        SeriesSummary sum = SeriesSummary.of(s.toInstants(), rates(s), SummarySettings.DEFAULT);
        heat.add(new HeatCell(s.venue().get(), s.symbol().get(),
            FundingRate.of(sum.mean().value(), EIGHT_HOURS)));
      }
    }

    List<SeriesGap> gaps = new ArrayList<>();
    for (NamedSeries s : comparison) {
      s.series().gaps().forEach(g -> gaps.add(new SeriesGap(s.label(), g)));
    }

    Duration unit = report.unit();
    List<Level> levels = new ArrayList<>();
    Optional<SignalLevels> lv = report.levels();
    lv.ifPresent(l -> {
      levels.add(new Level("μ", "mean", FundingRate.of(l.mean().value(), unit)));
      levels.add(new Level("μ + 2σ", "band", FundingRate.of(l.mean().value() + 2 * l.sd().value(), unit)));
      levels.add(new Level("μ − 2σ", "band", FundingRate.of(l.mean().value() - 2 * l.sd().value(), unit)));
      levels.add(new Level("entry", "entry", FundingRate.of(l.entryLevel().value(), unit)));
      levels.add(new Level("exit", "exit", FundingRate.of(l.exitLevel().value(), unit)));
    });
    List<Signal> signals = new ArrayList<>();
    for (SignalEvent e : report.events()) {
      signals.add(new Signal(e.time(), e.value(), e.z(),
          e.kind().name()));
    }

    String title = "FundingKit report: " + primaryLabel
        + (data.synthetic() ? " (SYNTHETIC demonstration data)" : "");
    return new ReportPage(title, data.synthetic(), primary, primaryLabel, comparison, spread,
        heat, levels, signals, episodes(report), gaps, halfLives(report), backtest(report),
        figures(report, primary), provenance(report, primary), injected(data), notes(report));
  }

  private static FundingSeries primarySeries(ReportData data) {
    return FundingSeries.of(data.times(), data.rates(),
        data.synthetic() ? IntervalSource.DECLARED : IntervalSource.INFERRED);
  }

  private static FundingRate[] rates(FundingSeries s) {
    FundingRate[] out = new FundingRate[s.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.get(i);
    }
    return out;
  }

  private static String label(FundingSeries s, String fallback) {
    if (s.venue().isPresent() && s.symbol().isPresent()) {
      return s.venue().get() + " " + s.symbol().get();
    }
    return s.venue().or(s::symbol).orElse(fallback);
  }

  /** Replaces glyphs that common fonts lack. */
  static String clean(String text) {
    return text.replace("Ⓢ", "S");
  }

  static String rateText(double value, Duration interval) {
    return "{r:" + value + ":" + interval.toMillis() + "}";
  }

  private static List<Episode> episodes(FundingReport report) {
    ReportData data = report.data();
    Instant[] times = data.times();
    Optional<Instant[]> spotT = data.spotTimes();
    Optional<double[]> spotP = data.spotPrices();
    Optional<SignalLevels> lv = report.levels();
    double unitPer8h = report.unit().toMillis() / (double) EIGHT_HOURS.toMillis();
    List<Episode> out = new ArrayList<>();
    for (RegimeEpisode e : report.regimes()) {
      int from = lowerBound(times, e.start());
      int to = lowerBound(times, e.end());
      StringBuilder ev = new StringBuilder();
      ev.append(to - from).append(to - from == 1 ? " settlement over " : " settlements over ")
          .append(hours(e.duration())).append(" h");
      if (spotT.isPresent()) {
        Instant[] st = spotT.get();
        double[] sp = spotP.get();
        int a = Math.max(0, lowerBound(st, e.start()) - 1);
        int b = Math.max(0, lowerBound(st, e.end()) - 1);
        double move = sp[b] / sp[a] - 1;
        ev.append("; spot ").append(move >= 0 ? "+" : "−")
            .append(String.format(Locale.ROOT, "%.1f", Math.abs(move) * 100))
            .append("% over the episode");
      }
      lv.ifPresent(l -> {
        double z = (e.minimum().value() * unitPer8h - l.mean().value()) / l.sd().value();
        ev.append("; lowest print ")
            .append(String.format(Locale.ROOT, "%.1f", Math.abs(z)))
            .append(z < 0 ? " sd below" : " sd above").append(" μ");
      });
      out.add(new Episode(e.kind().name(), cause(e, report), e.start(), e.end(), to - from,
          FundingRate.of(e.minimum().value(), EIGHT_HOURS), FundingRate.of(e.mean().value(),
          EIGHT_HOURS), ev.toString()));
    }
    return out;
  }

  private static String cause(RegimeEpisode e, FundingReport report) {
    return switch (e.kind()) {
      case PERSISTENT_NEGATIVE -> "funding below zero for 48 h or more: hedging demand"
          + " exceeds speculation (structurally bearish)";
      case EXTREME_SPIKE -> "funding below the extreme level "
          + rateText(report.extremeLevel(), EIGHT_HOURS)
          + " for under 12 h: likely panic, often a local bottom";
      case NEGATIVE_WHILE_SPOT_RISES -> "negative funding while spot rises 2% or more over 24 h"
          + " or more: spot buying hedged with shorts";
    };
  }

  private static List<HalfLife> halfLives(FundingReport report) {
    ReportSettings settings = report.settings();
    double spacingHours = medianSpacingHours(report.data().times());
    List<HalfLife> out = new ArrayList<>();
    for (java.util.Map.Entry<Instant, OuFit> e : report.rollingFits().entrySet()) {
      Instant end = e.getKey();
      Instant start = end.minus(settings.halfLifeWindow());
      OuFit f = e.getValue();
      if (f.verdict() == OuVerdict.INSUFFICIENT_DATA) {
        out.add(new HalfLife(start, end, WindowStatus.TOO_FEW, Double.NaN, Double.NaN,
            Double.NaN, f.n() + " settlements: too few, or no variation, to fit"));
        continue;
      }
      if (f.halfLifeHours().isEmpty() || f.halfLifeHoursCi().isEmpty()) {
        out.add(new HalfLife(start, end, WindowStatus.FAILED, Double.NaN, Double.NaN,
            Double.NaN, "no half-life: " + f.verdict()));
        continue;
      }
      double hl = f.halfLifeHours().getAsDouble();
      ConfidenceInterval ci = f.halfLifeHoursCi().get();
      boolean belowStep = hl < spacingHours;
      boolean shortSpan = belowStep || f.caveats().contains(OuCaveat.SHORT_SPAN);
      out.add(new HalfLife(start, end, shortSpan ? WindowStatus.SHORT_SPAN
          : WindowStatus.FITTED, hl, Math.min(ci.lower(), hl), Math.max(ci.upper(), hl),
          belowStep ? "shorter than the " + fmt(spacingHours) + " h between settlements: not"
              + " resolved by the data (" + f.verdict() + ")"
          : shortSpan ? "the window spans fewer than 30 half-lives (" + f.verdict() + ")"
          : f.verdict().name()));
    }
    return out;
  }

  private static Backtest backtest(FundingReport report) {
    CarryBacktestResult bt = report.backtest();
    List<Trade> trades = new ArrayList<>();
    for (BacktestTrade t : bt.trades()) {
      trades.add(new Trade(t.entry(), t.exit(), t.open(), t.settlements(), t.funding(),
          t.borrow(), t.net()));
    }
    long[] ms = bt.equityEpochMillis();
    List<Instant> times = new ArrayList<>(ms.length);
    for (long m : ms) {
      times.add(Instant.ofEpochMilli(m));
    }
    List<Double> equity = Arrays.stream(bt.equity()).boxed().toList();
    String window = bt.outOfSample()
        ? "Backtest out of sample, trained " + bt.trainFrom().map(Object::toString)
            .orElse("?") + " to " + bt.trainTo().map(Object::toString).orElse("?")
            + ": levels fitted there, traded only after it."
        : "IN-SAMPLE: the levels were fitted on the whole series.";
    long gaps = bt.trades().stream().filter(BacktestTrade::spansGap).count();
    String gapText = gaps == 0 ? " A data gap closes a trade at the last settlement before it."
        : " " + gaps + " trade(s) are held across a data gap.";
    String remark;
    Optional<SignalLevels> lv = report.levels();
    if (bt.status() == BacktestStatus.NO_TEST_WINDOW) {
      remark = "No trade: the training window leaves nothing to test. " + window;
    } else if (!trades.isEmpty()) {
      remark = trades.size() + " round trips, fees and borrow included. " + window + gapText;
    } else if (bt.status() == BacktestStatus.NO_LEVELS || lv.isEmpty()) {
      remark = "No trade: no signal levels could be fitted on the training window. " + window;
    } else {
      double min = Arrays.stream(report.values()).min().orElseThrow();
      double entry = bt.levels().map(l -> l.entry().rescaleTo(report.unit()).value())
          .orElse(lv.get().entryLevel().value());
      remark = (entry < min
          ? "No trade: the entry level " + rateText(entry, report.unit())
              + " is below the lowest print of the series " + rateText(min, report.unit())
              + ", so no print reached it. "
          : "No trade: no print crossed the entry level " + rateText(entry, report.unit())
              + ". ") + window;
    }
    return new Backtest(trades, times, equity, remark);
  }

  private static List<Figure> figures(FundingReport report, FundingSeries primary) {
    ReportData data = report.data();
    SeriesSummary s = report.summary();
    Duration unit = report.unit();
    List<Figure> f = new ArrayList<>();
    String sec = "Series";
    f.add(number(sec, "settlements", data.size()));
    f.add(Figure.text(sec, "first settlement", "{t:" + primary.firstTime().toEpochMilli()
        + "}"));
    f.add(Figure.text(sec, "last settlement", "{t:" + primary.lastTime().toEpochMilli() + "}"));
    f.add(Figure.text(sec, "interval", primary.intervalLabel() + " ("
        + primary.intervalSourceLabel() + ")"));
    f.add(number(sec, "missing settlements", primary.missingSettlementCount()));
    f.add(Figure.rate(sec, "mean (time-weighted)", FundingRate.of(s.mean().value(), EIGHT_HOURS)));
    f.add(Figure.rate(sec, "standard deviation", FundingRate.of(s.sd().value(), EIGHT_HOURS)));
    f.add(Figure.rate(sec, "lowest", FundingRate.of(s.min().value(), EIGHT_HOURS)));
    f.add(Figure.rate(sec, "highest", FundingRate.of(s.max().value(), EIGHT_HOURS)));
    f.add(Figure.rate(sec, "latest", report.latestRate()));
    sec = "Mean reversion (OU fit)";
    f.add(Figure.text(sec, "verdict", report.fit().verdict().name()));
    report.fit().halfLifeHours().ifPresent(h -> f.add(new Figure("Mean reversion (OU fit)",
        "half-life", FigureKind.HOURS, h, 0, report.fit().halfLifeHoursCi()
        .map(ci -> "95% interval " + fmt(ci.lower()) + " to "
            + (Double.isInfinite(ci.upper()) ? "∞" : fmt(ci.upper())) + " h").orElse(""))));
    report.fit().mu().ifPresent(m -> f.add(Figure.rate("Mean reversion (OU fit)", "μ", m)));
    report.fit().stationarySd().ifPresent(m -> f.add(Figure.rate("Mean reversion (OU fit)",
        "stationary sd", m)));
    report.currentZ().ifPresent(z -> f.add(new Figure("Mean reversion (OU fit)",
        "latest z-score", FigureKind.NUMBER, z, 0, "")));
    sec = "Signals and carry";
    report.levels().ifPresent(l -> {
      f.add(Figure.rate("Signals and carry", "entry level", FundingRate.of(l.entryLevel().value(),
          unit)));
      f.add(Figure.rate("Signals and carry", "exit level", FundingRate.of(l.exitLevel().value(),
          unit)));
    });
    f.add(number(sec, "signals", report.events().size()));
    report.expectedHolding().ifPresent(d -> f.add(new Figure("Signals and carry",
        "expected holding (OU)", FigureKind.HOURS, d.toMillis() / 3_600_000.0, 0, "")));
    f.add(new Figure(sec, "carry now: net yield a year", FigureKind.PERCENT,
        report.carryNow().netYield(), 0, report.carryNow().side().name().toLowerCase(
        Locale.ROOT)));
    report.carryAtEntry().ifPresent(c -> f.add(new Figure("Signals and carry",
        "carry at entry level: net yield a year", FigureKind.PERCENT, c.netYield(), 0, "")));
    sec = "Backtest (% of notional)";
    CarryBacktestResult bt = report.backtest();
    f.add(number(sec, "round trips", bt.trades().size()));
    f.add(new Figure(sec, "funding received", FigureKind.PERCENT, bt.funding(), 0, ""));
    f.add(new Figure(sec, "borrow paid", FigureKind.PERCENT, bt.borrow(), 0,
        "at " + fmt(report.settings().annualBorrow() * 100) + "% a year"));
    f.add(new Figure(sec, "fees paid", FigureKind.PERCENT, bt.fees(), 0,
        fmt(report.settings().feePerFill() * 100) + "% a fill"));
    f.add(new Figure(sec, "net", FigureKind.PERCENT, bt.net(), 0,
        bt.outOfSample() ? "out of sample" : "in sample"));
    bt.timeInMarket().ifPresent(t -> f.add(new Figure("Backtest (% of notional)",
        "time in market", FigureKind.PERCENT, t, 0, "")));
    return f;
  }

  private static Figure number(String section, String label, double value) {
    return new Figure(section, label, FigureKind.NUMBER, value, 0, "");
  }

  private static List<Fact> provenance(FundingReport report, FundingSeries primary) {
    ReportData data = report.data();
    List<Fact> p = new ArrayList<>();
    p.add(new Fact("data", clean(data.name())));
    p.add(new Fact("source", clean(data.source())));
    p.add(new Fact("synthetic", data.synthetic() ? "yes: generated, not market data" : "no"));
    p.add(new Fact("rows (settlements)", Integer.toString(data.size())));
    p.add(new Fact("first settlement", "{t:" + primary.firstTime().toEpochMilli() + "}"));
    p.add(new Fact("last settlement", "{t:" + primary.lastTime().toEpochMilli() + "}"));
    p.add(new Fact("intervals", primary.intervalLabel()));
    p.add(new Fact("interval source", primary.intervalSourceLabel()));
    p.add(new Fact("time zone", "all times are UTC instants; no local time zone is applied"));
    p.add(new Fact("spot prices", data.spotTimes().isPresent() ? "yes" : "none"));
    p.add(new Fact("fitted in", report.unitLabel()));
    p.add(new Fact("chart library", "Apache ECharts " + HtmlAssets.ECHARTS_VERSION
        + " (org.webjars.npm:echarts), inlined: the page makes no network request"));
    return p;
  }

  private static List<Injected> injected(ReportData data) {
    if (!data.synthetic()) {
      return List.of();
    }
    List<Injected> out = new ArrayList<>();
    for (InjectedEpisode e : DemoData.get().injectedEpisodes()) {
      out.add(new Injected(e.kind().name(), e.start(), e.end(),
          FundingRate.of(e.fundingLevel(), EIGHT_HOURS), e.spotChange(), clean(e.story())));
    }
    return out;
  }

  private static List<String> notes(FundingReport report) {
    List<String> n = new ArrayList<>();
    n.add("OU fit: exact-discretisation maximum likelihood at the settlements' real times,"
        + " Tang–Chen bias-corrected θ, 95% profile-likelihood interval, Dickey–Fuller verdict.");
    n.add("Rolling half-lives: " + report.settings().halfLifeWindow().toDays() + "-day windows"
        + " every " + report.settings().halfLifeStep().toDays() + " days. Windows without a fit"
        + " are marked, not dropped; a half-life shorter than the spacing of the settlements"
        + " is marked as not resolved by the data.");
    n.add("Signals use levels fitted on the whole series, so the backtest knows them in advance"
        + " (in-sample): an illustration, not a forecast. It ignores trading fees and the"
        + " perp/spot basis and holds the borrow rate constant.");
    n.add("Regimes (FundingKit RegimeDetector, default thresholds): persistent negative 48 h or"
        + " more, extreme spike under 12 h below " + rateText(report.extremeLevel(), EIGHT_HOURS)
        + ", negative while spot rises 2% or more over 24 h or more"
        + (report.data().spotTimes().isPresent() ? "" : " (not judged: no spot prices)") + ".");
    n.add("Cumulative funding: what a long and a short of one unit of notional received, in % of"
        + " notional (a long pays positive funding, a short receives it).");
    n.add("Funding chart: the y-axis fits 99% of the prints; zoom out or drag the slider to see"
        + " the rest. Missing settlements are drawn as breaks, not bridged.");
    if (report.data().synthetic()) {
      n.add("Venue names ending in (synthetic) are made up: every series is generated.");
    }
    n.add("Binance's USD-margined futures family is written USDS-M throughout (the circled S of"
        + " its own spelling is missing from many fonts).");
    return n;
  }

  private static double medianSpacingHours(Instant[] times) {
    long[] d = new long[times.length - 1];
    for (int i = 1; i < times.length; i++) {
      d[i - 1] = times[i].toEpochMilli() - times[i - 1].toEpochMilli();
    }
    Arrays.sort(d);
    return d[d.length / 2] / 3_600_000.0;
  }

  private static int lowerBound(Instant[] times, Instant t) {
    int i = Arrays.binarySearch(times, t);
    return i >= 0 ? i : -i - 1;
  }

  private static String hours(Duration d) {
    return fmt(d.toMillis() / 3_600_000.0);
  }

  private static String fmt(double x) {
    String s = String.format(Locale.ROOT, "%.1f", x);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
