package dev.fundingkit.examples.report;

import dev.fundingkit.core.carry.CarryEconomics;
import dev.fundingkit.core.carry.CarrySide;
import dev.fundingkit.core.carry.CarryTrade;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.stats.backtest.BorrowSchedule;
import dev.fundingkit.stats.backtest.CarryBacktest;
import dev.fundingkit.stats.backtest.CarryBacktestResult;
import dev.fundingkit.stats.backtest.CarryFees;
import dev.fundingkit.stats.backtest.CarryLevels;
import dev.fundingkit.stats.backtest.LevelFit;
import dev.fundingkit.stats.ou.ConfidenceInterval;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.ou.OuParameters;
import dev.fundingkit.stats.regime.RegimeDetector;
import dev.fundingkit.stats.regime.RegimeEpisode;
import dev.fundingkit.stats.signal.FarmSide;
import dev.fundingkit.stats.signal.FirstPassage;
import dev.fundingkit.stats.signal.SignalEvent;
import dev.fundingkit.stats.signal.SignalLevels;
import dev.fundingkit.stats.signal.SignalSeries;
import dev.fundingkit.stats.summary.SeriesSummary;
import dev.fundingkit.stats.summary.SummarySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a funding report shows, computed from a series with the library's public API:
 * the time-weighted series summary, the OU fit (half-life with its interval and verdict),
 * rolling half-lives, reverse-farm signal levels and events, regimes of negative funding, the
 * current z-score and regime, carry economics, and a reverse-carry backtest.
 *
 * <p>The signal levels and events shown on the chart come from the fit of the whole series
 * (a description of it); the backtest is out of sample: its levels are fitted on a training
 * window ({@link ReportSettings#trainingFor(Duration)}) and it trades only after it, through
 * {@link CarryBacktest}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FundingReport {

  private final ReportData data;
  private final ReportSettings settings;
  private final Duration unit;
  private final double[] values;
  private final SeriesSummary summary;
  private final OuFit fit;
  private final List<HalfLifeWindow> rolling;
  private final java.util.NavigableMap<Instant, OuFit> rollingFits;
  private final SignalLevels levels;
  private final List<SignalEvent> events;
  private final CarryBacktestResult backtest;
  private final List<RegimeEpisode> regimes;
  private final double extremeLevel;
  private final CarryEconomics carryNow;
  private final CarryEconomics carryAtEntry;
  private final Duration expectedHolding;

  private FundingReport(Builder b) {
    this.data = b.data;
    this.settings = b.settings;
    this.unit = b.unit;
    this.values = b.values;
    this.summary = b.summary;
    this.fit = b.fit;
    this.rolling = List.copyOf(b.rolling);
    this.rollingFits = b.rollingFits;
    this.levels = b.levels;
    this.events = b.events;
    this.backtest = b.backtest;
    this.regimes = b.regimes;
    this.extremeLevel = b.extremeLevel;
    this.carryNow = b.carryNow;
    this.carryAtEntry = b.carryAtEntry;
    this.expectedHolding = b.expectedHolding;
  }

  /**
   * Computes the report.
   *
   * @param data the series
   * @param settings the settings
   * @param progress receives one line per step of long work (for standard error), only once
   *     the input has been accepted
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the series changes interval and
   *     {@link ReportSettings#perHour()} is off
   * @throws IllegalStateException if the series is too short to fit
   */
  public static FundingReport analyse(ReportData data, ReportSettings settings,
      Consumer<String> progress) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(progress, "progress");
    Builder b = new Builder();
    b.data = data;
    b.settings = settings;
    Instant[] times = data.times();
    FundingRate[] rates = data.rates();
    if (!settings.perHour() && data.commonInterval().isEmpty()) {
      throw new IllegalArgumentException("the funding interval changes "
          + data.firstIntervalChange().orElseThrow()
          + "; use --per-hour to compare rates per hour");
    }
    b.unit = settings.perHour() ? Duration.ofHours(1) : data.commonInterval().orElseThrow();
    b.values = new double[rates.length];
    for (int i = 0; i < rates.length; i++) {
      b.values[i] = rates[i].rescaleTo(b.unit).value();
    }
    // Everything that can reject the input runs before the first progress line, so bad input
    // gets exactly one line of error.
    b.summary = SeriesSummary.of(times, rates, SummarySettings.DEFAULT);
    b.fit = OuFitter.defaults().fit(epochMillis(times), b.values, b.unit);
    progress.accept("fitted " + rates.length + " settlements: " + b.fit.verdict());
    progress.accept("rolling half-life: " + settings.halfLifeWindow().toDays()
        + "-day windows every " + settings.halfLifeStep().toDays() + " days");
    // The one OU engine: the fitter's own rolling windows, each with its CI, verdict and caveats.
    FundingSeries unitSeries = FundingSeries.of(times, rates, IntervalSource.INFERRED)
        .rescaleTo(b.unit);
    b.rollingFits = OuFitter.defaults().rolling(unitSeries, settings.halfLifeWindow(),
        settings.halfLifeStep());
    b.rolling = halfLifeWindows(unitSeries, b.rollingFits);
    progress.accept("signals, regimes and backtest");
    Optional<OuParameters> params = b.fit.parameters();
    if (params.isPresent()) {
      b.levels = SignalLevels.of(params.get(), FarmSide.REVERSE, settings.bands());
      b.events = SignalSeries.events(times, b.values, b.levels);
      b.expectedHolding = FirstPassage.expectedHolding(params.get(), settings.bands());
      b.carryAtEntry = CarryTrade.of(FundingRate.of(b.levels.entryLevel().value(), b.unit),
          settings.annualBorrow()).economics();
    } else {
      b.events = List.of();
    }
    b.backtest = backtest(data, settings, b.unit);
    RegimeDetector detector = RegimeDetector.defaults();
    b.regimes = data.spotTimes().isPresent()
        ? detector.detect(times, rates, data.spotTimes().get(), data.spotPrices().get())
        : detector.detect(times, rates);
    b.extremeLevel = detector.extremeLevel(times, rates).value();
    // --borrow is the reverse carry's borrow rate; a forward carry's cost of capital is 0 here.
    FundingRate latest = rates[rates.length - 1];
    b.carryNow = CarryTrade.of(latest, latest.value() < 0 ? settings.annualBorrow() : 0.0)
        .economics();
    return new FundingReport(b);
  }

  private static long[] epochMillis(Instant[] times) {
    long[] ms = new long[times.length];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = times[i].toEpochMilli();
    }
    return ms;
  }

  /**
   * The out-of-sample reverse-carry backtest: OU levels fitted on the training window (one
   * lambda wires the estimator in), fees on every fill, constant borrow, perp and spot prices
   * when the data has them (else the basis is not judged), gaps closing trades before them.
   */
  private static CarryBacktestResult backtest(ReportData data, ReportSettings settings,
      Duration unit) {
    FundingSeries series = FundingSeries.of(data.times(), data.rates(), IntervalSource.INFERRED);
    LevelFit ouLevels = training -> {
      try {
        return OuFitter.defaults().fit(training.rescaleTo(unit))
            .parameters()
            .map(p -> SignalLevels.of(p, FarmSide.REVERSE, settings.bands()))
            .map(l -> CarryLevels.of(FundingRate.of(l.entryLevel().value(), unit),
                FundingRate.of(l.exitLevel().value(), unit)));
      } catch (IllegalStateException | IllegalArgumentException tooLittleData) {
        return Optional.empty();
      }
    };
    CarryBacktest bt = CarryBacktest.of(CarrySide.REVERSE, ouLevels)
        .withTraining(settings.trainingFor(series.span()))
        .withFees(CarryFees.perFill(settings.feePerFill()))
        .withBorrow(BorrowSchedule.constant(settings.annualBorrow()));
    Optional<double[]> perp = data.perpPrices();
    Optional<double[]> spot = data.spotAtSettlements();
    return perp.isPresent() && spot.isPresent()
        ? bt.run(series, perp.get(), spot.get())
        : bt.run(series);
  }

  /** The windows whose fit gives a half-life and its interval, keyed by their last settlement. */
  private static List<HalfLifeWindow> halfLifeWindows(FundingSeries series,
      java.util.NavigableMap<Instant, OuFit> fits) {
    List<HalfLifeWindow> out = new ArrayList<>();
    for (java.util.Map.Entry<Instant, OuFit> e : fits.entrySet()) {
      OuFit f = e.getValue();
      int lastIn = series.indexAtOrBefore(e.getKey().minusMillis(1));
      if (lastIn < 0 || f.halfLifeHours().isEmpty() || f.halfLifeHoursCi().isEmpty()) {
        continue;
      }
      ConfidenceInterval ci = f.halfLifeHoursCi().get();
      double hl = f.halfLifeHours().getAsDouble();
      out.add(new HalfLifeWindow(series.time(lastIn), hl, Math.min(ci.lower(), hl),
          Math.max(ci.upper(), hl), f.verdict()));
    }
    return out;
  }

  private static int lowerBound(Instant[] times, Instant t) {
    int i = Arrays.binarySearch(times, t);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * The series reported on.
   *
   * @return the data
   */
  public ReportData data() {
    return data;
  }

  /**
   * The settings used.
   *
   * @return the settings
   */
  public ReportSettings settings() {
    return settings;
  }

  /**
   * The interval the fitted values and levels are per: the series' interval, or one hour with
   * per-hour normalisation.
   *
   * @return the unit interval
   */
  public Duration unit() {
    return unit;
  }

  /**
   * The unit as text.
   *
   * @return e.g. {@code "per 8h"}
   */
  public String unitLabel() {
    return "per " + FundingIntervals.format(unit);
  }

  /**
   * The fitted values: each rate per {@link #unit()}.
   *
   * @return a copy, one per settlement
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * The time-weighted summary, rates per 8 h.
   *
   * @return the summary
   */
  public SeriesSummary summary() {
    return summary;
  }

  /**
   * The OU fit of the whole series (θ per hour).
   *
   * @return the fit
   */
  public OuFit fit() {
    return fit;
  }

  /**
   * Half-lives over rolling windows ({@link ReportSettings#halfLifeWindow()} long, every
   * {@link ReportSettings#halfLifeStep()}); windows whose fit has no half-life are left out.
   *
   * @return the windows in time order, unmodifiable
   */
  public List<HalfLifeWindow> rollingHalfLives() {
    return rolling;
  }

  /**
   * Every rolling window's fit, keyed by the window's exclusive end
   * ({@link OuFitter#rolling(FundingSeries, Duration, Duration)}): windows that could not be
   * fitted are there too, with their verdict ({@code INSUFFICIENT_DATA}, …).
   *
   * @return an unmodifiable map in order of window end
   */
  public java.util.NavigableMap<Instant, OuFit> rollingFits() {
    return rollingFits;
  }

  /**
   * The reverse-farm levels from the fit.
   *
   * @return the levels, or empty when the fit has no mean-reverting parameters
   */
  public Optional<SignalLevels> levels() {
    return Optional.ofNullable(levels);
  }

  /**
   * The reverse-farm entry and exit events along the series.
   *
   * @return the events, unmodifiable, empty without levels
   */
  public List<SignalEvent> events() {
    return events;
  }

  /**
   * The out-of-sample reverse-carry backtest.
   *
   * @return the backtest's result
   */
  public CarryBacktestResult backtest() {
    return backtest;
  }

  /**
   * Regimes of negative funding found in the series (with spot, all three kinds).
   *
   * @return the episodes ordered by start, unmodifiable
   */
  public List<RegimeEpisode> regimes() {
    return regimes;
  }

  /**
   * The extreme level the spike rule used, per 8 h.
   *
   * @return the level, {@code <= 0}
   */
  public double extremeLevel() {
    return extremeLevel;
  }

  /**
   * The episodes the last settlement belongs to.
   *
   * @return the current episodes, possibly empty
   */
  public List<RegimeEpisode> currentRegimes() {
    Instant last = data.times()[data.size() - 1];
    return regimes.stream().filter(e -> e.contains(last)).toList();
  }

  /**
   * The last settlement's rate.
   *
   * @return the latest rate with its interval
   */
  public FundingRate latestRate() {
    return data.rates()[data.size() - 1];
  }

  /**
   * The last value's z-score under the fitted levels.
   *
   * @return the z-score, or empty without levels
   */
  public Optional<Double> currentZ() {
    return levels().map(l -> l.zScore(values[values.length - 1]));
  }

  /**
   * Carry economics at the latest rate.
   *
   * @return reverse (at the borrow rate) for a negative rate, else forward (no cost of capital)
   */
  public CarryEconomics carryNow() {
    return carryNow;
  }

  /**
   * Carry economics at the entry level.
   *
   * @return the economics, or empty without levels
   */
  public Optional<CarryEconomics> carryAtEntry() {
    return Optional.ofNullable(carryAtEntry);
  }

  /**
   * The OU expected time from the entry level to the exit level.
   *
   * @return the expected holding, or empty without levels
   */
  public Optional<Duration> expectedHolding() {
    return Optional.ofNullable(expectedHolding);
  }

  @Override
  public String toString() {
    return "FundingReport[" + data + ", " + fit + ", " + events.size() + " events, "
        + regimes.size() + " episodes, " + backtest + "]";
  }

  /** Collects the pieces while the report is computed. */
  private static final class Builder {
    ReportData data;
    ReportSettings settings;
    Duration unit;
    double[] values;
    SeriesSummary summary;
    OuFit fit;
    List<HalfLifeWindow> rolling;
    java.util.NavigableMap<Instant, OuFit> rollingFits;
    SignalLevels levels;
    List<SignalEvent> events;
    CarryBacktestResult backtest;
    List<RegimeEpisode> regimes;
    double extremeLevel;
    CarryEconomics carryNow;
    CarryEconomics carryAtEntry;
    Duration expectedHolding;
  }
}
