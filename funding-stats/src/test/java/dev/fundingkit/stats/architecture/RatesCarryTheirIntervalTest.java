package dev.fundingkit.stats.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No public method of funding-stats returns a rate as a bare number without its interval
 * (issue 9: the commonest bug in the field is a rate read with the wrong interval). Every public
 * method of every public type returning {@code double}, {@code double[]}, {@code Double} or
 * {@code OptionalDouble} whose name says it could be a level of the series (rate, μ, mean,
 * level, sd, min, max, …) fails unless it is listed below with the reason it is not a funding
 * rate or why its interval sits alongside. Rates are {@code FundingRate}s; a new method that
 * returns a bare rate fails here until it returns one.
 */
class RatesCarryTheirIntervalTest {

  /** Names that may be a level of the series. */
  private static final Pattern RATE_LIKE = Pattern.compile(
      "(?i).*(rate|mu|mean|level|sd|min|max|median|sigma|value|threshold|entry|exit"
          + "|stationary|expected|high|low|observed|funding|basis).*");

  /** {@code Type#method} (simple type name within stats) → why a bare number is right. */
  private static final Map<String, String> NOT_A_BARE_RATE = Map.ofEntries(
      // Not funding rates at all.
      Map.entry("backtest.BorrowSchedule#annualRateAt", "per year, its interval in its name"),
      Map.entry("backtest.CarryBacktestResult#hitRate", "a share of trades, dimensionless"),
      Map.entry("backtest.CarryBacktestResult#maxDrawdown", "a fraction of notional, an amount"),
      Map.entry("backtest.CarryBacktestResult#funding", "accrued amount over the backtest"),
      Map.entry("backtest.BacktestTrade#funding", "accrued amount over the trade"),
      Map.entry("backtest.BacktestTrade#basisPnl", "basis profit, a fraction of notional"),
      Map.entry("backtest.CarryBacktestResult#basisPnl", "basis profit, a fraction of notional"),
      Map.entry("backtest.CarryFees#onEntry", "a fee, a fraction of notional"),
      Map.entry("backtest.CarryFees#perpEntry", "a fee, a fraction of notional"),
      Map.entry("backtest.CarryFees#perpExit", "a fee, a fraction of notional"),
      Map.entry("backtest.CarryFees#spotEntry", "a fee, a fraction of notional"),
      Map.entry("backtest.CarryFees#spotExit", "a fee, a fraction of notional"),
      Map.entry("forecast.FundingForecast#expected",
          "accrual over the whole horizon, an amount; expectedRate() gives the FundingRate"),
      Map.entry("forecast.FundingForecast#sd", "sd of the accrual over the horizon, an amount"),
      Map.entry("forecast.FundingForecast#bandHigh", "accrual band over the horizon, an amount"),
      Map.entry("forecast.FundingForecast#bandLow", "accrual band over the horizon, an amount"),
      Map.entry("ou.ConfidenceInterval#lower", "bound of a statistic (half-life hours, θ)"),
      Map.entry("ou.DickeyFuller#criticalValues", "test statistic quantiles, dimensionless"),
      Map.entry("ou.HampelFilter#threshold", "in median absolute deviations, dimensionless"),
      Map.entry("ou.OuFit#meanStepUnits", "a time in time units"),
      Map.entry("ou.TwoTimescaleFit#halfLifeSlowHours", "hours"),
      Map.entry("ou.TwoTimescaleFit#thetaSlow", "per time unit"),
      Map.entry("signal.FirstPassage#expectedTimeUnits", "a time in time units"),
      Map.entry("signal.FirstPassage#scaledExpectedTime", "a time in units of 1/θ"),
      Map.entry("signal.SignalBands#entrySds", "in standard deviations, dimensionless"),
      Map.entry("signal.SignalBands#exitSds", "in standard deviations, dimensionless"),
      Map.entry("signal.SignalBands#entryZ", "a z-score, dimensionless"),
      Map.entry("signal.SignalBands#exitZ", "a z-score, dimensionless"),
      Map.entry("signal.SignalLevels#entryZ", "a z-score; entryLevel() is the FundingRate"),
      Map.entry("signal.SignalLevels#exitZ", "a z-score; exitLevel() is the FundingRate"),
      Map.entry("regime.RegimeThresholds#spikeSigmas", "k of μ − k·sd, dimensionless"),
      Map.entry("regime.RegimeThresholds#spotRiseMinimum", "a price change, not a rate"),
      Map.entry("regime.Band#high", "a band in a cause feature's unit (CauseFeature)"),
      Map.entry("regime.Band#low", "a band in a cause feature's unit (CauseFeature)"),
      Map.entry("regime.Condition#threshold", "in a cause feature's unit (CauseFeature)"),
      Map.entry("regime.FeatureCheck#observed", "in a cause feature's unit (CauseFeature)"),
      Map.entry("regime.EpisodeFacts#value",
          "in the feature's unit, fixed by CauseFeature (RATE is per 8 h); rate() is the "
              + "FundingRate"),
      Map.entry("risk.BasisSeries#values", "perp/spot basis, a price ratio"),
      Map.entry("risk.BasisSeries#basis", "perp/spot basis, a price ratio"),
      Map.entry("risk.RollingVolatility#median", "annualised price volatility"),
      Map.entry("risk.RollingVolatility#value", "annualised price volatility"),
      Map.entry("risk.RollingVolatility#values", "annualised price volatility"),
      Map.entry("summary.SeriesSummary#fractionOfTimeBelow", "a share of time"),
      // Rates whose interval is a component of the same value.
      Map.entry("summary.SummarySettings#below", "per basis(), a component beside it"),
      Map.entry("summary.SummarySettings#interestRate", "per basis(), a component beside it"),
      Map.entry("ou.OuParameters#sigma",
          "diffusion per √timeUnit() in rates per rateInterval(), both beside it"),
      Map.entry("ou.OuFit#sigma", "diffusion per √timeUnit(), rates per rateInterval()"),
      Map.entry("ou.OuFit#seSigma", "se of σ, σ's unit: timeUnit() and rateInterval()"),
      Map.entry("ou.TwoTimescaleFit#sigmas", "per √time unit in rates per rateInterval()"),
      Map.entry("ou.TwoTimescaleFit#stateMean", "state in rates per rateInterval()"),
      // Bulk forms over bare values, whose unit is the caller's: the typed answers are OuFit's.
      Map.entry("ou.Ar1Regression#muExactMap",
          "regression diagnostic over bare values; OuFit.mu() is the FundingRate"),
      Map.entry("ou.Ar1Regression#sigmaExactMap", "regression diagnostic over bare values"),
      Map.entry("ou.Ar1Regression#sigmaEulerBiased", "regression diagnostic over bare values"),
      Map.entry("ou.OuRollingFit#mu", "hot-path rolling fit over an array; its interval sits"
          + " alongside as rateInterval() (the step), and OuFitter.rolling(FundingSeries, …)"
          + " gives each window's μ as a FundingRate"),
      Map.entry("ou.OuRollingFit#muSeries", "hot-path bulk array, per rateInterval() as mu(int)"),
      Map.entry("ou.OuRollingFit#sigma", "hot-path rolling fit, levels per rateInterval()"));

  @Test
  void noPublicMethodReturnsABareRate() {
    Set<String> offenders = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (Class<?> type : publicTypes()) {
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
          continue;
        }
        Class<?> r = m.getReturnType();
        boolean bare = r == double.class || r == double[].class || r == Double.class
            || r == OptionalDouble.class;
        if (!bare || !RATE_LIKE.matcher(m.getName()).matches()) {
          continue;
        }
        String key = type.getName().substring("dev.fundingkit.stats.".length())
            .replace('$', '.') + "#" + m.getName();
        seen.add(key);
        if (!NOT_A_BARE_RATE.containsKey(key)) {
          offenders.add(key + " returns " + r.getSimpleName());
        }
      }
    }
    assertEquals(Set.of(), offenders,
        "rates must be FundingRate (or listed with the reason they are not rates)");
    Set<String> stale = new TreeSet<>(NOT_A_BARE_RATE.keySet());
    stale.removeAll(seen);
    assertEquals(Set.of(), stale, "listed methods that no longer return a bare number");
  }

  @Test
  void theScanSeesTheRateCarryingTypes() {
    Set<String> names = new TreeSet<>();
    publicTypes().forEach(t -> names.add(t.getSimpleName()));
    assertTrue(names.containsAll(Set.of("OuParameters", "OuFit", "SignalLevels", "SignalEvent",
        "RegimeEpisode", "RegimeThresholds", "SeriesSummary", "EpisodeFacts")), names::toString);
  }

  private static Set<Class<?>> publicTypes() {
    Set<Class<?>> out = new java.util.LinkedHashSet<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.fundingkit.stats")) {
      if (isPublicApi(c)) {
        out.add(c.reflect());
      }
    }
    return out;
  }

  private static boolean isPublicApi(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass()) {
      return false;
    }
    return c.getEnclosingClass().map(RatesCarryTheirIntervalTest::isPublicApi).orElse(true);
  }
}
