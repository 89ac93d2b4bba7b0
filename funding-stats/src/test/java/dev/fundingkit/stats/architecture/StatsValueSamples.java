package dev.fundingkit.stats.architecture;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.carry.CarrySide;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.stats.backtest.BorrowSchedule;
import dev.fundingkit.stats.backtest.CarryBacktest;
import dev.fundingkit.stats.backtest.CarryBacktestResult;
import dev.fundingkit.stats.backtest.CarryFees;
import dev.fundingkit.stats.backtest.CarryLevels;
import dev.fundingkit.stats.forecast.FundingForecaster;
import dev.fundingkit.stats.ou.Ar1Regression;
import dev.fundingkit.stats.ou.ConfidenceInterval;
import dev.fundingkit.stats.ou.DickeyFuller;
import dev.fundingkit.stats.ou.HampelFilter;
import dev.fundingkit.stats.ou.LagCheck;
import dev.fundingkit.stats.ou.ModelAdequacy;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.ou.OuParameters;
import dev.fundingkit.stats.ou.OuRollingFit;
import dev.fundingkit.stats.ou.OuSimulator;
import dev.fundingkit.stats.ou.TwoTimescaleFitter;
import dev.fundingkit.stats.regime.Band;
import dev.fundingkit.stats.regime.CauseClassifier;
import dev.fundingkit.stats.regime.CauseSignatures;
import dev.fundingkit.stats.regime.Condition;
import dev.fundingkit.stats.regime.ConfirmationLayer;
import dev.fundingkit.stats.regime.ConfirmationPlan;
import dev.fundingkit.stats.regime.ConfirmationResult;
import dev.fundingkit.stats.regime.EpisodeFacts;
import dev.fundingkit.stats.regime.LayerPlan;
import dev.fundingkit.stats.regime.RegimeEpisode;
import dev.fundingkit.stats.regime.RegimeKind;
import dev.fundingkit.stats.regime.RegimeThresholds;
import dev.fundingkit.stats.risk.AdverseBasisMove;
import dev.fundingkit.stats.risk.BasisSeries;
import dev.fundingkit.stats.risk.RollingVolatility;
import dev.fundingkit.stats.risk.GeometricBrownianMotion;
import dev.fundingkit.stats.signal.FarmSide;
import dev.fundingkit.stats.signal.SignalBands;
import dev.fundingkit.stats.signal.SignalEvent;
import dev.fundingkit.stats.signal.SignalLevels;
import dev.fundingkit.stats.summary.SeriesSummary;
import dev.fundingkit.stats.summary.SummarySettings;
import dev.fundingkit.stats.summary.TimeRun;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Two different samples of every public value type of funding-stats, shared by
 * {@link StatsValueTypesTest}. Each call builds fresh instances, so two calls give equal but
 * distinct objects.
 */
final class StatsValueSamples {

  static final Duration H8 = Duration.ofHours(8);
  static final Instant T0 = Instant.parse("2025-10-01T00:00:00Z");

  private StatsValueSamples() {}

  /**
   * One pair per value type: two instances of the same class that are not equal.
   *
   * @return the pairs; first elements are the canonical samples
   */
  static List<List<Serializable>> pairs() {
    List<List<Serializable>> out = new ArrayList<>();
    FundingRate r1 = FundingRate.of(-1e-4, H8);
    FundingRate r2 = FundingRate.of(2e-4, H8);
    add(out, CarryLevels.of(r1, r2), CarryLevels.of(r1, FundingRate.of(3e-4, H8)));
    add(out, CarryFees.perFill(0.0005), CarryFees.none());
    add(out, BorrowSchedule.constant(0.08), BorrowSchedule.constant(0.05));
    OuParameters p1 = OuParameters.perHour(0.03, FundingRate.of(1e-4, H8), 3e-5);
    OuParameters p2 = OuParameters.perHour(0.05, FundingRate.of(1e-4, H8), 3e-5);
    add(out, p1, p2);
    add(out, FundingForecaster.ou(p1, T0, r1, Duration.ofDays(3)),
        FundingForecaster.ou(p2, T0, r1, Duration.ofDays(3)));
    double[] x = new double[60];
    double[] y = new double[60];
    for (int i = 1; i < x.length; i++) {
      x[i] = 0.6 * x[i - 1] + Math.sin(i * 1.7);
      y[i] = 0.3 * y[i - 1] + Math.cos(i * 2.3);
    }
    add(out, Ar1Regression.of(x, 8), Ar1Regression.of(y, 8));
    add(out, new ConfidenceInterval(1, 2), new ConfidenceInterval(1, 3));
    add(out, DickeyFuller.of(x), DickeyFuller.of(y));
    add(out, HampelFilter.defaults(), new HampelFilter(5, 4.0));
    add(out, new LagCheck(Duration.ofHours(8), OptionalDouble.of(0.03),
        new ConfidenceInterval(0.01, 0.05)), new LagCheck(Duration.ofHours(8),
        OptionalDouble.empty(), new ConfidenceInterval(0.01, 0.05)));
    add(out, new Band(-1, 1), new Band(-1, 2));
    EpisodeFacts hedging = EpisodeFacts.builder().rate(FundingRate.of(-2e-4, H8))
        .openInterestChange(0.1).priceChange(-0.01).duration(Duration.ofDays(3)).build();
    EpisodeFacts panic = EpisodeFacts.builder().rate(FundingRate.of(-1.5e-3, H8))
        .openInterestChange(-0.2).priceChange(-0.12).duration(Duration.ofHours(10)).build();
    add(out, hedging, panic);
    CauseClassifier classifier = CauseClassifier.defaults();
    add(out, classifier.classify(hedging), classifier.classify(panic));
    add(out, classifier.classify(hedging).scores().get(0),
        classifier.classify(panic).scores().get(0));
    add(out, classifier.classify(hedging).scores().get(0).checks().get(0),
        classifier.classify(panic).scores().get(0).checks().get(0));
    add(out, CauseSignatures.HEDGING_DEMAND, CauseSignatures.PANIC_SELLING);
    add(out, Condition.parse("priceChange24h > -0.02"), Condition.parse("spreadBps > 5"));
    LayerPlan price = LayerPlan.of(ConfirmationLayer.PRICE,
        List.of(Condition.parse("priceChange24h > -0.02")),
        List.of(Condition.parse("priceChange24h < -0.08")));
    LayerPlan leverage = LayerPlan.of(ConfirmationLayer.LEVERAGE,
        List.of(Condition.parse("openInterestChange24h <= -0.05")), List.of());
    LayerPlan liquidity = LayerPlan.of(ConfirmationLayer.LIQUIDITY,
        List.of(Condition.parse("depth2PctUsd >= 5e7")), List.of());
    add(out, price, leverage);
    ConfirmationPlan plan = ConfirmationPlan.of(price, leverage, liquidity);
    add(out, plan, ConfirmationPlan.of(price, leverage, LayerPlan.of(
        ConfirmationLayer.LIQUIDITY, List.of(), List.of(Condition.parse("spreadBps > 5")))));
    ConfirmationResult calm = plan.evaluate(Map.of("priceChange24h", 0.0,
        "openInterestChange24h", -0.1, "depth2PctUsd", 1e8));
    ConfirmationResult stormy = plan.evaluate(Map.of("priceChange24h", -0.1));
    add(out, calm, stormy);
    add(out, calm.verdicts().get(0), stormy.verdicts().get(0));
    add(out, RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, T0, T0.plus(H8), -2e-4,
        -1e-4), RegimeEpisode.ofPer8h(RegimeKind.EXTREME_SPIKE, T0, T0.plus(H8), -2e-4, -1e-4));
    add(out, RegimeThresholds.defaults(), RegimeThresholds.defaults().withSpikeSigmas(2));
    add(out, AdverseBasisMove.of(PositionSide.LONG, Duration.ofDays(1), 0.95, 0.01, 1),
        AdverseBasisMove.of(PositionSide.SHORT, Duration.ofDays(1), 0.95, 0.01, 1));
    add(out, GeometricBrownianMotion.of(0.6), GeometricBrownianMotion.of(0.8));
    add(out, SignalBands.DEFAULT, SignalBands.of(3, 1));
    add(out, SignalLevels.reverseFarm(p1), SignalLevels.forwardFarm(p1));
    add(out, new SignalEvent(T0, r1, -2.1, SignalEvent.Kind.ENTER),
        new SignalEvent(T0, r1, -2.1, SignalEvent.Kind.EXIT));
    add(out, SummarySettings.DEFAULT, SummarySettings.DEFAULT.withThresholds(1e-3, -1e-3));
    add(out, new TimeRun(T0, T0.plus(H8), 1), new TimeRun(T0, T0.plus(H8), 2));
    long[] t = {T0.toEpochMilli(), T0.plus(H8).toEpochMilli(), T0.plus(H8).toEpochMilli() * 2
        - T0.toEpochMilli()};
    long[] w = {H8.toMillis(), H8.toMillis(), H8.toMillis()};
    add(out, SeriesSummary.of(t, new double[] {-1e-4, -3e-4, 2e-4}, w, SummarySettings.DEFAULT),
        SeriesSummary.of(t, new double[] {1e-4, 3e-4, 2e-4}, w, SummarySettings.DEFAULT));
    FundingSeries ou1 = ouSeries(1);
    FundingSeries ou2 = ouSeries(2);
    add(out, ModelAdequacy.of(ou1, OuFitter.defaults().fit(ou1)).orElseThrow(),
        ModelAdequacy.of(ou2, OuFitter.defaults().fit(ou2)).orElseThrow());
    add(out, TwoTimescaleFitter.defaults().fit(ou1).orElseThrow(),
        TwoTimescaleFitter.defaults().fit(ou2).orElseThrow());
    CarryBacktestResult backtest = backtest();
    add(out, backtest.trades().get(0), backtest.trades().get(1));
    return out;
  }

  /**
   * An hourly OU path, 600 points with a half-life of a day, simulated from a seed.
   *
   * @param seed the seed
   * @return the series
   */
  static FundingSeries ouSeries(long seed) {
    Duration h1 = Duration.ofHours(1);
    long[] times = new long[600];
    for (int i = 0; i < times.length; i++) {
      times[i] = T0.plus(h1.multipliedBy(i)).toEpochMilli();
    }
    double[] x = OuSimulator.seeded(OuParameters.perHour(Math.log(2) / 24,
        FundingRate.of(1e-4, h1), 2e-5), seed).path(times);
    return FundingSeries.of(times, x, h1, IntervalSource.DECLARED);
  }

  /**
   * A reverse carry backtest on ten settlements with prices, as a user runs it: two trades,
   * the second one losing on basis.
   *
   * @return the result
   */
  static CarryBacktestResult backtest() {
    double[] percent = {0.01, 0.01, -0.03, -0.04, -0.01, 0.00, -0.025, -0.03, 0.01, -0.01};
    double[] perp = {100, 100, 100, 100, 100, 100, 200, 200, 190, 190};
    double[] spot = {100, 100, 100, 100, 100, 99, 200, 200, 195, 195};
    long[] times = new long[percent.length];
    double[] rates = new double[percent.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = T0.plus(H8.multipliedBy(i)).toEpochMilli();
      rates[i] = percent[i] / 100;
    }
    CarryLevels levels = CarryLevels.of(FundingRate.ofPercent(-0.02, H8),
        FundingRate.ofPercent(-0.005, H8));
    return CarryBacktest.of(CarrySide.REVERSE, training -> Optional.of(levels))
        .withTraining(Duration.ofHours(16)).withFees(CarryFees.perFill(0.0005))
        .withBorrow(BorrowSchedule.constant(0.10))
        .run(FundingSeries.of(times, rates, H8, IntervalSource.DECLARED), perp, spot);
  }

  /**
   * A value type without {@code equals} (its state is large arrays, compared by nobody) and the
   * accessors that state is read through, so a round trip can be checked field by field.
   *
   * @param sample the sample
   * @param state every accessor's result, arrays as lists
   */
  record Stated(Serializable sample, Function<Object, List<?>> state) {}

  /**
   * One sample of each value type that has no value equality, with its state.
   *
   * @return the samples
   */
  static List<Stated> withoutEquals() {
    List<Stated> out = new ArrayList<>();
    int n = 48;
    Instant[] times = new Instant[n];
    double[] perp = new double[n];
    double[] spot = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = T0.plus(Duration.ofHours(i));
      spot[i] = 100 + Math.sin(i * 0.7);
      perp[i] = spot[i] * (1 + 0.001 * Math.cos(i * 1.3));
    }
    BasisSeries basis = BasisSeries.of(times, perp, spot);
    out.add(stated(basis, b -> List.of(Arrays.asList(b.times()), list(b.values()))));
    out.add(stated(basis.rollingVolatility(), v -> {
      List<Integer> counts = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        counts.add(v.observations(i));
      }
      return List.of(v.window(), Arrays.asList(v.times()), list(v.values()), counts);
    }));
    // a fit with estimates, and one of data that cannot support a fit (no MLE, no test)
    Function<OuFit, List<?>> fitState = f -> List.of(f.n(), f.transitions(), f.spanUnits(),
        f.meanStepUnits(), f.rateInterval(), f.intervalSource(), f.intervalLabel(),
        f.intervalSourceLabel(), f.spanHalfLives(), f.caveats(), f.timeUnit(), f.estimator(),
        f.biasCorrection(), f.intervalMethod(), f.phi(), f.verdict(), f.thetaMle(), f.theta(),
        f.mu(), f.sigma(), f.stationarySd(), f.stationarySdMle(), f.seTheta(), f.seMu(),
        f.seSigma(), f.thetaCi(), f.thetaCiProfile(), f.parameters(), f.parametersMle(),
        f.halfLife(), f.halfLifeMle(), f.halfLifeHours(), f.halfLifeHoursMle(),
        f.halfLifeHoursCi(), f.unitRootTest(), f.adfTau(), f.replacedOutliers(),
        f.toString());
    out.add(stated(OuFitter.defaults().fit(ouSeries(1)), fitState));
    out.add(stated(OuFitter.defaults().fitRegular(new double[] {1e-4, 2e-4, 1e-4},
        Duration.ofHours(8)), fitState));
    out.add(stated(backtest(), r -> List.of(r.status(), r.side(), r.outOfSample(),
        r.trainFrom(), r.trainTo(), r.testFrom(), r.testTo(), r.trades(), r.levels(), r.fits(),
        Arrays.stream(r.equityEpochMillis()).boxed().toList(), list(r.equity()), r.net(),
        r.funding(), r.borrow(), r.fees(), r.basisPnl(), r.netAnnualized(), r.maxDrawdown(),
        r.timeInMarket(), r.hitRate(), r.toString())));
    out.add(stated(OuRollingFit.over(ouSeries(3).values(), Duration.ofHours(1), 200), f -> {
      List<Object> state = new ArrayList<>(List.of(f.windows(), f.window(), f.timeUnit(),
          Arrays.asList(f.verdicts())));
      for (int w = 0; w < f.windows(); w++) {
        state.add(List.of(f.endIndex(w), f.phi(w), f.thetaMle(w), f.theta(w), f.mu(w),
            f.sigma(w), f.halfLifeHours(w), f.adfTau(w)));
      }
      return state;
    }));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Serializable> Stated stated(T sample, Function<T, List<?>> state) {
    return new Stated(sample, o -> state.apply((T) o));
  }

  private static List<Double> list(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  /**
   * The canonical sample of every value type.
   *
   * @return one instance per type
   */
  static List<Serializable> samples() {
    List<Serializable> out = new ArrayList<>();
    pairs().forEach(p -> out.add(p.get(0)));
    withoutEquals().forEach(s -> out.add(s.sample()));
    return out;
  }

  private static void add(List<List<Serializable>> out, Serializable a, Serializable b) {
    if (a.getClass() != b.getClass() || a.equals(b)) {
      throw new AssertionError("a pair needs two unequal instances of one class: " + a);
    }
    out.add(List.of(a, b));
  }
}
