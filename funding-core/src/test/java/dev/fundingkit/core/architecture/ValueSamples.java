package dev.fundingkit.core.architecture;

import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.AggregationRule;
import dev.fundingkit.core.aggregate.ExclusionReason;
import dev.fundingkit.core.aggregate.VenueExclusion;
import dev.fundingkit.core.aggregate.VenueReading;
import dev.fundingkit.core.aggregate.Weighting;
import dev.fundingkit.core.carry.CarryCandidate;
import dev.fundingkit.core.carry.CarryScanner;
import dev.fundingkit.core.carry.CarryTrade;
import dev.fundingkit.core.carry.NoHedge;
import dev.fundingkit.core.carry.OptionHedge;
import dev.fundingkit.core.carry.SpotHedge;
import dev.fundingkit.core.carry.YieldLine;
import dev.fundingkit.core.formula.CapStage;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.FundingFormula;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.MarginRates;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.PublishedPrecision;
import dev.fundingkit.core.ledger.FundingLedger;
import dev.fundingkit.core.ledger.PaymentTerms;
import dev.fundingkit.core.ledger.PositionHistory;
import dev.fundingkit.core.ledger.Reconciliation;
import dev.fundingkit.core.ledger.Settlement;
import dev.fundingkit.core.ledger.SizeChange;
import dev.fundingkit.core.ledger.VenuePayment;
import dev.fundingkit.core.live.FundingMonitor;
import dev.fundingkit.core.premium.PremiumSample;
import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.rate.FundingPayment;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.MarketState;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.risk.IsolatedMargin;
import dev.fundingkit.core.schedule.IntervalInference;
import dev.fundingkit.core.schedule.IntervalSegment;
import dev.fundingkit.core.schedule.IntervalSimulation;
import dev.fundingkit.core.schedule.IntervalSimulator;
import dev.fundingkit.core.schedule.PiecewiseSchedule;
import dev.fundingkit.core.schedule.ScheduleChange;
import dev.fundingkit.core.schedule.SettledRate;
import dev.fundingkit.core.schedule.SettlementSchedule;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.ImpactNotionalRule;
import dev.fundingkit.core.venue.RateChangeLimit;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.SymbolTermsHistory;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Two different samples of every public value type of funding-core, shared by the
 * enumerating tests ({@link ValueTypeSerializationTest}, {@link PublicTypesContractTest}).
 * Each call builds fresh instances, so two calls give equal but distinct objects.
 */
final class ValueSamples {

  static final Duration H8 = Duration.ofHours(8);
  static final Instant T0 = Instant.parse("2025-10-01T00:00:00Z");
  static final FundingRate RATE = FundingRate.ofPercent(-0.0307, H8);
  private static final FundingRate OTHER_RATE = FundingRate.ofPercent(0.01, H8);

  private ValueSamples() {}

  /**
   * One pair per value type: two instances of the same class that are not equal.
   *
   * @return the pairs, first elements are the canonical samples
   */
  static List<List<Serializable>> pairs() {
    SettlementSchedule grid = SettlementSchedule.of(H8, LocalTime.of(4, 0));
    long[] t = {T0.toEpochMilli(), T0.toEpochMilli() + 8 * 3_600_000L,
        T0.toEpochMilli() + 16 * 3_600_000L};
    CarryTrade trade = CarryTrade.of(RATE, 0.08);
    CarryTrade otherTrade = CarryTrade.of(OTHER_RATE, 0.05);
    VenueReading bybit = VenueReading.of("bybit", RATE, T0).withOpenInterest(1e6).withVolume(2e6);
    VenueReading okx = VenueReading.of("okx", OTHER_RATE, T0).withOpenInterest(3e6).withVolume(1e6);
    AggregatedFunding agg = AggregationRule.of(Weighting.EQUAL).aggregate(T0, List.of(bybit));
    AggregatedFunding agg2 = AggregationRule.of(Weighting.EQUAL).aggregate(T0, List.of(okx));
    FundingRuleVersion binance = FundingConventions.BINANCE_USDM.versionAt(T0);
    FundingRuleVersion bitmex = FundingConventions.BITMEX.versionAt(T0);
    SymbolTerms terms = SymbolTerms.of(H8);
    PremiumSeries premiums = PremiumSeries.of(T0, T0.plus(H8), new long[] {T0.toEpochMilli()},
        new double[] {1e-4});
    Instant paid = T0.plus(H8);
    FundingLedger ledger = FundingLedger.of(List.of(Settlement.of(paid, RATE, 100)),
        PositionHistory.held(T0, paid, 2));
    List<Serializable[]> p = new ArrayList<>();
    p.add(new Serializable[] {RATE, OTHER_RATE});
    p.add(new Serializable[] {FundingPayment.of(RATE, PositionSide.LONG, 10_000),
        FundingPayment.of(RATE, PositionSide.SHORT, 10_000)});
    p.add(new Serializable[] {MarketState.fromRate(RATE), MarketState.fromRate(OTHER_RATE)});
    p.add(new Serializable[] {new PremiumSample(T0, -0.0003), new PremiumSample(T0, 0.0003)});
    p.add(new Serializable[] {premiums, PremiumSeries.of(T0, T0.plus(H8),
        new long[] {T0.toEpochMilli()}, new double[] {2e-4})});
    p.add(new Serializable[] {AggregationRule.of(Weighting.OPEN_INTEREST),
        AggregationRule.of(Weighting.EQUAL)});
    p.add(new Serializable[] {new VenueExclusion("okx", ExclusionReason.STALE, "older than 8h"),
        new VenueExclusion("bybit", ExclusionReason.STALE, "older than 8h")});
    p.add(new Serializable[] {bybit, okx});
    p.add(new Serializable[] {agg, agg2});
    p.add(new Serializable[] {agg.contributions().get(0), agg2.contributions().get(0)});
    p.add(new Serializable[] {trade, otherTrade});
    p.add(new Serializable[] {trade.economics(), otherTrade.economics()});
    p.add(new Serializable[] {CarryScanner.defaults(), CarryScanner.defaults().withNetYieldThreshold(0.2)});
    p.add(new Serializable[] {new CarryCandidate("BTC", RATE, 0.08),
        new CarryCandidate("ETH", RATE, 0.08)});
    p.add(new Serializable[] {new NoHedge(), new SpotHedge(0.08)});
    p.add(new Serializable[] {new OptionHedge(0.01, Duration.ofDays(30)),
        new OptionHedge(0.02, Duration.ofDays(30))});
    p.add(new Serializable[] {new SpotHedge(0.08), new SpotHedge(0.05)});
    p.add(new Serializable[] {new YieldLine("funding", 0.3), new YieldLine("funding", 0.2)});
    p.add(new Serializable[] {
        CarryScanner.defaults().scan(List.of(new CarryCandidate("BTC", RATE, 0.08))).get(0),
        CarryScanner.defaults().scan(List.of(new CarryCandidate("ETH", RATE, 0.08))).get(0)});
    p.add(new Serializable[] {new IsolatedMargin(5, 0.005), new IsolatedMargin(10, 0.005)});
    p.add(new Serializable[] {grid, SettlementSchedule.HOURLY});
    p.add(new Serializable[] {PiecewiseSchedule.of(grid),
        PiecewiseSchedule.of(SettlementSchedule.HOURLY)});
    p.add(new Serializable[] {new PiecewiseSchedule.Segment(T0, grid),
        new PiecewiseSchedule.Segment(T0, SettlementSchedule.HOURLY)});
    p.add(new Serializable[] {IntervalInference.STANDARD.withMinimumRun(4),
        IntervalInference.STANDARD.withMinimumRun(5)});
    p.add(new Serializable[] {IntervalInference.STANDARD.infer(t),
        IntervalInference.STANDARD.infer(new long[] {t[0], t[1]})});
    p.add(new Serializable[] {new IntervalSegment(T0, T0.plus(H8), H8, 2),
        new IntervalSegment(T0, T0.plus(H8), H8, 1)});
    p.add(new Serializable[] {
        new ScheduleChange(T0, grid, SettlementSchedule.HOURLY, "cap", "settled at the cap"),
        new ScheduleChange(T0, grid, SettlementSchedule.HOURLY, "cap", "settled below")});
    p.add(new Serializable[] {new IntervalSimulation(List.of(), PiecewiseSchedule.of(grid)),
        new IntervalSimulation(List.of(), PiecewiseSchedule.of(SettlementSchedule.HOURLY))});
    p.add(new Serializable[] {new SettledRate(T0, 0.001, 0.003, -0.003),
        new SettledRate(T0, 0.002, 0.003, -0.003)});
    p.add(new Serializable[] {FundingSeries.inferred(t, new double[] {1e-4, 2e-4, 3e-4}),
        FundingSeries.inferred(t, new double[] {1e-4, 2e-4, 4e-4})});
    p.add(new Serializable[] {new FundingGap(T0, T0.plus(Duration.ofHours(24)), H8, 2),
        new FundingGap(T0, T0.plus(Duration.ofHours(16)), H8, 1)});
    // formula
    p.add(new Serializable[] {binance.rate(premiums, terms), bitmex.rate(premiums, terms)});
    p.add(new Serializable[] {FundingCap.of(-0.02, 0.03), FundingCap.none()});
    p.add(new Serializable[] {binance.formulaFor(terms), bitmex.formulaFor(terms)});
    p.add(new Serializable[] {FundingFormula.standard(), FundingFormula.of(
        InterestComponent.prorated(0.0001, H8), PremiumBand.damper(0.0005),
        IntervalScaling.PER_8H, FundingCap.symmetric(0.0075), CapStage.AFTER_SCALING,
        PublishedPrecision.of(8, RoundingMode.HALF_UP))});
    p.add(new Serializable[] {MarginRates.of(0.01, 0.005), MarginRates.of(0.02, 0.01)});
    p.add(new Serializable[] {PublishedPrecision.of(8, RoundingMode.HALF_UP),
        PublishedPrecision.unrounded()});
    // ledger
    p.add(new Serializable[] {ledger.entries().get(0), FundingLedger.of(
        List.of(Settlement.of(paid, OTHER_RATE, 100)), PositionHistory.held(T0, paid, 2))
        .entries().get(0)});
    p.add(new Serializable[] {PaymentTerms.defaults(),
        PaymentTerms.of(FundingConventions.BITMEX, T0)});
    p.add(new Serializable[] {PositionHistory.held(T0, paid, 2),
        PositionHistory.of(List.of(SizeChange.of(T0, 1)))});
    Reconciliation rec = Reconciliation.of(ledger, List.of(VenuePayment.of(paid, 0.00614)),
        1e-9, Duration.ofMinutes(1));
    Reconciliation rec2 = Reconciliation.of(ledger, List.of(VenuePayment.of(paid, 0.5)),
        1e-9, Duration.ofMinutes(1));
    p.add(new Serializable[] {rec.lines().get(0), rec2.lines().get(0)});
    p.add(new Serializable[] {rec, rec2});
    p.add(new Serializable[] {Settlement.of(paid, RATE, 100), Settlement.of(paid, RATE, 101)});
    p.add(new Serializable[] {SizeChange.of(T0, 1), SizeChange.of(T0, -1)});
    p.add(new Serializable[] {VenuePayment.of(paid, 1), VenuePayment.of(paid, 2)});
    // live
    FundingMonitor monitor = FundingMonitor.of(FundingConventions.BYBIT, terms);
    Instant now = T0.plus(Duration.ofHours(6));
    monitor.add(now, 0.0002);
    monitor.addMarkPrice(now.toEpochMilli(), 50_000);
    p.add(new Serializable[] {
        monitor.snapshot().payment(PositionSide.LONG, 2).orElseThrow(),
        monitor.snapshot().payment(PositionSide.SHORT, 2).orElseThrow()});
    // schedule
    p.add(new Serializable[] {IntervalSimulator.of(binance.intervalRules()),
        IntervalSimulator.of(binance.intervalRules()).withSymbol("BTCUSDT")});
    // venue
    p.add(new Serializable[] {binance, bitmex});
    p.add(new Serializable[] {ImpactNotionalRule.BINANCE_USDM, ImpactNotionalRule.BINANCE_COINM});
    p.add(new Serializable[] {new RateChangeLimit(0.004), new RateChangeLimit(0.005)});
    p.add(new Serializable[] {terms, terms.withInterest(0.0002)});
    p.add(new Serializable[] {SymbolTermsHistory.starting("BTCUSDT", T0, terms),
        SymbolTermsHistory.starting("BTCUSDT", T0, terms).then(paid, SymbolTerms.of(
            Duration.ofHours(4)))});
    List<List<Serializable>> out = new ArrayList<>();
    for (Serializable[] pair : p) {
      out.add(List.of(pair));
    }
    return out;
  }

  /**
   * The canonical sample of every value type.
   *
   * @return one instance per type
   */
  static List<Serializable> samples() {
    List<Serializable> out = new ArrayList<>();
    for (List<Serializable> pair : pairs()) {
      out.add(pair.get(0));
    }
    return out;
  }
}
